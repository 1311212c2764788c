import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { expectMatchingTexts } from '../../i18n/expect-matching-texts';
import { en, zh } from './messages';
import { registerDataMessages } from './register-messages';

describe('platform data texts', () => {
  it('has the same keys and variables in Chinese and English, none empty', () => {
    expectMatchingTexts(zh, en);
  });

  it('is found under data. once registered', () => {
    registerDataMessages();
    expect(i18n.getFixedT('en')('data.report.omitted', { count: 5 })).toBe(
      '5 more errors not listed (all are in the refused rows file).',
    );
    expect(i18n.getFixedT('zh')('data.tabs.upload')).toBe('上传数据');
  });
});
