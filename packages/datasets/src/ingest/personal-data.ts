import { createHash, createHmac } from 'node:crypto';
import { sqlString } from '../duck/session';

/**
 * Policy (see docs/datasets.md): a worker id that is a mainland mobile number (optionally +86) or an 18-character
 * resident ID number is replaced at ingest by `psn_` + the first 32 hex digits of HMAC-SHA256(key, normalised
 * id). Ids that are already opaque are kept. The same person gets the same pseudonym across datasets as long as
 * the key is the same, so rosters and orders still join.
 *
 * Numbers are recognised however they are written: full-width digits (１３８…), spaces (also no-break and
 * full-width), hyphens and dashes, dots and brackets between the digits, and a +86, 86 or 0086 prefix.
 */
export const rawIdentifierPattern = String.raw`((00|\+)?86)?1[3-9]\d{9}|\d{17}[\dX]`;

/** Characters written between the digits of a number: spaces of every width, hyphens and dashes, dots, brackets. */
const separators = String.raw`[\s\x{00A0}\x{3000}\-\x{2010}-\x{2015}\x{FF0D}.()\x{FF08}\x{FF09}]`;
const fullWidth = '０１２３４５６７８９＋ｘＸ';
const halfWidth = '0123456789+XX';

/** SQL: the text `v` as a number is compared: ASCII digits, upper-case X, no separators. */
function compactSql(v: string): string {
  return `regexp_replace(translate(upper(${v}), '${fullWidth}', '${halfWidth}'), '${separators}', '', 'g')`;
}

/**
 * SQL: does text `v` look like a raw identifier? The length (11 characters up to an ID number written with
 * spaces and brackets) and the first character (an ASCII digit, `+` or `(`, or a full-width one) settle almost
 * every value before the number is compacted and matched. A CASE, not an AND: DuckDB evaluates both sides of an
 * AND for every row of a projection, and compacting every text value was a third of an ingest.
 */
export function looksLikeIdentifierSql(v: string): string {
  const first = `ascii(${v})`;
  return `(CASE WHEN length(${v}) BETWEEN 11 AND 26 AND (${first} BETWEEN 40 AND 57 OR ${first} BETWEEN 65288 AND 65305)
    THEN regexp_full_match(${compactSql(v)}, '${rawIdentifierPattern}') ELSE false END)`;
}

/** The identifier in the form that is hashed: the last 11 digits of a phone, an ID number with upper-case X. */
export function normaliseIdentifierSql(v: string): string {
  const compact = compactSql(v);
  return `CASE WHEN length(${compact}) = 18 AND regexp_full_match(${compact}, '\\d{17}[\\dX]') THEN ${compact}
    ELSE right(${compact}, 11) END`;
}

/** SQL: a worker id as the person it names, so that two spellings of one phone number are one key. */
export function identifierKeySql(v: string): string {
  return `CASE WHEN ${looksLikeIdentifierSql(v)} THEN ${normaliseIdentifierSql(v)} ELSE ${v} END`;
}

/*
 * Numbers inside a longer text (`张三 139-8765-4329`, `身份证310101199001011234`, `rider-13812345670`). A whole
 * value that is a number is recognised above (and a worker id's is pseudonymised); inside a text a number is taken
 * for one only where it stands on its own, so that the ids platforms really use are not refused:
 * - a mobile number is `1[3-9]` and 9 more digits, written plain or in groups of 3-4-4 split by a space, hyphen or
 *   dot (both splits or none: `D139-20250501-3` is an order id, not a phone), after an optional +86/0086/86/(+86);
 * - an ID number is 17 digits and a digit or X, plain or split 6-8-4, whose date of birth is a real date from
 *   1900 to today and whose last character is the GB 11643 check digit of the others;
 * - neither is part of a longer run of digits (`E20250501123456789012`, a 20-digit number); a phone is moreover not
 *   a piece of a word that is otherwise hexadecimal (a hash, a UUID, a pseudonym `psn_…`), whose digits can fall
 *   into any shape: one glued to a word with another letter (`rider13812345670`, `tel13812345678`) still counts.
 * Digits may be full-width. Each pattern is used as it is by DuckDB (RE2) and JavaScript: no look-around, no `\s`.
 */

/** A character class of the ASCII digits `spec` (`3-9`, `89`) and their full-width forms. */
function digitClass(spec: string): string {
  return `[${spec}${spec.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}]`;
}

const digit = digitClass('0-9');
/** What may split the groups of a number written inside a text: a space of any width, a hyphen or dash, a dot. */
const groupSeparator = '[ \u00A0\u3000\\-\u2010-\u2015\uFF0D.]';
const phoneCore = `${digitClass('1')}${digitClass('3-9')}${digit}(?:${digit}{8}|${groupSeparator}${digit}{4}${groupSeparator}${digit}{4})`;
const eightySix = `${digitClass('8')}${digitClass('6')}`;
const countryPrefix = `(?:(?:[+\uFF0B]|${digitClass('0')}{2})?${eightySix}|[(\uFF08][+\uFF0B]?${eightySix}[)\uFF09])${groupSeparator}?`;
const phone = `(?:${countryPrefix})?${phoneCore}`;
const word = `[0-9A-Za-z\uFF10-\uFF19]`;
const nonHexLetter = '[G-Zg-z]';
const wordBefore = `(?:^|[^0-9A-Za-z\uFF10-\uFF19])`;
const wordAfter = `(?:[^0-9A-Za-z\uFF10-\uFF19]|$)`;

/**
 * A mobile number standing on its own in a text: a whole word, or glued to letters of a word that has a letter
 * other than a-f (before it, or after it).
 */
const embeddedPhonePattern =
  `${wordBefore}(?:${phone}` +
  `|${word}*${nonHexLetter}(?:${word}*[A-Za-z])?${phone}(?:[A-Za-z]${word}*)?` +
  `|(?:${word}*[A-Za-z])?${phone}(?:${nonHexLetter}|[A-Za-z]${word}*${nonHexLetter})${word}*)${wordAfter}`;

function idShape(separator: string): string {
  const year = `(?:${digitClass('1')}${digitClass('9')}|${digitClass('2')}${digitClass('0')})${digit}{2}`;
  const month = `(?:${digitClass('0')}${digitClass('1-9')}|${digitClass('1')}${digitClass('0-2')})`;
  const day = `(?:${digitClass('0')}${digitClass('1-9')}|${digitClass('12')}${digit}|${digitClass('3')}${digitClass('01')})`;
  return `${digitClass('1-9')}${digit}{5}${separator}${year}${month}${day}${separator}${digit}{3}[0-9\uFF10-\uFF19Xx\uFF38\uFF58]`;
}

/** Something shaped like an ID number, not part of a longer run of digits (its check digit is checked after). */
const idShapePattern = `(?:^|[^0-9\uFF10-\uFF19])(?:${idShape('')}|${idShape(groupSeparator)})(?:[^0-9\uFF10-\uFF19]|$)`;

/**
 * In the text with half-width digits and upper-case X: each run of digits that starts like an ID number, with
 * the digits that follow it (so that a longer run is seen as one, and the next run still has its boundary).
 */
const idCandidatePattern = `(?:^|[^0-9])([0-9]{17}[0-9X][0-9]*|[0-9]{6}${groupSeparator}[0-9]{8}${groupSeparator}[0-9]{3}[0-9X][0-9]*)`;
const checkWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkDigits = '10X98765432';

/** SQL: `c` (one candidate, half-width) is an ID number: 18 characters, a real date of birth, the check digit. */
function validIdSql(c: string): string {
  const id = `regexp_replace(${c}, '${groupSeparator}', '', 'g')`;
  const sum = `list_sum(list_transform(range(17), i -> (ascii(substr(${id}, i + 1, 1)) - 48) * [${checkWeights.join(', ')}][i + 1]))`;
  return `(length(${id}) = 18 AND try_strptime(substr(${id}, 7, 8), '%Y%m%d') BETWEEN TIMESTAMP '1900-01-01' AND current_date
    AND substr('${checkDigits}', CAST(${sum} % 11 AS INTEGER) + 1, 1) = right(${id}, 1))`;
}

/**
 * SQL: does text `v` hold a phone or ID-card number somewhere in it (as a whole or inside)? A value shorter than a
 * phone number is settled by its length; one regular expression settles almost every other value (it costs about
 * 0.1 µs, whatever its size, against 0.01 µs for the length); only a value it flags is looked at again (a phone,
 * or an ID number's check digit).
 */
export function containsIdentifierSql(v: string): string {
  const candidates = `regexp_extract_all(${compactDigitsSql(v)}, '${idCandidatePattern}', 1)`;
  return `(CASE WHEN length(${v}) < 11 THEN false
    WHEN NOT regexp_matches(${v}, '${embeddedPhonePattern}|${idShapePattern}') THEN false
    WHEN regexp_matches(${v}, '${embeddedPhonePattern}') THEN true
    ELSE coalesce(list_bool_or(list_transform(${candidates}, c -> coalesce(${validIdSql('c')}, false))), false) END)`;
}

/** SQL: `v` with full-width digits and X half-width and X upper-case, nothing removed. */
function compactDigitsSql(v: string): string {
  return `translate(upper(${v}), '${fullWidth}', '${halfWidth}')`;
}

/**
 * SQL: a text column's value is a raw phone or ID-card number or holds one: the row is refused. For the worker
 * column (`worker`), a value that is a number as a whole is not refused but pseudonymised; one that holds a number
 * inside a longer id (`rider-13812345670`) is refused, since it cannot be pseudonymised without losing the id.
 */
export function personalValueSql(v: string, worker: boolean): string {
  return `(CASE WHEN ${looksLikeIdentifierSql(v)} THEN ${worker ? 'false' : 'true'} ELSE ${containsIdentifierSql(v)} END)`;
}

/*
 * Masking. Whatever an error quotes (a value, its column, a detail) is shown with every number in it masked, its
 * first 3 and last 2 digits kept. A value that is a number as a whole keeps its length (`138-1234-5678` →
 * `138********78`); a number inside a text becomes `139******29` or `310*************34`, its separators dropped.
 * Masking takes the shapes above and reads them more widely than refusing does: any such number not part of a
 * longer run of digits, glued to letters or not, whatever its check digit. So whatever is refused is masked, and
 * so is a number in an error about something else (`penalty_reason` “13987654322”, a duplicate id).
 */
const notDigit = '[^0-9\uFF10-\uFF19]';
const idLast = '[0-9\uFF10-\uFF19Xx\uFF38\uFF58]';
/** Each shape: a number's first 3 and last 2 digits in groups, the digits between masked. */
const maskShapes: { shape: string; prefixed: boolean; stars: string }[] = [
  {
    shape: `(${digit})(${digit})(${digit})${digit}{13}(${digit})(${idLast})`,
    prefixed: false,
    stars: '*'.repeat(13),
  },
  {
    shape: `(${digit})(${digit})(${digit})${digit}{3}${groupSeparator}${digit}{8}${groupSeparator}${digit}{2}(${digit})(${idLast})`,
    prefixed: false,
    stars: '*'.repeat(13),
  },
  {
    shape: `(${digitClass('1')})(${digitClass('3-9')})(${digit})${digit}{6}(${digit})(${digit})`,
    prefixed: true,
    stars: '*'.repeat(6),
  },
  {
    shape: `(${digitClass('1')})(${digitClass('3-9')})(${digit})${groupSeparator}${digit}{4}${groupSeparator}${digit}{2}(${digit})(${digit})`,
    prefixed: true,
    stars: '*'.repeat(6),
  },
];
/**
 * The masks in the order they are applied, each twice: a match takes the character after its number, so a number
 * right after it is only reached by the second pass. Groups: the character before, the country prefix (phones),
 * the first three digits, the last two, the character after; the stars go in before the last three.
 */
const masks = maskShapes.flatMap(({ shape, prefixed, stars }) => {
  const mask = {
    pattern: `(^|${notDigit})${prefixed ? `((?:${countryPrefix})?)` : ''}${shape}(${notDigit}|$)`,
    groups: prefixed ? 8 : 7,
    stars,
  };
  return [mask, mask];
});

/** SQL: text `v` with every phone and ID-card number in it masked (NULL stays NULL). */
export function maskIdentifiersSql(v: string): string {
  const embedded = masks.reduce((text, { pattern, groups, stars }) => {
    const group = (i: number) => `\\${i}`;
    const kept = Array.from({ length: groups }, (_, i) => group(i + 1));
    const replacement = [...kept.slice(0, -3), stars, ...kept.slice(-3)].join('');
    return `regexp_replace(${text}, '${pattern}', '${replacement}', 'g')`;
  }, v);
  // A number as a whole however written, as `isRawIdentifier` reads it (no quick test first: errors are few).
  return `CASE WHEN regexp_full_match(${compactSql(v)}, '${rawIdentifierPattern}') THEN ${wholeMaskSql(v)}
    ELSE ${embedded} END`;
}

/** SQL: a value that is a number as a whole, masked: first 3 and last 2 characters kept, the others `*`. */
function wholeMaskSql(v: string): string {
  return `left(${v}, 3) || repeat('*', length(${v}) - 5) || right(${v}, 2)`;
}

/** Header names that announce raw personal identifiers; such a column is refused unless the user maps it. */
const personalHeader = /phone|mobile|tel(ephone)?$|手机|电话|身份证|证件|id_?card|id_?no|id_?number|ssn/i;

export function looksLikePersonalHeader(name: string): boolean {
  return personalHeader.test(name);
}

const blockSize = 64;

function paddedKey(key: string): Buffer {
  let bytes = Buffer.from(key, 'utf8');
  if (bytes.length > blockSize) bytes = createHash('sha256').update(bytes).digest();
  const padded = Buffer.alloc(blockSize);
  bytes.copy(padded);
  return padded;
}

/**
 * HMAC-SHA256 written in DuckDB SQL (DuckDB has sha256 but no HMAC): sha256(K ⊕ opad ‖ sha256(K ⊕ ipad ‖ m)).
 * The key never appears in the SQL, only its two padded forms.
 */
export function hmacSql(key: string, message: string): string {
  const k = paddedKey(key);
  const inner = Buffer.from(k.map((b) => b ^ 0x36)).toString('hex');
  const outer = Buffer.from(k.map((b) => b ^ 0x5c)).toString('hex');
  return `sha256(unhex(${sqlString(outer)}) || unhex(sha256(unhex(${sqlString(inner)}) || encode(${message}))))`;
}

export function pseudonymiseSql(key: string, v: string): string {
  return `CASE WHEN ${looksLikeIdentifierSql(v)}
    THEN 'psn_' || left(${hmacSql(key, normaliseIdentifierSql(v))}, 32) ELSE ${v} END`;
}

/** The number as compared: ASCII digits, upper-case X, no separators (the SQL's `compactSql`). */
function compact(identifier: string): string {
  return identifier
    .toUpperCase()
    .replace(/[０-９＋Ｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u3000\-\u2010-\u2015\uff0d.()\uff08\uff09]/g, '');
}

/** Whether a value is a raw phone or ID-card number, however written (as `looksLikeIdentifierSql`). */
export function isRawIdentifier(value: string): boolean {
  return new RegExp(`^(${rawIdentifierPattern})$`).test(compact(value));
}

const embeddedPhone = new RegExp(embeddedPhonePattern);
const idShaped = new RegExp(idShapePattern);

/** In JavaScript, as `containsIdentifierSql`: whether a text is or holds a raw phone or ID-card number. */
export function containsRawIdentifier(value: string): boolean {
  if (isRawIdentifier(value) || embeddedPhone.test(value)) return true;
  if (!idShaped.test(value)) return false;
  const text = value
    .toUpperCase()
    .replace(/[０-９＋Ｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return [...text.matchAll(new RegExp(idCandidatePattern, 'g'))].some((m) => isValidIdNumber(m[1]!));
}

/** `candidate` (half-width, upper-case X, maybe split 6-8-4) is an ID number with a real birth date and check digit. */
function isValidIdNumber(candidate: string): boolean {
  const id = candidate.replace(new RegExp(groupSeparator, 'g'), '');
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const [year, month, day] = [id.slice(6, 10), id.slice(10, 12), id.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ];
  const born = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day) return false;
  if (born.getTime() > Date.now()) return false;
  const sum = checkWeights.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return checkDigits[sum % 11] === id[17];
}

const jsMasks = masks.map(({ pattern, stars }) => ({ pattern: new RegExp(pattern, 'g'), stars }));

/** In JavaScript, as `maskIdentifiersSql`: the text with every phone and ID-card number in it masked. */
export function maskIdentifiers(text: string): string;
export function maskIdentifiers(text: string | null): string | null;
export function maskIdentifiers(text: string | null): string | null {
  if (text === null) return null;
  if (isRawIdentifier(text)) {
    const chars = Array.from(text);
    return chars.slice(0, 3).join('') + '*'.repeat(Math.max(chars.length - 5, 0)) + chars.slice(-2).join('');
  }
  return jsMasks.reduce(
    (masked, { pattern, stars }) =>
      masked.replace(pattern, (_match, ...rest: unknown[]) => {
        const groups = rest.slice(
          0,
          rest.findIndex((r) => typeof r === 'number'),
        ) as string[];
        return [...groups.slice(0, -3), stars, ...groups.slice(-3)].join('');
      }),
    text,
  );
}

/** The same pseudonym computed in JavaScript, for tests and for single values (a worker looking up their own). */
export function pseudonymOf(key: string, identifier: string): string {
  const digits = compact(identifier);
  const normalised = /^\d{17}[\dX]$/.test(digits) ? digits : digits.replace(/[^0-9]/g, '').slice(-11);
  return 'psn_' + createHmac('sha256', key).update(normalised, 'utf8').digest('hex').slice(0, 32);
}

/** A short public fingerprint of the key, so datasets made with different keys get different ids. */
export function keyFingerprint(key: string): string {
  return createHash('sha256')
    .update('gigpact-pseudonym-key\0' + key)
    .digest('hex')
    .slice(0, 16);
}

export const developmentPseudonymKey = 'gigpact-development-key-do-not-use-in-production';
