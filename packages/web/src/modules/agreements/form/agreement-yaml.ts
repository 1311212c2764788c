import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { agreementCoverageOf, type AgreementCoverage } from '@gigpact/contracts';
import type { Clause } from '../clause';

/** The parts of an agreement the form reads: its clauses and its scope. */
export interface AgreementShape {
  industry?: string;
  platform?: string | string[];
  scope?: { districts?: string[]; rider_types?: string[]; franchisees?: string[] };
  clauses: Clause[];
}

/** The platforms and scope as the form edits them: the agreement's coverage. */
export type ScopeForm = AgreementCoverage;

const parse = (source: string): Document => {
  const doc = parseDocument(source);
  if (doc.errors[0]) throw new Error(doc.errors[0].message);
  return doc;
};

/** The agreement a text holds, or undefined when it is not readable YAML with a list of clauses. */
export function readShape(source: string): AgreementShape | undefined {
  try {
    const data = parse(source).toJS() as AgreementShape | null;
    return data && Array.isArray(data.clauses) ? data : undefined;
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const print = (doc: Document) => doc.toString({ lineWidth: 0 });

/** Sets the keys of the map at `path` to `values`, touching only what changed so comments elsewhere stay. */
function setMap(doc: Document, path: (string | number)[], values: Record<string, unknown>): void {
  const node = doc.getIn(path, true);
  if (!isMap(node)) {
    doc.setIn(path, doc.createNode(values));
    return;
  }
  const before = (node.toJSON() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(before)) if (!(key in values)) node.delete(key);
  for (const [key, value] of Object.entries(values))
    if (!same(before[key], value)) node.set(key, doc.createNode(value));
}

/** The text with the clause at `index` replaced (or appended when `index` is undefined). */
export function writeClause(source: string, index: number | undefined, clause: Clause): string {
  const doc = parse(source);
  const clauses = doc.get('clauses', true);
  if (index === undefined || !isSeq(clauses) || index >= clauses.items.length) {
    if (isSeq(clauses)) {
      // An empty list is written `[]`; with clauses in it, one block per clause.
      if (clauses.items.length === 0) clauses.flow = false;
      clauses.items.push(doc.createNode(clause));
    } else doc.set('clauses', doc.createNode([clause]));
  } else {
    setMap(doc, ['clauses', index], clause as unknown as Record<string, unknown>);
  }
  return print(doc);
}

export function removeClause(source: string, index: number): string {
  const doc = parse(source);
  doc.deleteIn(['clauses', index]);
  return print(doc);
}

export function scopeOf(shape: AgreementShape): ScopeForm {
  return agreementCoverageOf(shape);
}

/** The text with the agreement's platforms and scope (districts, rider types, franchisees) set; empty ones left out. */
export function writeScope(source: string, scope: ScopeForm): string {
  const doc = parse(source);
  const current = (doc.toJS() ?? {}) as AgreementShape;
  const platform = scope.platforms.length === 1 ? scope.platforms[0] : scope.platforms;
  if (scope.platforms.length === 0) doc.delete('platform');
  else if (!same(current.platform, platform)) doc.set('platform', doc.createNode(platform));
  const next: Record<string, string[]> = {};
  if (scope.districts.length) next.districts = scope.districts;
  if (scope.riderTypes.length) next.rider_types = scope.riderTypes;
  if (scope.franchisees.length) next.franchisees = scope.franchisees;
  if (Object.keys(next).length === 0) doc.delete('scope');
  else setMap(doc, ['scope'], next);
  return print(doc);
}

/** What a new agreement starts from before its clauses: the agreement format's required fields and its parties. */
export interface AgreementHeader {
  id: string;
  title: string;
  titleEn?: string;
  industry: string;
  platforms: string[];
  effectiveFrom: string;
  parties: { name: string; role: string }[];
}

/** The text of a new draft agreement with the header's fields and no clauses yet (the clause form adds them). */
export function newAgreementSource(header: AgreementHeader): string {
  const platform = header.platforms.length === 1 ? header.platforms[0] : header.platforms;
  const data: Record<string, unknown> = {
    id: header.id.trim(),
    title: header.title.trim(),
    ...(header.titleEn?.trim() ? { title_en: header.titleEn.trim() } : {}),
    industry: header.industry,
    ...(header.platforms.length ? { platform } : {}),
    effective_from: header.effectiveFrom,
    status: 'draft',
    ...(header.parties.length
      ? { parties: header.parties.map((p) => ({ name: p.name.trim(), role: p.role })) }
      : {}),
    clauses: [],
  };
  return print(new Document(data));
}
