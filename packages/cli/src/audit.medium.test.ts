import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@gigpact/server';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/gigpact.mjs');
const nyc = path.resolve(import.meta.dirname, '../../../../shared/data/real/nyc-hvfhv-2023-sample.csv');
const dataDir = mkdtempSync(path.join(tmpdir(), 'gigpact-audit-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const agreementFile = path.join(dataDir, 'rh.yaml');
writeFileSync(
  agreementFile,
  [
    'id: rh-cli-test',
    'title: 网约车测试协议',
    'industry: ride_hailing',
    'effective_from: 2023-01-01',
    'clauses:',
    '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap }',
    '  - { id: bill, title: 账单透明, text: 账单展示抽成, rule: rh.bill_transparency }',
  ].join('\n'),
);

function auditWith(agreement: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, 'audit', '--agreement', agreement, ...args], {
    env: { ...process.env, GIGPACT_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}
const audit = (...args: string[]) => auditWith(agreementFile, ...args);

/** A week of one industry simulated into `folder`; the command's run, its JSON summary on stdout. */
function simulate(folder: string, industry: string, scale: string, seed: string) {
  const args = ['--days', '7', '--scale', scale, '--seed', seed, '--industries', industry];
  const run = spawnSync(process.execPath, [bin, 'simulate', ...args, '--out', folder, '--json'], {
    env: { ...process.env, GIGPACT_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('gigpact audit', () => {
  it('ingests a file, audits it, prints the summary as JSON and writes the findings; the same inputs give the same hash', () => {
    const out = path.join(dataDir, 'out');
    const first = audit(
      '--data',
      nyc,
      '--format',
      'nyc-hvfhv',
      '--as-of',
      '2026-11-28',
      '--json',
      '--out',
      out,
    );
    expect(first.status, first.stderr).toBe(0);
    const result = JSON.parse(first.stdout);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['agreement_id', 'result_hash', 'datasets', 'clauses', 'metrics', 'notes']),
    );
    // The data reaches the agreement: nothing to note, in the JSON as on stderr.
    expect(result.notes).toEqual([]);
    expect(result.clauses[0]).toMatchObject({
      clause_id: 'cap',
      rule: 'rh.commission_cap',
      status: 'applicable',
      checked: 60,
    });
    expect(result.clauses[1]).toMatchObject({ clause_id: 'bill', status: 'not_applicable' });
    expect(existsSync(path.join(out, 'findings.parquet'))).toBe(true);
    expect(existsSync(path.join(out, 'findings.csv'))).toBe(true);
    // The run is recorded like a server run: its findings are stored under the data directory.
    const runs = readdirSync(path.join(dataDir, 'audits'));
    expect(runs).toHaveLength(1);
    expect(existsSync(path.join(dataDir, 'audits', runs[0]!, 'findings.parquet'))).toBe(true);

    const datasetId = result.datasets[0].id as string;
    const second = audit('--data', datasetId, '--as-of', '2026-11-28', '--json');
    expect(JSON.parse(second.stdout).result_hash).toBe(result.result_hash);
    // The id as the audit prints it, its first twelve characters, names the same dataset.
    const shortened = audit('--data', datasetId.slice(0, 12), '--as-of', '2026-11-28', '--json');
    expect(JSON.parse(shortened.stdout).result_hash).toBe(result.result_hash);
    const later = audit('--data', datasetId, '--as-of', '2026-11-29', '--json');
    expect(JSON.parse(later.stdout).result_hash).not.toBe(result.result_hash);
    const impossible = audit('--data', datasetId, '--as-of', '2025-02-30', '--json');
    expect(impossible.status).toBe(2);
    expect(impossible.stderr).toContain('--as-of takes a day of the calendar, YYYY-MM-DD, not 2025-02-30');
    // Four runs of the command, each opening and migrating the embedded database.
  }, 180_000);

  it("audits a simulator's folder: each file named after a dataset kind, the others named as passed over", () => {
    const folder = path.join(dataDir, 'simulated');
    const simulated = simulate(folder, 'ride_hailing', '0.005', '3');
    const { asOf, violations } = JSON.parse(simulated.stdout) as {
      asOf: string;
      violations: Record<string, number>;
    };
    const out = path.join(dataDir, 'simulated-out');
    const run = audit('--data', folder, '--as-of', asOf, '--json', '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    // The findings files carry what the server's export does: rule, liable party, state, platform, district
    // code, franchisee, worker alias, day, month, canonical amount and evidence.
    const [header, ...lines] = readFileSync(path.join(out, 'findings.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(header).toEqual([
      'key',
      'clause_id',
      'finding_key',
      'rule',
      'liable',
      'state',
      'platform',
      'district',
      'district_name',
      'districts',
      'franchisee',
      'worker',
      'day',
      'month',
      'amount',
      'evidence',
    ]);
    const rows = lines.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
    const capRows = rows.filter((r) => r.clause_id === 'cap');
    expect(capRows).toHaveLength(violations['rh.commission_cap']!);
    for (const row of capRows) {
      expect(row).toMatchObject({ rule: 'rh.commission_cap', liable: 'platform', state: 'new' });
      expect(row.platform).toMatch(/^[a-z0-9_]+$/);
      expect(row.district).toMatch(/^3101\d{2}$/);
      expect(row.districts).toBe(row.district);
      expect(row.worker).toMatch(/^w_[0-9a-f]{16}$/);
      expect(row.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.amount).not.toMatch(/\.\d*0$/);
    }
    expect(result.datasets.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'ride_trips',
      'weather_alerts',
      'workers',
    ]);
    expect(result.clauses.find((c: { clause_id: string }) => c.clause_id === 'cap').violations).toBe(
      violations['rh.commission_cap'],
    );
    expect(run.stderr).toMatch(/skipped .*ground_truth\.parquet: .*not named after a dataset kind/);
    const missing = audit('--data', path.join(dataDir, 'nothing-here'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no file, folder or dataset id');
  }, 180_000);

  it('checks only the platforms the agreement covers, says when the data holds none of them, and checks every row with --ignore-coverage', async () => {
    const didiOnly = path.join(dataDir, 'rh-didi.yaml');
    writeFileSync(
      didiOnly,
      [
        'id: rh-didi-test',
        'title: 滴滴测试协议',
        'industry: ride_hailing',
        'platform: [didi]',
        'effective_from: 2023-01-01',
        'clauses:',
        '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap }',
      ].join('\n'),
    );
    const nycAsJson = ['--data', nyc, '--format', 'nyc-hvfhv', '--as-of', '2026-11-28', '--json'];
    const run = (...args: string[]) => auditWith(didiOnly, ...nycAsJson, ...args);
    const covered = run();
    expect(covered.status, covered.stderr).toBe(0);
    expect(covered.stderr).toContain(
      "the data's platforms (HV0003, HV0005) are none of those the agreement covers (didi): no row is checked",
    );
    const capOf = (stdout: string) =>
      JSON.parse(stdout).clauses.find((c: { clause_id: string }) => c.clause_id === 'cap');
    expect(capOf(covered.stdout)).toMatchObject({ checked: 0, violations: 0 });
    const everyRow = run('--ignore-coverage');
    expect(everyRow.status, everyRow.stderr).toBe(0);
    expect(everyRow.stderr).not.toContain('none of those the agreement covers');
    expect(capOf(everyRow.stdout)).toMatchObject({ checked: 60 });
    expect(capOf(everyRow.stdout).violations).toBeGreaterThan(0);
    expect(JSON.parse(everyRow.stdout).result_hash).not.toBe(JSON.parse(covered.stdout).result_hash);
    // The NYC export's money is in dollars: each dataset and each clause's amount say so.
    expect(JSON.parse(everyRow.stdout).datasets.map((d: { currency: string }) => d.currency)).toEqual([
      'USD',
    ]);
    // A study of every row is recorded as such, so that it never becomes the agreement's latest official run.
    const database = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      const recorded = await database.db.query.auditRuns.findMany({
        columns: { coverageIgnored: true, agreementVersion: true },
        where: (run, { eq }) => eq(run.agreementId, 'rh-didi-test'),
        orderBy: (run, { asc }) => asc(run.createdAt),
      });
      expect(recorded).toEqual([
        { coverageIgnored: false, agreementVersion: null },
        { coverageIgnored: true, agreementVersion: null },
      ]);
    } finally {
      await database.close();
    }
    const told = auditWith(didiOnly, ...nycAsJson.filter((a) => a !== '--json'), '--ignore-coverage');
    expect(told.status, told.stderr).toBe(0);
    expect(told.stdout).toMatch(/ride_trips [0-9a-f]{12} {2}行 \/ rows 60 {2}币种 \/ currency USD/);
    expect(told.stdout).toMatch(
      /cap +rh\.commission_cap +核查 \/ checked 60 .*金额 \/ amount [\d,.]+ USD( \([\d.]+\))?$/m,
    );
    // The study of the README covers every platform from 2023: the same trips are checked without the option.
    const study = path.resolve(
      import.meta.dirname,
      '../../rules/agreements/studies/nyc-ride-hailing-trial.yaml',
    );
    const readme = auditWith(study, ...nycAsJson);
    expect(readme.status, readme.stderr).toBe(0);
    expect(capOf(readme.stdout)).toMatchObject(capOf(everyRow.stdout));
  }, 180_000);

  it('names what is wrong with a bad agreement or an unknown dataset', () => {
    const unknown = audit('--data', 'f'.repeat(64));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no dataset');
    const unknownStart = audit('--data', 'f'.repeat(12));
    expect(unknownStart.status).toBe(1);
    expect(unknownStart.stderr).toContain(
      'no file, folder or stored dataset whose id begins with ffffffffffff',
    );
    const badDate = audit('--data', nyc, '--as-of', 'tomorrow');
    expect(badDate.status).toBe(2);
    const future = audit('--data', nyc, '--as-of', '2999-01-01');
    expect(future.status).toBe(2);
    expect(future.stderr).toMatch(
      /--as-of 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\): what is not yet due/,
    );
    // The New York file says its kind only through --format nyc-hvfhv.
    const kindless = audit('--data', nyc);
    expect(kindless.status).toBe(1);
    expect(kindless.stderr).toContain(`${nyc}: 缺少数据集类型`);
    // A bad agreement file is named with the line and column of the problem, in both languages.
    const typo = path.join(dataDir, 'typo.yaml');
    writeFileSync(
      typo,
      readFileSync(agreementFile, 'utf8').replace('rule: rh.bill_transparency', 'rule: rh.bill_transparancy'),
    );
    const badAgreement = auditWith(typo, '--data', nyc, '--format', 'nyc-hvfhv');
    expect(badAgreement.status).toBe(1);
    expect(badAgreement.stderr).toContain(`${typo}:7:`);
    expect(badAgreement.stderr).toContain(
      '规则库中没有 rh.bill_transparancy / no library rule rh.bill_transparancy',
    );
    // A file's refused rows are audited around, and the command says which line and field each one is.
    const trips = path.join(dataDir, 'ride_trips.csv');
    writeFileSync(
      trips,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income',
        't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,50,40',
        't2,didi,d1,2025-08-05 09:00,2025-08-05 09:30,fifty,40',
      ].join('\n'),
    );
    const badRow = audit('--data', trips, '--as-of', '2025-10-23', '--json');
    expect(badRow.status, badRow.stderr).toBe(0);
    expect(badRow.stderr).toContain('ride_trips.csv line 3, passenger_paid: ');
    const result = JSON.parse(badRow.stdout) as { datasets: { rows: number; rows_rejected: number }[] };
    expect(result.datasets).toMatchObject([{ rows: 1, rows_rejected: 1, rows_skipped: 0 }]);
    // The JSON's notes keep that rows are missing from what the clauses checked.
    expect((result as unknown as { notes: string[] }).notes).toEqual([
      expect.stringContaining('(ride_trips.csv): 1 rows were refused at ingest and are not checked'),
    ]);
    // A file with nothing usable says why, at its line and column; a column the dataset does not have is named;
    // an as-of date before the data ends says what it means.
    const noPay = path.join(dataDir, 'no-pay', 'ride_trips.csv');
    mkdirSync(path.dirname(noPay), { recursive: true });
    writeFileSync(
      noPay,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid',
        't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,50',
      ].join('\n'),
    );
    expect(audit('--data', noPay).stderr).toMatch(/nothing usable in the file\n.*line 1, driver_income: /);
    const extra = path.join(dataDir, 'extra', 'ride_trips.csv');
    mkdirSync(path.dirname(extra), { recursive: true });
    writeFileSync(
      extra,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income,refnud',
        't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,50,40,5',
      ].join('\n'),
    );
    const typoed = audit('--data', extra, '--as-of', '2025-08-01');
    expect(typoed.status, typoed.stderr).toBe(0);
    expect(typoed.stderr).toContain('ride_trips.csv: 未使用的列 / columns not used: refnud');
    expect(typoed.stderr).toContain("the as-of date 2025-08-01 is before the data's last day 2025-08-05");
    // Seven runs of the command, each starting Node and DuckDB.
  }, 240_000);

  it('ingests given files with the options of gigpact ingest, and stops when a file leaves no row to audit', () => {
    const folder = path.join(dataDir, 'ingest-options');
    mkdirSync(folder, { recursive: true });
    const header = 'trip_id,platform,driver_id,pickup_at,dropoff_at,passenger_paid,driver_income';
    const write = (name: string, lines: string[]) => {
      const file = path.join(folder, name, 'ride_trips.csv');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, [header, ...lines].join('\n'));
      return file;
    };
    const asOf = ['--as-of', '2025-10-23', '--json'];
    // One good row, one refused (the default policy keeps the good one, as above): under reject nothing is stored
    // and nothing audited.
    const mixed = write('mixed', [
      't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,50,40',
      't2,didi,d1,2025-08-05 09:00,2025-08-05 09:30,fifty,40',
    ]);
    const rejected = audit('--data', mixed, '--policy', 'reject', ...asOf);
    expect(rejected.status).toBe(1);
    expect(rejected.stdout).toBe('');
    expect(rejected.stderr).toContain(
      `${mixed}: under --policy reject, 1 rows were refused and nothing of the file was stored (its 1 valid rows neither): it cannot be audited`,
    );
    expect(rejected.stderr).toContain('按 --policy reject');
    expect(rejected.stderr).toContain('ride_trips.csv line 3, passenger_paid: ');
    const badPolicy = audit('--data', mixed, '--policy', 'drop', ...asOf);
    expect(badPolicy.status).toBe(2);
    expect(badPolicy.stderr).toContain('--policy must be quarantine or reject');

    // Every row refused: no run, a non-zero exit and the file named, rather than a clean result of no rows.
    const allBad = write('all-bad', [
      't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,fifty,40',
      't2,didi,d1,2025-08-05 09:00,not a time,50,40',
    ]);
    const none = audit('--data', allBad, ...asOf);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain(`${allBad}: 2 行全部被拒绝，没有可审计的行`);
    expect(none.stderr).toContain(
      `${allBad}: all 2 rows were refused and no row is left to audit; the audit was not run, as auditing no rows would pass for finding no violation`,
    );
    expect(none.stderr).toContain('ride_trips.csv line 2, passenger_paid: ');
    // The same dataset given by its id once stored is refused alike.
    const ingested = spawnSync(process.execPath, [bin, 'ingest', allBad, '--json'], {
      env: { ...process.env, GIGPACT_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    const stored = JSON.parse(ingested.stdout) as { dataset_id: string; rows_accepted: number };
    expect(stored.rows_accepted).toBe(0);
    const byId = audit('--data', stored.dataset_id, ...asOf);
    expect(byId.status).toBe(1);
    expect(byId.stderr).toContain(
      `dataset ${stored.dataset_id} (ride_trips.csv): all 2 rows were refused and no row is left to audit`,
    );

    // A file in its own column names, with a phone column that is refused unless left out on purpose: mapped and
    // dropped as gigpact ingest maps and drops them.
    const own = path.join(folder, 'own', 'ride_trips.csv');
    mkdirSync(path.dirname(own), { recursive: true });
    writeFileSync(
      own,
      [
        'trip_id,platform,driver_id,pickup_at,dropoff_at,fare,driver_income,司机手机',
        't1,didi,d1,2025-08-05 08:00,2025-08-05 08:30,50,30,13800000000',
        't2,didi,d1,2025-08-05 09:00,2025-08-05 09:30,50,40,13800000000',
      ].join('\n'),
    );
    const unmapped = audit('--data', own, ...asOf);
    expect(unmapped.status).toBe(1);
    expect(unmapped.stderr).toContain('nothing usable in the file');
    const mapped = audit('--data', own, '--map', 'fare=passenger_paid', '--drop', '司机手机', ...asOf);
    expect(mapped.status, mapped.stderr).toBe(0);
    const cap = JSON.parse(mapped.stdout).clauses.find((c: { clause_id: string }) => c.clause_id === 'cap');
    expect(cap).toMatchObject({ status: 'applicable', checked: 2, violations: 1 });
    const badMap = audit('--data', own, '--map', 'fare', ...asOf);
    expect(badMap.status).toBe(2);
    expect(badMap.stderr).toContain('--map takes source=column: fare');
  }, 300_000);

  it("audits a franchisee's secondary agreement with the brand's clauses it inherits, over its district's parcels only", () => {
    const folder = path.join(dataDir, 'express');
    simulate(folder, 'express', '0.02', '7');
    const agreements = path.resolve(import.meta.dirname, '../../rules/agreements');
    const run = (name: string) => {
      const result = auditWith(
        path.join(agreements, name),
        '--data',
        folder,
        '--as-of',
        '2026-11-28',
        '--json',
      );
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as { clauses: { clause_id: string; checked: number }[] };
    };
    const brand = run('jt-express-2025.yaml');
    const franchisee = run('jt-franchisee-qingpu-2025.yaml');
    // The brand's clauses, the franchisee's own in their place (seed 7 gives J&T a franchisee in Qingpu).
    expect(franchisee.clauses.map((c) => c.clause_id)).toEqual(brand.clauses.map((c) => c.clause_id));
    const checked = (r: typeof brand, id: string) => r.clauses.find((c) => c.clause_id === id)!.checked;
    expect(checked(franchisee, 'direct-pay')).toBeGreaterThan(0);
    expect(checked(franchisee, 'direct-pay')).toBeLessThan(checked(brand, 'direct-pay'));
    // Payroll alone: the parcel clauses name the data they lack, and the note says payroll was not placed.
    const payrollOnly = auditWith(
      path.join(agreements, 'jt-express-2025.yaml'),
      '--data',
      path.join(folder, 'courier_payroll.parquet'),
      '--as-of',
      '2026-11-28',
    );
    expect(payrollOnly.status, payrollOnly.stderr).toBe(0);
    expect(payrollOnly.stdout).toMatch(/fee-share .*not applicable, no parcel_deliveries data given/);
    expect(payrollOnly.stderr).toContain('every payroll row is checked');
    // Ingested for a brand, payroll is placed by it: the brand's own is checked whole, without the note; another
    // brand's is none of the agreement's.
    const payrollOf = (platform: string) => {
      const result = auditWith(
        path.join(agreements, 'jt-express-2025.yaml'),
        '--data',
        path.join(folder, 'courier_payroll.parquet'),
        '--platform',
        platform,
        '--as-of',
        '2026-11-28',
        '--json',
      );
      expect(result.status, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as {
        clauses: { clause_id: string; checked: number }[];
        datasets: { rows: number }[];
      };
      return {
        checked: json.clauses.find((c) => c.clause_id === 'arrears')!.checked,
        rows: json.datasets[0]!.rows,
        stderr: result.stderr,
      };
    };
    const own = payrollOf('jt');
    expect(own.stderr).not.toContain('every payroll row is checked');
    expect(own.rows).toBeGreaterThan(0);
    expect(own.checked).toBe(own.rows);
    const other = payrollOf('yto');
    expect(other.checked).toBe(0);
    expect(other.stderr).toContain("the data's platforms (yto) are none of those the agreement covers (jt)");
  }, 180_000);

  it('audits a secondary agreement within its brand’s coverage, and refuses one lowering the brand’s standard at its line', () => {
    const folder = path.join(dataDir, 'secondary');
    mkdirSync(folder, { recursive: true });
    const brandLines = [
      'id: exb-brand-2025',
      'title: 品牌协议',
      'industry: express',
      'platform: [sto]',
      'effective_from: 2025-08-01',
      'effective_to: 2025-10-31',
      'scope: { districts: [青浦区] }',
      'clauses:',
      '  - { id: share, title: 分成, text: 不低于30%, rule: ex.direct_fee_share, params: { min_share: 0.3 } }',
    ];
    writeFileSync(path.join(folder, 'exb-brand-2025.yaml'), brandLines.join('\n'));
    // No platform, district or end of its own: it binds within the brand's.
    const secondary = (share: string) =>
      [
        'id: exb-secondary',
        'title: 二次协商协议',
        'industry: express',
        'parent: exb-brand-2025',
        'effective_from: 2025-09-01',
        'scope: { franchisees: [fq1] }',
        'clauses:',
        `  - { id: share, title: 分成, text: 分成, rule: ex.direct_fee_share, params: { min_share: ${share} } }`,
      ].join('\n');
    writeFileSync(path.join(folder, 'exb-secondary.yaml'), secondary('0.4'));
    writeFileSync(
      path.join(folder, 'exb-lowered.yaml'),
      secondary('0.2').replace('exb-secondary', 'exb-lowered'),
    );
    const data = path.join(folder, 'data');
    mkdirSync(data, { recursive: true });
    // Each parcel is paid 10 % of its fee; only the first is the brand's, in its district and its dates.
    writeFileSync(
      path.join(data, 'parcel_deliveries.csv'),
      [
        'parcel_id,company,franchisee_id,courier_id,district,delivered_at,hq_fee,courier_fee,paid_direct',
        'p1,sto,fq1,c1,青浦区,2025-09-10 10:00:00,1.00,0.10,true',
        'p2,yto,fq1,c1,青浦区,2025-09-10 10:00:00,1.00,0.10,true',
        'p3,sto,fq1,c1,浦东新区,2025-09-10 10:00:00,1.00,0.10,true',
        'p4,sto,fq1,c1,青浦区,2025-11-05 10:00:00,1.00,0.10,true',
      ].join('\n'),
    );
    const args = ['--data', data, '--as-of', '2025-11-30', '--json'];
    const run = auditWith(path.join(folder, 'exb-secondary.yaml'), ...args);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      clauses: { clause_id: string; checked: number; violations: number }[];
    };
    expect(result.clauses.map((c) => [c.clause_id, c.checked, c.violations])).toEqual([['share', 1, 1]]);

    const lowered = auditWith(path.join(folder, 'exb-lowered.yaml'), ...args);
    expect(lowered.status).not.toBe(0);
    expect(lowered.stderr).toMatch(
      /exb-lowered\.yaml:8:\d+ · clauses\.0\.params\.min_share · clause share: /,
    );
    expect(lowered.stderr).toContain(
      'clause share sets min_share to 0.2, weaker than the standard of the brand agreement exb-brand-2025 (0.3)',
    );
    expect(lowered.stderr).not.toContain('The submitted data is not valid');
  }, 120_000);
});
