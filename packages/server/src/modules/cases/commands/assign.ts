import { formatArea } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { recordEvent, updateCaseAtVersion } from '../cases.repository';
import { caseFor } from '../case-access';
import { casePolicies } from '../policies';
import type { CaseRow } from '../schema';

/** The offices that may hold a case: its street's, its district's, or the city federation. */
export function officesFor(c: Pick<CaseRow, 'district' | 'street'>): string[] {
  return [
    ...(c.street ? [formatArea({ level: 'street', code: c.street })] : []),
    formatArea({ level: 'district', code: c.district }),
    'city:310000',
  ];
}

/** Hands a case to another office of its area, attributed and versioned. */
export async function assignCase(
  db: Database,
  actor: Actor,
  id: string,
  request: { version: number; office: string; note: string | null },
  today: string,
  now: Date,
): Promise<CaseRow> {
  const found = await caseFor(db, actor, id, today, casePolicies.handleCase);
  if (!officesFor(found.case).includes(request.office)) {
    throw errors.validation([
      {
        path: ['office'],
        zh: '只能交给案件所在街镇、所在区或市总工会办理',
        en: "a case goes to its street's, its district's or the city's office",
      },
    ]);
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const updated = await updateCaseAtVersion(t, id, request.version, { office: request.office }, now);
    if (!updated) throw errors.conflict();
    await recordEvent(t, {
      caseId: id,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'assignment',
      note: request.note,
      details: { from: found.case.office, to: request.office },
    });
    return updated;
  });
}
