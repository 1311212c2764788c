import { describe, expect, it } from 'vitest';
import { districtKey, districtNamed } from './district-names';
import { regionTree } from './index';

const named = (written: string) => districtNamed(written, regionTree)?.code;

describe('district names as written', () => {
  it('recognises every district by its code, Chinese name, short name, English name and pinyin', () => {
    for (const d of regionTree.districts)
      for (const written of [
        d.code,
        d.zh,
        d.zh.replace(/新?区$/, ''),
        d.en,
        d.en.toUpperCase(),
        `${d.en} District`,
      ])
        expect(named(written), written).toBe(d.code);
  });

  it('reads the forms platform exports use for Pudong and Jing’an', () => {
    for (const written of [
      '浦东新区',
      '浦东',
      'Pudong New Area',
      'Pudong',
      'pudong',
      ' PUDONG ',
      'Pudong-New-Area',
    ])
      expect(named(written), written).toBe('310115');
    for (const written of ["Jing'an", 'Jing’an', 'jingan', 'JINGAN', 'Jing An', '静安区', '静安'])
      expect(named(written), written).toBe('310106');
    expect(named('ＱＩＮＧＰＵ')).toBe('310118');
  });

  it('does not guess: a name that is no district of the tree names none', () => {
    for (const written of ['', '  ', '区', '浦东新', 'Qing', '310199', 'Manhattan', '青浦镇'])
      expect(named(written), written).toBeUndefined();
    expect(districtKey('Pudong New Area')).toBe('pudong');
  });
});
