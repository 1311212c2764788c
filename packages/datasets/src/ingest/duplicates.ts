import type { DatasetSpec } from '@gigpact/contracts';
import { sqlIdent, sqlString, type DuckSession } from '../duck/session';
import { uniqueKeyOf } from '../validation/relations';
import { typedExpr } from '../validation/typed-sql';
import type { Source } from './load-source';
import { storedDistrictSql } from './district-names';
import { copiedFrom, type Mapping } from './mapping';
import { identifierKeySql, maskIdentifiersSql } from './personal-data';

/**
 * Rows sharing their dataset's natural key (`naturalKeys`), compared as they are stored: a worker id as the person
 * it names (`138-1234-5678` and `13812345678` are one courier, as their pseudonyms are), a district by its name.
 */
export class DuplicateKeys {
  readonly key: readonly string[];
  /** The dataset's id column (an order or parcel id), named alone in the error; else the whole key is. */
  private readonly id: string | undefined;

  constructor(
    private readonly spec: DatasetSpec,
    present: ReadonlySet<string>,
  ) {
    const key = uniqueKeyOf(spec);
    this.key = key.every((k) => present.has(k)) ? key : [];
    this.id = spec.columns.find((c) => c.key)?.name;
  }

  /** SQL of key column `k`'s value as it is stored, from its typed value `typed`. */
  private value(k: string, typed: string): string {
    if (k === this.spec.workerColumn) return identifierKeySql(typed);
    return k === 'district' ? storedDistrictSql(typed) : typed;
  }

  private match(a: string, b: string): string {
    return this.key.map((k, i) => `${this.value(k, `${a}.${sqlIdent(k)}`)} = ${b}._k${i}`).join(' AND ');
  }

  /** Table `dup_keys(_k…, first_rid)` and `dups(rid, first_rid, needs_raw)`: every later row of a repeated key. */
  async find(db: DuckSession): Promise<void> {
    if (this.key.length === 0) {
      await db.run('CREATE TABLE dup_keys (first_rid BIGINT)');
      await db.run('CREATE TABLE dups (rid BIGINT, first_rid BIGINT, needs_raw BOOLEAN)');
      return;
    }
    const values = this.key.map((k, i) => `${this.value(k, sqlIdent(k))} AS _k${i}`);
    await db.run(`CREATE TABLE dup_keys AS SELECT ${values.join(', ')}, min(rowid) AS first_rid FROM vt
      WHERE NOT _skip AND ${this.key.map((k) => `${sqlIdent(k)} IS NOT NULL`).join(' AND ')}
      GROUP BY ALL HAVING count(*) > 1`);
    await db.run(`CREATE TABLE dups AS SELECT v.rowid AS rid, d.first_rid, v._raw IS NULL AS needs_raw
      FROM vt v JOIN dup_keys d ON ${this.match('v', 'd')} AND v.rowid > d.first_rid`);
  }

  /**
   * A later duplicate can be a perfectly valid row, so the scan kept no text of it. The file is read once more for
   * just the rows of a repeated key; the k-th such row of a key in the file is the k-th in `vt`.
   */
  async recoverText(
    db: DuckSession,
    source: Source,
    mapping: Mapping,
    scan: { skip: string; raw: string; fileCols: string[]; timeZone: string },
  ): Promise<void> {
    if (this.key.length === 0) return;
    if (Number(await db.value<bigint>('SELECT count(*) FROM dups WHERE needs_raw')) === 0) return;
    const typed = this.key.map((k) => {
      const column = this.spec.columns.find((c) => c.name === k)!;
      return `${typedExpr(column, mapping.exprs.get(k)!, scan.timeZone)} AS ${sqlIdent(k)}`;
    });
    const keyCols = this.key.map((_, i) => `_k${i}`).join(', ');
    const values = this.key.map((k, i) => `${this.value(k, sqlIdent(k))} AS _k${i}`);
    await db.run(`CREATE TABLE dup_text AS SELECT ${keyCols}, _raw FROM (
        SELECT ${values.join(', ')}, ${scan.raw} AS _raw, _skip FROM (
          SELECT ${typed.join(', ')}, ${scan.skip} AS _skip, ${scan.fileCols.join(', ')}
          FROM ${source.from('again')})) x
      WHERE NOT _skip AND EXISTS (SELECT 1 FROM dup_keys d WHERE ${this.key.map((_, i) => `d._k${i} = x._k${i}`).join(' AND ')})`);
    const order = (id: string) => `row_number() OVER (PARTITION BY ${keyCols} ORDER BY ${id})`;
    await db.run(`INSERT INTO held
      SELECT v.rid, t._raw FROM
        (SELECT v.rid, ${keyCols}, ${order('v.rid')} AS k FROM
          (SELECT v.rowid AS rid, ${values.join(', ')} FROM vt v
           WHERE NOT v._skip AND EXISTS (SELECT 1 FROM dup_keys d WHERE ${this.match('v', 'd')})) v) v
      JOIN (SELECT t.*, ${order('t.rowid')} AS k FROM dup_text t) t
        ON ${this.key.map((_, i) => `v._k${i} = t._k${i}`).join(' AND ')} AND v.k = t.k
      WHERE v.rid IN (SELECT rid FROM dups WHERE needs_raw)`);
  }

  /**
   * Adds to table `issues` one error per later duplicate, naming the line of the first. When an adapter copies the
   * id from one of the export's columns (`copiedFrom`), the error names that column and quotes the id as the file
   * has it (`231484989.0`, not the stored `231484989`).
   */
  async report(db: DuckSession, source: Source, mapping: Mapping): Promise<void> {
    if (this.key.length === 0) return;
    const exported = this.id === undefined ? undefined : copiedFrom(mapping.sources.get(this.id));
    const shown = (k: string) => {
      const text = `CAST(v.${sqlIdent(k)} AS VARCHAR)`;
      const value =
        exported !== undefined && k === this.id
          ? `coalesce(nullif(trim(h._raw[${source.columns.indexOf(exported) + 1}]), ''), ${text})`
          : text;
      // Each part of a key masked as a value of its own, so that a worker's number keeps the form of a whole masked
      // value (`F1, 138********78, 2025-10`); the joined text is masked again where the error leaves the ingest.
      return maskIdentifiersSql(value);
    };
    const [column, value, code] = this.id
      ? [exported ?? this.id, shown(this.id), 'duplicate_id']
      : [this.key.join(', '), `concat_ws(', ', ${this.key.map(shown).join(', ')})`, 'duplicate_key'];
    await db.run(`INSERT INTO issues SELECT d.rid, ${sqlString(column)}, ${value},
        '${code}', CAST(p._line AS VARCHAR)
      FROM dups d JOIN vt v ON v.rowid = d.rid JOIN positions p ON p.rid = d.first_rid
        LEFT JOIN held h ON h.rid = d.rid`);
  }
}
