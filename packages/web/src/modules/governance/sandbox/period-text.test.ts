import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { registerGovernanceMessages } from '../register-messages';
import { periodText } from './period-text';

describe('the period a scenario replayed', () => {
  it('names its days, how they were chosen, and that days before the agreement takes effect read as in force', () => {
    registerGovernanceMessages();
    const [zh, en] = [i18n.getFixedT('zh'), i18n.getFixedT('en')];
    const draft = {
      from: '2025-04-14',
      to: '2025-04-30',
      basis: 'requested' as const,
      agreementFrom: '2026-01-01',
    };
    expect(periodText(draft, zh)).toBe(
      '回放 2025-04-14 至 2025-04-30（所选期间）；生效日 2026-01-01 之前的日子按协议已生效计算',
    );
    expect(periodText({ ...draft, basis: 'latest_data' }, en)).toBe(
      'Replayed 2025-04-14 to 2025-04-30 (the latest three months of stored data); days before 2026-01-01 read as if the agreement were in force',
    );
    const own = {
      from: '2025-05-01',
      to: '2025-05-18',
      basis: 'agreement' as const,
      agreementFrom: '2025-05-01',
    };
    expect(periodText(own, zh)).toBe('回放 2025-05-01 至 2025-05-18（协议生效期内的数据）');
    expect(periodText(undefined, zh)).toBe('回放期间：协议生效期内的数据');
  });
});
