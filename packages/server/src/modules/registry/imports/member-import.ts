import type { ImportIssue } from '@gigpact/contracts';
import { isRawIdentifier, pseudonymOf } from '@gigpact/datasets';
import type { Database } from '../../../platform/db/client';
import type { Table } from '../../../platform/files/tabular';
import type { Actor } from '../../../platform/security/actor';
import { findEnterprisesByCreditCode } from '../enterprises.repository';
import { findFederation } from '../organisations.repository';
import { platformCodes } from '../platforms.repository';
import { memberships } from '../schema';
import { issue, mapColumns, resolvePlace, parseDate, type ImportColumn } from './columns';

export const memberColumns: ImportColumn[] = [
  {
    field: 'worker_id',
    aliases: ['劳动者编号', '会员编号', 'phone', '手机号', '手机号码', 'id_card', '身份证号'],
    required: true,
  },
  { field: 'platform', aliases: ['平台', '品牌'], required: true },
  { field: 'enterprise_credit_code', aliases: ['所属企业统一社会信用代码', '企业信用代码'], required: false },
  { field: 'district', aliases: ['区', '所在区'], required: true },
  { field: 'street', aliases: ['街镇', '街道', '所在街镇'], required: false },
  { field: 'joined_on', aliases: ['入会日期'], required: true },
];

export interface MemberRecord {
  line: number;
  workerId: string;
  platformId: string;
  enterpriseId: string | null;
  district: string;
  street: string | null;
  joinedOn: string;
}

/**
 * Checks a member list. Phone and ID-card numbers are replaced at once by their keyed pseudonym; nothing raw is
 * kept or reported back.
 */
export async function validateMembers(
  db: Database,
  actor: Actor,
  table: Table,
  today: string,
  pseudonymKey: string,
): Promise<{ records: MemberRecord[]; issues: ImportIssue[]; rows: number }> {
  const { rows, issues } = mapColumns(table, memberColumns);
  const platforms = await platformCodes(db);
  const platformByName = new Map([...platforms.values()].map((p) => [p.nameZh, p]));
  const enterprises = await findEnterprisesByCreditCode(db, [
    ...new Set(rows.map((r) => (r.values.enterprise_credit_code ?? '').toUpperCase()).filter(Boolean)),
  ]);
  const records: MemberRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const problems: ImportIssue[] = [];
    const raw = values.worker_id ?? '';
    // A phone or ID-card number however written (separators, full-width digits, +86), as ingest reads it.
    const isRaw = isRawIdentifier(raw);
    const shown = isRaw ? '（已隐藏 / hidden）' : raw;
    const bad = (field: string, zh: string, en: string) =>
      problems.push(issue(line, field, field === 'worker_id' ? shown : values[field], zh, en));
    if (!raw) bad('worker_id', '劳动者编号不能为空', 'the worker id is empty');
    const workerId = isRaw ? pseudonymOf(pseudonymKey, raw) : raw;
    if (raw && !isRaw && !/^[\w.:-]{3,64}$/.test(raw)) {
      bad(
        'worker_id',
        '劳动者编号只能含字母、数字和 _ . : -',
        'the worker id may hold letters, digits and _ . : - only',
      );
    }
    const platform = platforms.get(values.platform ?? '') ?? platformByName.get(values.platform ?? '');
    if (!platform) bad('platform', '平台不存在', 'no such platform');
    const key = `${workerId}|${platform?.id}`;
    if (raw && seen.has(key))
      bad('worker_id', `与第 ${seen.get(key)} 行重复`, `repeats line ${seen.get(key)}`);
    else seen.set(key, line);
    const enterpriseCode = (values.enterprise_credit_code ?? '').toUpperCase();
    const enterprise = enterpriseCode ? enterprises.get(enterpriseCode) : undefined;
    if (enterpriseCode && !enterprise) bad('enterprise_credit_code', '企业不存在', 'no such enterprise');
    const { district, street } = resolvePlace(values, actor, bad);
    const joinedOn = parseDate(values.joined_on ?? '');
    if (!joinedOn) bad('joined_on', '入会日期格式应为 YYYY-MM-DD', 'the joining date must be YYYY-MM-DD');
    else if (joinedOn > today) bad('joined_on', '入会日期不能晚于今天', 'the joining date is in the future');
    if (problems.length) {
      issues.push(...problems);
      continue;
    }
    records.push({
      line,
      workerId,
      platformId: platform!.id,
      enterpriseId: enterprise?.id ?? null,
      district: district!,
      street,
      joinedOn: joinedOn!,
    });
  }
  return { records, issues, rows: rows.length };
}

/** Adds the members to the federation of their street (or district). Existing identical memberships stay as they are. */
export async function writeMembers(
  db: Database,
  records: MemberRecord[],
): Promise<{ written: number; unchanged: number }> {
  const federations = new Map<string, string>();
  let written = 0;
  for (const r of records) {
    const region = r.street ?? r.district;
    let organisationId = federations.get(region);
    if (!organisationId) {
      const federation = (await findFederation(db, region)) ?? (await findFederation(db, r.district));
      if (!federation) throw new Error(`no federation for region ${region}`);
      organisationId = federation.id;
      federations.set(region, organisationId);
    }
    const inserted = await db
      .insert(memberships)
      .values({
        workerId: r.workerId,
        organisationId,
        platformId: r.platformId,
        enterpriseId: r.enterpriseId,
        district: r.district,
        street: r.street,
        joinedOn: r.joinedOn,
      })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    written += inserted.length;
  }
  return { written, unchanged: records.length - written };
}
