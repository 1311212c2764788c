import { formatArea, type StartAuditRunInput } from '@gigpact/contracts';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { findAgreement, findVersion } from '../../agreements/agreements.repository';
import { agreementInForce, storedParent } from '../../agreements/in-force';
import { datasets } from '../../datasets/schema';
import { auditPolicies } from '../policies';
import { identicalRunUnderWay, insertRun } from '../runs/runs.repository';
import type { AuditRunRow } from '../schema';

/** A run started, or the run of the same inputs already under way that a second start gives back. */
export interface StartedRun {
  run: AuditRunRow;
  alreadyUnderWay: boolean;
}

/**
 * Queues a run of a stored agreement (its current version unless one is named) over catalogued datasets. The
 * run belongs to the officer's area. Nothing is evaluated here: the executor takes the run from the queue. While a
 * run of the same inputs in the same area is queued or running (`identicalRunUnderWay`) that run is given back,
 * not a second one queued: a start sent twice — a double click, a retried request — does the work once.
 */
export async function startAuditRun(
  db: Database,
  actor: Actor,
  input: StartAuditRunInput,
  today: string,
): Promise<StartedRun> {
  authorize(actor, auditPolicies.startRun);
  const agreement = await findAgreement(db, input.agreementId);
  if (!agreement)
    throw errors.notFound({ zh: `协议 ${input.agreementId}`, en: `agreement ${input.agreementId}` });
  const number = input.version ?? agreement.currentVersion;
  const version = await findVersion(db, agreement.id, number);
  if (!version) throw errors.notFound({ zh: `协议版本 ${number}`, en: `agreement version ${number}` });
  // A day to come would count what is not yet due (pay, an advance) as owed.
  if (input.asOf && input.asOf > today)
    throw errors.validation([
      {
        path: ['asOf'],
        zh: `截止日期 ${input.asOf} 在今天（${today}）之后：尚未到期的款项会被算作拖欠`,
        en: `as of ${input.asOf} is after today (${today}): what is not yet due would count as owed`,
      },
    ]);
  const ids = [...new Set(input.datasetIds)];
  const found = await db
    .select({ id: datasets.id, rowsAccepted: datasets.rowsAccepted, fileName: datasets.sourceFileName })
    .from(datasets)
    .where(inArray(datasets.id, ids));
  const known = new Set(found.map((d) => d.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length)
    throw errors.validation(
      missing.map((id) => ({
        path: ['datasetIds', input.datasetIds.indexOf(id)],
        zh: `第 ${input.datasetIds.indexOf(id) + 1} 个数据集 ${id.slice(0, 12)} 不存在`,
        en: `dataset ${input.datasetIds.indexOf(id) + 1}, ${id.slice(0, 12)}, does not exist`,
      })),
    );
  // A dataset whose every row was refused holds nothing to check: auditing it would pass for finding no violation.
  const empty = found.filter((d) => d.rowsAccepted === 0);
  if (empty.length)
    throw errors.validation(
      empty.map(({ id, fileName }) => ({
        path: ['datasetIds', input.datasetIds.indexOf(id)],
        zh: `数据集 ${id.slice(0, 12)}（${fileName}）的行全部被拒绝，没有可审计的行`,
        en: `dataset ${id.slice(0, 12)} (${fileName}): every row was refused, no row is left to audit`,
      })),
    );
  const inputs = {
    agreementId: agreement.id,
    agreementVersion: number,
    datasetIds: ids.sort(),
    asOf: input.asOf ?? today,
    area: formatArea(actor.area),
  };
  const document = await agreementInForce(version.document, storedParent(db));
  // Two starts of the same inputs at once take turns here, so the second finds the first's run.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit-run:${JSON.stringify(inputs)}`}))`);
    const underWay = await identicalRunUnderWay(tx, inputs);
    if (underWay) return { run: underWay, alreadyUnderWay: true };
    const run = await insertRun(tx, {
      ...inputs,
      agreement: document,
      createdBy: actor.id,
      createdByName: actor.displayName,
    });
    return { run, alreadyUnderWay: false };
  });
}
