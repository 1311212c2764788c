import { isDeepStrictEqual } from 'node:util';
import { RuleError } from '../errors';
import { describeLoweredStandard, loweredStandards } from './standard';
import type { Agreement, Clause } from './types';

export type AgreementChange =
  | { kind: 'field'; field: string; before: unknown; after: unknown }
  | { kind: 'clause_added'; clauseId: string; after: Clause }
  | { kind: 'clause_removed'; clauseId: string; before: Clause }
  | { kind: 'clause_changed'; clauseId: string; field: string; before: unknown; after: unknown };

const agreementFields = [
  'title',
  'title_en',
  'industry',
  'platform',
  'effective_from',
  'effective_to',
  'signed_on',
  'version',
  'status',
  'parties',
  'scope',
  'parent',
  'sources',
] as const;
const clauseFields = ['title', 'text', 'rule', 'check', 'sources', 'param_sources'] as const;

/**
 * What changed between two versions of an agreement, clause by clause and parameter by parameter: the record a
 * negotiation keeps of each amendment.
 */
export function diffAgreements(before: Agreement, after: Agreement): AgreementChange[] {
  const changes: AgreementChange[] = [];
  for (const field of agreementFields)
    if (!isDeepStrictEqual(before[field], after[field]))
      changes.push({ kind: 'field', field, before: before[field], after: after[field] });
  const old = new Map(before.clauses.map((c) => [c.id, c]));
  const next = new Map(after.clauses.map((c) => [c.id, c]));
  for (const [id, clause] of old)
    if (!next.has(id)) changes.push({ kind: 'clause_removed', clauseId: id, before: clause });
  for (const [id, clause] of next) {
    const prior = old.get(id);
    if (!prior) {
      changes.push({ kind: 'clause_added', clauseId: id, after: clause });
      continue;
    }
    for (const field of clauseFields)
      if (!isDeepStrictEqual(prior[field], clause[field]))
        changes.push({
          kind: 'clause_changed',
          clauseId: id,
          field,
          before: prior[field],
          after: clause[field],
        });
    const names = new Set([...Object.keys(prior.params ?? {}), ...Object.keys(clause.params ?? {})]);
    for (const name of names) {
      const a = prior.params?.[name];
      const b = clause.params?.[name];
      if (!isDeepStrictEqual(a, b))
        changes.push({ kind: 'clause_changed', clauseId: id, field: `params.${name}`, before: a, after: b });
    }
  }
  return changes;
}

/**
 * The clauses that bind under a secondary (franchisee) agreement: the brand agreement's clauses, each replaced
 * by the franchisee clause of the same id when there is one, plus the franchisee's own clauses of new ids. A
 * franchisee clause may replace a brand clause only keeping its rule and raising its standard
 * (`loweredStandards`); one that does not is refused with a RuleError, never applied in the brand's place.
 * The coverage (platforms, scope, dates) under which they bind is `secondaryInForce`'s.
 */
export function clausesInForce(agreement: Agreement, parent: Agreement | undefined): Clause[] {
  if (!parent) return agreement.clauses;
  if (agreement.parent !== parent.id) throw new Error(`${agreement.id} is not under ${parent.id}`);
  const [lowered] = loweredStandards(agreement, parent);
  if (lowered) {
    const { zh, en } = describeLoweredStandard(lowered, parent.id);
    throw new RuleError(zh, en, { path: lowered.path, clause: lowered.clauseId });
  }
  return replacedClauses(agreement, parent);
}

/**
 * The brand agreement's clauses, each replaced by the secondary agreement's clause of the same id, then the
 * secondary's own clauses of new ids — unchecked: for a caller that has refused every lowered standard already.
 */
export function replacedClauses(agreement: Agreement, parent: Agreement): Clause[] {
  const own = new Map(agreement.clauses.map((c) => [c.id, c]));
  return [
    ...parent.clauses.map((c) => own.get(c.id) ?? c),
    ...agreement.clauses.filter((c) => !parent.clauses.some((p) => p.id === c.id)),
  ];
}
