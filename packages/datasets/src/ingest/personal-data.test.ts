import { describe, expect, it } from 'vitest';
import { isRawIdentifier, pseudonymOf } from './personal-data';

const key = 'unit-test-key-0123456789';

describe('raw personal identifiers however written', () => {
  const phones = [
    '13812345678',
    '138-1234-5678',
    '138 1234 5678',
    '+86 138 1234 5678',
    '+86-138-1234-5678',
    '86 13812345678',
    '0086 138 1234 5678',
    '(+86) 138 1234 5678',
    '１３８１２３４５６７８',
    '１３８－１２３４－５６７８',
    '138\u30001234\u30005678',
  ];

  it('recognises a mobile number with separators, full-width digits or a country prefix', () => {
    for (const phone of phones) expect(isRawIdentifier(phone), phone).toBe(true);
  });

  it('gives every spelling of one number the pseudonym of its plain form', () => {
    const plain = pseudonymOf(key, '13812345678');
    for (const phone of phones) expect(pseudonymOf(key, phone), phone).toBe(plain);
    const id = pseudonymOf(key, '31010119900101123X');
    for (const spelling of [
      '31010119900101123x',
      '310101 19900101 123X',
      '３１０１０１１９９００１０１１２３Ｘ',
    ])
      expect(pseudonymOf(key, spelling), spelling).toBe(id);
  });

  it('keeps opaque ids and numbers that are not phones or ID cards', () => {
    for (const id of ['r_001', 'psn_0123', '12812345678', '1381234567', '138-1234-56789', 'A13812345678'])
      expect(isRawIdentifier(id), id).toBe(false);
  });
});
