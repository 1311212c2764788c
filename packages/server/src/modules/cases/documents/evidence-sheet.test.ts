import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence-sheet';

describe('the evidence sheet', () => {
  it('lists the audit, every finding, evidence row and decision step of the bundle', () => {
    const lines = evidenceLines('沪青工维权〔2026〕9号', {
      findingIds: ['F-1', 'F-2'],
      ruleId: 'late_penalty_exemption.weather',
      clause: '第七条',
      agreementVersion: 'eleme-2025-v2',
      resultHash: 'b'.repeat(64),
      evidenceRowIds: ['order:1', 'order:2', 'order:3'],
      trace: [{ step: 'weather_alert', zh: '红色预警生效', en: 'red alert in force' }],
      dataset: 'delivery_orders',
    });
    expect(lines[0]).toEqual({ part: '案件 case', item: '案件编号 number', value: '沪青工维权〔2026〕9号' });
    expect(lines.find((l) => l.item.startsWith('结果哈希'))?.value).toBe('b'.repeat(64));
    expect(lines.find((l) => l.item.startsWith('协议版本'))?.value).toBe('eleme-2025-v2');
    expect(lines.filter((l) => l.part === '发现 finding').map((l) => l.value)).toEqual(['F-1', 'F-2']);
    expect(lines.filter((l) => l.part === '证据行 evidence row')).toHaveLength(3);
    expect(lines.at(-1)).toEqual({
      part: '判定过程 trace',
      item: 'weather_alert',
      value: '红色预警生效 / red alert in force',
    });
  });
});
