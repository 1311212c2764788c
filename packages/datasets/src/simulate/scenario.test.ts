import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenario, loadScenario, scenarioProblems } from './scenario';

describe('a simulation scenario', () => {
  it('as shipped asks only what the simulator does', () => {
    expect(scenarioProblems(defaultScenario)).toEqual([]);
  });

  it('is refused when it names a platform the simulator lacks or a rule of another industry', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'gigpact-scenario-')), 'bad.yaml');
    await writeFile(
      path,
      [
        'name: bad',
        'platforms:',
        '  manbang: [{ rule: fr.commission_abs_cap, rate: 0.5 }]',
        '  jt: [{ rule: ex.direct_payment, rate: 0.1 }, { rule: fr.peak_fee_cap, rate: 0.5 }]',
      ].join('\n'),
    );
    const refused = loadScenario(path);
    await expect(refused).rejects.toThrow(
      /platforms\.manbang: .*the simulator has no platform manbang \(one of: .*jt/,
    );
    await expect(loadScenario(path)).rejects.toThrow(
      /platforms\.jt\.1\.rule: .*fr\.peak_fee_cap is not a rule of jt's industry \(express\)/,
    );
  });

  it('says in words, not with a regular expression, what a date and a platform code look like', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'gigpact-scenario-')), 'bad.yaml');
    await writeFile(
      path,
      [
        'platforms:',
        '  eleme: [{ rule: fd.weather_subsidy, rate: 0.1, until: 2025/09/15 }]',
        '  Ele.me: []',
      ].join('\n'),
    );
    const refused = await loadScenario(path).catch((e: Error) => e.message);
    expect(refused).toContain(
      'platforms.eleme.0.until: 应为写作 YYYY-MM-DD 的日期，如 2025-09-15 / a date written YYYY-MM-DD, e.g. 2025-09-15',
    );
    expect(refused).toContain(
      'platforms.Ele.me: 平台代码只能由小写字母、数字和下划线组成，如 eleme、didi_freight / a platform code is lower-case letters, digits and underscores, e.g. eleme, didi_freight',
    );
    expect(refused).not.toMatch(/\^|\\d|\[a-z/);
  });
});
