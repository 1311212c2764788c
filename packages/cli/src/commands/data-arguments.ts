import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  dataEndBeforeAgreement,
  dataPlatformsNotCovered,
  platformsSpeltLikeCovered,
  platformsSpeltLikeNotice,
  datasetKinds,
  payrollPlacedByBrand,
  type DatasetKind,
} from '@gigpact/contracts';
import { adapters } from '@gigpact/datasets';

/**
 * One `--data` item: a stored dataset by id, or a file to ingest first (with its kind when known). An id may be
 * shortened to its first characters (at least eight, as the audit prints twelve): `datasetIdPrefix` is then set,
 * for the command to look up the one stored dataset whose id begins with them.
 */
export type DataArgument =
  | { readonly datasetId: string; readonly datasetIdPrefix?: true }
  | { readonly file: string; readonly kind?: DatasetKind };

/** What `--data` made of its items, and the files of a folder it passed over, each with the reason. */
export interface DataArguments {
  readonly items: DataArgument[];
  readonly skipped: { readonly file: string; readonly reason: string }[];
}

const datasetId = /^[0-9a-f]{64}$/;
const datasetIdStart = /^[0-9a-f]{8,63}$/;
const dataFile = /\.(parquet|csv|ndjson|jsonl|xlsx)$/i;

/** The dataset kind a file is named after (`delivery_orders.parquet`, as the simulator writes), if any. */
export function kindFromFileName(file: string): DatasetKind | undefined {
  const base = path.basename(file).replace(dataFile, '');
  return (datasetKinds as readonly string[]).includes(base) && dataFile.test(file)
    ? (base as DatasetKind)
    : undefined;
}

/** Whether `--format` names an adapter, whose files are of its one kind (`nyc-hvfhv` gives `ride_trips`). */
export function formatGivesKind(format: string | undefined): boolean {
  return format !== undefined && format in adapters;
}

/** The error for a file whose kind neither `--kind`, its name nor its format says. */
export function kindMissing(file: string): Error {
  return new Error(
    `${file}: 缺少数据集类型：请给 --kind，或以类型命名文件（如 delivery_orders.csv） / ${file}: no dataset kind: give --kind, or name the file after its kind (such as delivery_orders.csv)`,
  );
}

/**
 * The `--data` items of `gigpact audit`: a dataset id as it is, or the first characters of one (eight or more hex
 * digits that name no file); a file with `--kind` when given, else the kind its
 * name says; a folder (such as `gigpact simulate --out`) as its files named after a dataset kind, the others
 * reported as passed over. A path that does not exist, or a folder without such files, is an error naming it.
 */
export function resolveDataArguments(values: readonly string[], kind?: DatasetKind): DataArguments {
  const items: DataArgument[] = [];
  const skipped: DataArguments['skipped'] = [];
  for (const value of values) {
    if (datasetId.test(value)) {
      items.push({ datasetId: value });
      continue;
    }
    const resolved = path.resolve(value);
    const stat = statSync(resolved, { throwIfNoEntry: false });
    if (!stat && datasetIdStart.test(value)) {
      items.push({ datasetId: value, datasetIdPrefix: true });
      continue;
    }
    if (!stat) throw new Error(`找不到文件或数据集 ${value} / no file, folder or dataset id ${value}`);
    if (!stat.isDirectory()) {
      items.push({ file: resolved, kind: kind ?? kindFromFileName(resolved) });
      continue;
    }
    const found: DataArgument[] = [];
    for (const name of readdirSync(resolved).sort()) {
      const file = path.join(resolved, name);
      if (!statSync(file).isFile()) continue;
      const named = kindFromFileName(name);
      if (named && (!kind || kind === named)) found.push({ file, kind: named });
      else
        skipped.push({
          file,
          reason: named
            ? `不是 --kind ${kind} / not of --kind ${kind}`
            : '文件名不是数据集类型 / not named after a dataset kind',
        });
    }
    if (found.length === 0)
      throw new Error(
        `文件夹 ${value} 中没有以数据集类型命名的数据文件（如 delivery_orders.parquet） / folder ${value} holds no data file named after a dataset kind (such as delivery_orders.parquet)`,
      );
    items.push(...found);
  }
  return { items, skipped };
}

/** The note when the data ends before the agreement takes effect (`dataEndBeforeAgreement`), else null. */
export function dataBeforeAgreement(
  periodEnds: readonly (string | null)[],
  effectiveFrom: string,
): string | null {
  const last = dataEndBeforeAgreement(periodEnds, effectiveFrom);
  return last === null
    ? null
    : `提示：数据截至 ${last}，早于协议生效日 ${effectiveFrom}，没有可核查的行 / note: the data ends on ${last}, before the agreement takes effect on ${effectiveFrom}: no row is checked`;
}

/** The note when every dataset with a period starts after the agreement's last day (`effective_to`), else null. */
export function dataAfterAgreement(
  periodStarts: readonly (string | null)[],
  effectiveTo: string | undefined,
): string | null {
  if (!effectiveTo) return null;
  const starts = periodStarts.filter((s): s is string => s !== null).map((s) => s.slice(0, 10));
  if (starts.length === 0 || starts.some((s) => s <= effectiveTo)) return null;
  const first = starts.sort()[0]!;
  return `提示：数据始于 ${first}，晚于协议终止日 ${effectiveTo}，没有可核查的行 / note: the data starts on ${first}, after the agreement's last day ${effectiveTo}: no row is checked`;
}

/** The note when the data holds none of the platforms the agreement covers (`dataPlatformsNotCovered`), else null. */
export function dataNotCovered(
  dataPlatforms: readonly (readonly string[])[],
  agreementPlatforms: readonly string[],
): string | null {
  const held = dataPlatformsNotCovered(dataPlatforms, agreementPlatforms);
  if (held === null) return null;
  const [data, covered] = [held.join(', '), agreementPlatforms.join(', ')];
  return `提示：数据中的平台（${data}）都不在协议覆盖的平台（${covered}）之内，没有可核查的行；--ignore-coverage 核查所有行 / note: the data's platforms (${data}) are none of those the agreement covers (${covered}): no row is checked; --ignore-coverage checks every row`;
}

/** The note when the data holds a platform spelt like a covered one but not it (`platformsSpeltLikeCovered`). */
export function dataPlatformSpeltLikeCovered(
  dataPlatforms: readonly (readonly string[])[],
  agreementPlatforms: readonly string[],
): string | null {
  const near = platformsSpeltLikeCovered(dataPlatforms, agreementPlatforms);
  if (near.length === 0) return null;
  const { zh, en } = platformsSpeltLikeNotice(near);
  return `提示：${zh} / note: ${en}`;
}

/**
 * The note when payroll is audited without parcels under an agreement that names platforms or districts: a
 * payroll statement names neither, and only the franchisees of the brand's parcels place it — or, for an
 * agreement that names platforms only, the brand each payroll dataset was ingested for (`--platform`).
 */
export function payrollNotPlaced(
  datasets: readonly { kind: DatasetKind; platform?: string | null }[],
  covers: { platforms: readonly string[]; districts: readonly string[] },
): string | null {
  const kinds = datasets.map((d) => d.kind);
  if (!kinds.includes('courier_payroll') || kinds.includes('parcel_deliveries')) return null;
  if (covers.platforms.length + covers.districts.length === 0) return null;
  if (payrollPlacedByBrand(datasets, covers.districts)) return null;
  return '提示：工资单不写品牌和区，须同时给出快递件数据（或导入时用 --platform 标明品牌，仅适用于只列平台的协议），按其中协议覆盖的加盟商归属；本次核查了全部工资单行 / note: payroll names no brand or district and is placed by the franchisees of the covered parcels (or, under an agreement naming platforms only, by the brand it was ingested for with --platform), which were not given: every payroll row is checked';
}

/**
 * The note when the audit's as-of date is before the data's last day: every row is still checked, but what the
 * clauses count up to the as-of date (arrears, freight advance) has not yet fallen due for the later rows.
 */
export function asOfBeforeDataEnds(asOf: string, periodEnds: (string | null)[]): string | null {
  // By day: the clauses count to the end of the as-of day, so data ending on that day is not after it.
  const end = periodEnds
    .filter((e): e is string => e !== null)
    .map((e) => e.slice(0, 10))
    .sort()
    .at(-1);
  return end && asOf < end
    ? `提示：截止日期 ${asOf} 早于数据的最后一天 ${end}：所有行照常核查，但欠薪、运费垫付等按截止日期计算的条款只把截止日期前已到期的算作到期 / note: the as-of date ${asOf} is before the data's last day ${end}: every row is checked, but clauses that count time up to the as-of date (wage arrears, freight advance) count as due only what fell due by then`
    : null;
}

/**
 * A note when the as-of date comes before the agreement takes effect: the agreement was not yet in force on that
 * day, though the rows of its days are checked against it (an audit of what it will require, or a mistaken date).
 */
export function asOfBeforeAgreement(asOf: string, effectiveFrom: string): string | null {
  return asOf < effectiveFrom
    ? `提示：截止日期 ${asOf} 早于协议生效日 ${effectiveFrom}：截止日期时协议尚未生效；协议生效日起的行仍按协议核查 / note: the as-of date ${asOf} is before the agreement takes effect on ${effectiveFrom}: it was not yet in force on the as-of date; rows from its effective date on are still checked against it`
    : null;
}
