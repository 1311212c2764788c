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

/** SQL: an identifier shown in an error without giving it away: first 3 and last 2 characters kept. */
export function maskedIdentifierSql(v: string): string {
  return `CASE WHEN ${looksLikeIdentifierSql(v)}
    THEN left(${v}, 3) || repeat('*', length(${v}) - 5) || right(${v}, 2) ELSE ${v} END`;
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
