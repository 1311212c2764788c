import { describe, expect, it } from 'vitest';
import { districtAxis } from './district-axis';

const at = (district: string, period: string) => ({
  groups: { district, period },
  estimate: 0.1,
  lo: null,
  hi: null,
  se: null,
  clusters: 1,
  units: 1,
});

describe('the by-district axis', () => {
  const estimates = [
    at('嘉定区', 'before'),
    at('嘉定区', 'after'),
    at('杨浦区', 'before'),
    at('黄浦区', 'after'),
    at('', 'before'),
  ];

  it('names each district in English for an English reader, as the tables do', () => {
    expect(districtAxis(estimates, 'en')).toEqual({
      keys: ['黄浦区', '杨浦区', '嘉定区'],
      labels: ['Huangpu', 'Yangpu', 'Jiading'],
    });
  });

  it('keeps the Chinese names and the same order for a Chinese reader', () => {
    expect(districtAxis(estimates, 'zh')).toEqual({
      keys: ['黄浦区', '杨浦区', '嘉定区'],
      labels: ['黄浦区', '杨浦区', '嘉定区'],
    });
  });

  it('keeps a name the region tree does not know, after the city’s districts', () => {
    expect(districtAxis([at('Elsewhere', 'before'), at('310114', 'after')], 'en')).toEqual({
      keys: ['310114', 'Elsewhere'],
      labels: ['Jiading', 'Elsewhere'],
    });
  });
});
