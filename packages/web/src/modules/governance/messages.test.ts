import { fairworkPrinciples, governanceMetricKeys, scorecardEvidenceTargets } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerGovernanceMessages } from './register-messages';

describe('governance texts', () => {
  it('has the same keys and variables in Chinese and English, none empty but the unitless units', () => {
    expectMatchingTexts(zh, en, ['units.flag', 'units.none']);
  });

  it('names every metric and principle the API returns', () => {
    for (const key of governanceMetricKeys) expect(zh.metrics[key], key).toBeTruthy();
    for (const p of fairworkPrinciples) expect(en.scorecards.principles[p], p).toBeTruthy();
    for (const target of scorecardEvidenceTargets)
      expect(zh.scorecards.evidenceOf[target], target).toBeTruthy();
  });

  it('names the two speeds apart: the promise’s (handover included) and the fitted riding speed', () => {
    for (const texts of [zh, en]) {
      const promised = texts.metrics.implied_kmh_p50;
      const fitted = [texts.inference.speed, texts.inference.kmh];
      for (const name of fitted) expect(promised.slice(0, 6)).not.toBe(name.slice(0, 6));
    }
    expect(zh.metrics.implied_kmh_p50).toMatch(/^承诺时速.*含交接/);
    expect(zh.inference.speed).toMatch(/^拟合骑行速度.*不含固定交接时间/);
    expect(en.metrics.implied_kmh_p50).toMatch(/^Promised-time speed .*handover included/);
    expect(en.inference.speed).toMatch(/^Fitted riding speed .*handover time excluded/);
    expect(zh.inference.speedTitle).toMatch(/^承诺时速/);
  });

  it('is found under governance. once registered', () => {
    registerGovernanceMessages();
    expect(i18n.getFixedT('en')('governance.scorecards.score', { score: 7 })).toBe('7 / 10 points');
    expect(i18n.getFixedT('zh')('governance.tabs.sandbox')).toBe('协商沙盘');
  });
});
