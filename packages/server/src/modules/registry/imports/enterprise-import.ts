import {
  areaContains,
  creditCodePattern,
  enterpriseKinds,
  type EnterpriseKind,
  type ImportIssue,
  type UnionStatus,
} from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import type { EnterpriseRow, PlatformRow } from '../schema';
import { findEnterprisesByCreditCode, insertEnterprise, updateEnterprise } from '../enterprises.repository';
import { platformCodes } from '../platforms.repository';
import { issue, mapColumns, resolvePlace, parseCount, parseDate, type ImportColumn } from './columns';
import type { Table } from '../../../platform/files/tabular';
import { errors } from '../../../platform/http/errors';

export const enterpriseColumns: ImportColumn[] = [
  { field: 'kind', aliases: ['类型', '企业类型'], required: true },
  { field: 'name', aliases: ['名称', '企业名称'], required: true },
  { field: 'credit_code', aliases: ['统一社会信用代码', '信用代码'], required: true },
  { field: 'platform', aliases: ['平台', '品牌'], required: true },
  { field: 'parent_credit_code', aliases: ['上级统一社会信用代码', '上级信用代码'], required: false },
  { field: 'district', aliases: ['区', '所在区'], required: true },
  { field: 'street', aliases: ['街镇', '街道', '所在街镇'], required: false },
  { field: 'union_status', aliases: ['建会状态'], required: false },
  { field: 'union_founded_on', aliases: ['建会日期'], required: false },
  { field: 'workers', aliases: ['从业人数', '人数'], required: false },
];

const kindWords: Record<string, EnterpriseKind> = {
  加盟商: 'franchisee',
  服务商: 'partner',
  用工合作企业: 'partner',
  网点: 'outlet',
  站点: 'station',
};
const statusWords: Record<string, UnionStatus> = {
  none: 'none',
  未建会: 'none',
  preparing: 'preparing',
  筹建中: 'preparing',
  founded: 'founded',
  已建会: 'founded',
};

export interface EnterpriseRecord {
  line: number;
  kind: EnterpriseKind;
  name: string;
  creditCode: string;
  platform: PlatformRow;
  parentCreditCode: string | null;
  district: string;
  street: string | null;
  unionStatus: UnionStatus;
  unionFoundedOn: string | null;
  workers: number;
}

/** Checks every row of an enterprise list; returns the records only when no row has an issue. */
export async function validateEnterprises(
  db: Database,
  actor: Actor,
  table: Table,
  today: string,
): Promise<{ records: EnterpriseRecord[]; issues: ImportIssue[]; rows: number }> {
  const { rows, issues } = mapColumns(table, enterpriseColumns);
  const platforms = await platformCodes(db);
  const platformByName = new Map([...platforms.values()].map((p) => [p.nameZh, p]));
  const records: EnterpriseRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const problems: ImportIssue[] = [];
    const bad = (field: string, zh: string, en: string) =>
      problems.push(issue(line, field, values[field], zh, en));
    const kind = (enterpriseKinds as readonly string[]).includes(values.kind ?? '')
      ? (values.kind as EnterpriseKind)
      : kindWords[values.kind ?? ''];
    if (!kind)
      bad(
        'kind',
        '类型应为 加盟商 / 服务商 / 网点 / 站点',
        'kind must be franchisee, partner, outlet or station',
      );
    if (!values.name) bad('name', '名称不能为空', 'the name is empty');
    const creditCode = (values.credit_code ?? '').toUpperCase();
    if (!creditCodePattern.test(creditCode)) {
      bad(
        'credit_code',
        '统一社会信用代码应为 18 位',
        'the credit code must be 18 characters of the official form',
      );
    } else if (seen.has(creditCode)) {
      bad('credit_code', `与第 ${seen.get(creditCode)} 行重复`, `repeats line ${seen.get(creditCode)}`);
    } else seen.set(creditCode, line);
    const platform = platforms.get(values.platform ?? '') ?? platformByName.get(values.platform ?? '');
    if (!platform)
      bad(
        'platform',
        '平台不存在（填写平台代码或中文名称）',
        'no such platform (give its code or Chinese name)',
      );
    const { district, street } = resolvePlace(values, actor, bad);
    const unionStatus = values.union_status ? statusWords[values.union_status] : 'none';
    if (!unionStatus)
      bad(
        'union_status',
        '建会状态应为 未建会 / 筹建中 / 已建会',
        'union status must be none, preparing or founded',
      );
    let unionFoundedOn: string | null = null;
    if (values.union_founded_on) {
      unionFoundedOn = parseDate(values.union_founded_on) ?? null;
      if (!unionFoundedOn) bad('union_founded_on', '日期格式应为 YYYY-MM-DD', 'the date must be YYYY-MM-DD');
      else if (unionFoundedOn > today)
        bad('union_founded_on', '建会日期不能晚于今天', 'the founding date is in the future');
    }
    if (unionStatus === 'founded' && !values.union_founded_on) {
      bad('union_founded_on', '已建会的须填写建会日期', 'a founded union needs its founding date');
    }
    if (unionStatus && unionStatus !== 'founded' && values.union_founded_on) {
      bad('union_founded_on', '未建会的不应填写建会日期', 'only a founded union has a founding date');
    }
    const workers = values.workers ? parseCount(values.workers) : 0;
    if (workers === undefined)
      bad('workers', '从业人数应为非负整数', 'workers must be a whole number, 0 or more');
    if (problems.length) {
      issues.push(...problems);
      continue;
    }
    records.push({
      line,
      kind: kind!,
      name: values.name!,
      creditCode,
      platform: platform!,
      parentCreditCode: values.parent_credit_code ? values.parent_credit_code.toUpperCase() : null,
      district: district!,
      street,
      unionStatus: unionStatus!,
      unionFoundedOn: unionStatus === 'founded' ? unionFoundedOn : null,
      workers: workers!,
    });
  }
  await checkParentsAndExisting(db, actor, records, issues);
  return { records, issues, rows: rows.length };
}

async function checkParentsAndExisting(
  db: Database,
  actor: Actor,
  records: EnterpriseRecord[],
  issues: ImportIssue[],
) {
  const inFile = new Set(records.map((r) => r.creditCode));
  const codes = [
    ...new Set([...records.map((r) => r.creditCode), ...records.flatMap((r) => r.parentCreditCode ?? [])]),
  ];
  const existing = await findEnterprisesByCreditCode(db, codes);
  for (const r of records) {
    if (r.parentCreditCode && !inFile.has(r.parentCreditCode) && !existing.has(r.parentCreditCode)) {
      issues.push(
        issue(
          r.line,
          'parent_credit_code',
          r.parentCreditCode,
          '上级企业不存在',
          'the parent enterprise does not exist',
        ),
      );
    }
    const current = existing.get(r.creditCode);
    if (
      current &&
      !areaContains(
        actor.area,
        current.street
          ? { level: 'street', code: current.street }
          : { level: 'district', code: current.district },
      )
    ) {
      issues.push(
        issue(
          r.line,
          'credit_code',
          r.creditCode,
          '该企业已登记在您辖区之外',
          'this enterprise is registered outside your area',
        ),
      );
    }
  }
}

/** Writes validated records: new credit codes are inserted, known ones updated. Returns written and unchanged counts. */
export async function writeEnterprises(
  db: Database,
  records: EnterpriseRecord[],
): Promise<{ written: number; unchanged: number }> {
  const existing = await findEnterprisesByCreditCode(
    db,
    records.map((r) => r.creditCode),
  );
  const idOf = new Map([...existing.values()].map((e) => [e.creditCode ?? '', e.id]));
  let written = 0;
  let unchanged = 0;
  // Parents first, so outlets can point at franchisees listed in the same file.
  const ordered = [...records].sort(
    (a, b) => Number(a.parentCreditCode !== null) - Number(b.parentCreditCode !== null),
  );
  for (const r of ordered) {
    const fields = {
      kind: r.kind,
      name: r.name,
      creditCode: r.creditCode,
      platformId: r.platform.id,
      parentId: r.parentCreditCode ? (idOf.get(r.parentCreditCode) ?? null) : null,
      district: r.district,
      street: r.street,
      unionStatus: r.unionStatus,
      unionFoundedOn: r.unionFoundedOn,
      workers: r.workers,
    };
    const current = existing.get(r.creditCode);
    if (!current) {
      const created = await insertEnterprise(db, fields);
      idOf.set(r.creditCode, created.id);
      written++;
    } else if (differs(current, fields)) {
      const updated = await updateEnterprise(db, current.id, current.version, fields);
      if (!updated) throw errors.conflict();
      written++;
    } else unchanged++;
  }
  return { written, unchanged };
}

function differs(current: EnterpriseRow, next: Partial<EnterpriseRow>): boolean {
  return Object.entries(next).some(([key, value]) => current[key as keyof EnterpriseRow] !== value);
}
