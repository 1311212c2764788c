import type { Industry } from '@gigpact/contracts';
import type { ParamValue, RuleSpecInput } from '../spec/rule-spec';
import type { DatedValue } from '../compile/params';

export const agreementStatuses = ['draft', 'negotiating', 'signed', 'in_force', 'superseded'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

export interface Clause {
  id: string;
  title: string;
  title_en?: string;
  text: string;
  text_en?: string;
  /** A library rule id, or absent when the clause carries a custom `check` (or is not machine-checkable). */
  rule?: string;
  params?: Record<string, ParamValue | DatedValue[]>;
  param_sources?: Record<string, string[]>;
  sources?: string[];
  check?: Omit<RuleSpecInput, 'id' | 'industry'> & { id?: string };
}

/** An agreement as loaded and validated (agreement.schema.json). */
export interface Agreement {
  id: string;
  title: string;
  title_en?: string;
  industry: Industry;
  platform?: string | string[];
  effective_from: string;
  effective_to?: string;
  signed_on?: string;
  version?: string;
  status?: AgreementStatus;
  parties?: { name: string; role: string }[];
  /** What the agreement binds besides its platforms: districts, rider types, franchisees (their ids in the data). */
  scope?: { districts?: string[]; rider_types?: string[]; franchisees?: string[] };
  parent?: string;
  sources?: string[];
  amendments?: { version: string; date: string; summary: string }[];
  clauses: Clause[];
}
