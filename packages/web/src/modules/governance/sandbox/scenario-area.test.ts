import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { registerGovernanceMessages } from '../register-messages';
import { areaText } from './scenario-area';

describe('the area a scenario read', () => {
  it('is named in the reader’s language, and said to be unknown for a result stored without it', () => {
    registerGovernanceMessages();
    const qingpu = { level: 'district' as const, code: '310118', zh: '青浦区', en: 'Qingpu' };
    const city = { level: 'city' as const, code: '310000', zh: '上海市', en: 'Shanghai' };
    expect(areaText(qingpu, 'zh', i18n.getFixedT('zh'))).toBe('青浦区的数据');
    expect(areaText(qingpu, 'en', i18n.getFixedT('en'))).toBe('Rows of Qingpu');
    expect(areaText(city, 'en', i18n.getFixedT('en'))).toBe('Rows of the whole city (Shanghai)');
    expect(areaText(undefined, 'zh', i18n.getFixedT('zh'))).toBe('数据范围未记录');
  });
});
