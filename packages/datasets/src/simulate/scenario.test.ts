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
});
