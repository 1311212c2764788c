import { createHash, createHmac } from 'node:crypto';
import { sqlString } from '../duck/session';

/**
 * Policy (see docs/datasets.md): a worker id that is a mainland mobile number (optionally +86) or an 18-character
 * resident ID number is replaced at ingest by `psn_` + the first 32 hex digits of HMAC-SHA256(key, normalised
 * id). Ids that are already opaque are kept. The same person gets the same pseudonym across datasets as long as
 * the key is the same, so rosters and orders still join.
 */
export const rawIdentifierPattern = String.raw`(\+?86[- ]?)?1[3-9]\d{9}|\d{17}[\dXx]`;

/**
 * SQL: does text `v` look like a raw identifier? The length test (11–18 characters covers every form above) and
 * the first character (`+` or an ASCII digit, code points 43–57, a superset) settle almost every value before the
 * regular expression runs.
 */
export function looksLikeIdentifierSql(v: string): string {
  return `(length(${v}) BETWEEN 11 AND 18 AND ascii(${v}) BETWEEN 43 AND 57 AND regexp_full_match(${v}, '${rawIdentifierPattern}'))`;
}

/** Header names that announce raw personal identifiers; such a column is refused unless the user maps it. */
const personalHeader = /phone|mobile|tel(ephone)?$|手机|电话|身份证|证件|id_?card|id_?no|id_?number|ssn/i;

export function looksLikePersonalHeader(name: string): boolean {
  return personalHeader.test(name);
}

/** The identifier in the form that is hashed: digits only for phones, upper-case X for ID cards. */
export function normaliseIdentifierSql(v: string): string {
  return `CASE WHEN length(${v}) = 18 AND regexp_full_match(${v}, '\\d{17}[\\dXx]') THEN upper(${v})
    ELSE right(regexp_replace(${v}, '[^0-9]', '', 'g'), 11) END`;
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

/** The same pseudonym computed in JavaScript, for tests and for single values (a worker looking up their own). */
export function pseudonymOf(key: string, identifier: string): string {
  const normalised =
    identifier.length === 18 && /^\d{17}[\dXx]$/.test(identifier)
      ? identifier.toUpperCase()
      : identifier.replace(/[^0-9]/g, '').slice(-11);
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
