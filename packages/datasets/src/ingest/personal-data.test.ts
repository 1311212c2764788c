import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsRawIdentifier, isRawIdentifier, maskIdentifiers, pseudonymOf } from './personal-data';

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

/** Texts that hold a phone or ID-card number among other words. */
const holding = [
  '张三 139-8765-4329',
  '张三 139 8765 4329',
  '张三13987654329',
  '张三 139.8765.4329',
  'rider-13812345670',
  'rider_13812345670',
  'rider13812345670',
  '13812345670-rider',
  'tel:+86 139 8765 4329',
  '+8613987654329 张三',
  '（+86）139-8765-4329',
  '手机１３９８７６５４３２９',
  '身份证310101199001011234',
  '身份证 310101 19900101 1234',
  '证件号11010519491231002X',
  '证件号11010519491231002x，张三',
  'a 13812345678 b 31010119900101123X',
];

describe('phone and ID-card numbers inside a longer text', () => {
  it('finds a mobile number with or without separators, and an ID number with a valid date and check digit', () => {
    for (const text of holding) expect(containsRawIdentifier(text), text).toBe(true);
  });

  it('does not take an ID-shaped number with a wrong check digit or an impossible birth date for one', () => {
    for (const text of [
      '身份证310101199001011235',
      '身份证31010119900101123X',
      '身份证310104199002301232', // 30 February, with the right check digit
      '身份证310104209901011235', // born in 2099, with the right check digit
      '110101189001011238 / 310101199001011235', // born in 1890, and one with a wrong check digit
    ])
      expect(containsRawIdentifier(text), text).toBe(false);
  });

  it('keeps ids whose digits are part of a longer run or of a hexadecimal word', () => {
    for (const id of [
      'E20250501123456789012',
      '12345678901234567890',
      'O1381234567890',
      'order 138123456789',
      '139-87654329-1',
      'D139-20250501-3-7',
      'eleme_rd_0000139',
      'abc13812345678',
      'psn_0a13812345678bcdef0123456789abcd',
      '550e8400-e29b-41d4-a716-138123456789',
      '231484989.0',
      'B03404',
      '2025-05-01 13:45:00',
    ])
      expect(containsRawIdentifier(id), id).toBe(false);
  });

  it('never finds one in a pseudonym, a UUID or an id of the simulator', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{32}$/);
    fc.assert(fc.property(hex, (h) => !containsRawIdentifier(`psn_${h}`) && !containsRawIdentifier(h)));
    fc.assert(fc.property(fc.uuid(), (u) => !containsRawIdentifier(u)));
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(
        fc.constantFrom('D', 'jt-P', 'didi-T', 'huolala-F'),
        fc.nat(99_999_999),
        day,
        fc.nat(20),
        fc.nat(60),
        (prefix, worker, d, s, k) => {
          const ymd = d.toISOString().slice(0, 10).replaceAll('-', '');
          return !containsRawIdentifier(`${prefix}${worker}-${ymd}-${s}-${k}`);
        },
      ),
    );
  });
});

describe('masking numbers in what an error quotes', () => {
  it('keeps the first 3 and last 2 digits of each number in a text', () => {
    expect(maskIdentifiers('13987654322')).toBe('139******22');
    expect(maskIdentifiers('138-1234-5678')).toBe('138********78');
    expect(maskIdentifiers('张三 139-8765-4329')).toBe('张三 139******29');
    expect(maskIdentifiers('rider-13812345670')).toBe('rider-138******70');
    expect(maskIdentifiers('身份证310101199001011234')).toBe('身份证310*************34');
    expect(maskIdentifiers('13812345678/13912345678/13712345678')).toBe(
      '138******78/139******78/137******78',
    );
    expect(maskIdentifiers('pay=13987654322.50')).toBe('pay=139******22.50');
  });

  it('masks every number it would refuse, and numbers too close to one to show, and nothing else', () => {
    for (const text of holding) {
      const masked = maskIdentifiers(text);
      expect(containsRawIdentifier(masked), `${text} → ${masked}`).toBe(false);
      expect(masked, text).toContain('*');
      expect(maskIdentifiers(masked), text).toBe(masked);
    }
    expect(maskIdentifiers('身份证310101199001011235')).toBe('身份证310*************35');
    expect(maskIdentifiers('abc13812345678')).toBe('abc138******78');
    for (const text of ['E20250501123456789012', 'D139-20250501-3-7', '2025-05-01 13:45:00', '[0, 4]'])
      expect(maskIdentifiers(text)).toBe(text);
    expect(maskIdentifiers(null)).toBeNull();
  });
});
