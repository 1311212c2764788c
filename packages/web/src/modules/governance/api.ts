import type {
  CreateScenarioInput,
  EvaluationView,
  GovernanceAgreementView,
  InferenceView,
  ScenarioView,
  PublicScorecardListView,
  ScorecardListView,
  ScorecardReplyInput,
  ScorecardReplyView,
} from '@gigpact/contracts';
import { api } from '../../api/client';

export const governanceKeys = {
  agreements: ['governance', 'agreements'] as const,
  evaluation: (id: string, metric?: string) => ['governance', 'evaluation', id, metric ?? 'all'] as const,
  inference: (industry: string, platform?: string) =>
    ['governance', 'inference', industry, platform ?? 'all'] as const,
  scenarios: (agreementId?: string) => ['governance', 'scenarios', agreementId ?? 'all'] as const,
  scenario: (id: string) => ['governance', 'scenario', id] as const,
  scorecards: ['governance', 'scorecards'] as const,
  publicScorecards: ['public', 'scorecards'] as const,
};

export function listGovernanceAgreements(): Promise<{ items: GovernanceAgreementView[] }> {
  return api.request('/api/governance/agreements');
}

export function getEvaluation(id: string, metric?: string): Promise<EvaluationView> {
  return api.request(`/api/governance/agreements/${encodeURIComponent(id)}/evaluation`, {
    query: { metric, replicates: 200 },
  });
}

export function getInference(industry: string, platform?: string): Promise<InferenceView> {
  return api.request('/api/governance/inference', { query: { industry, platform } });
}

export function listScenarios(agreementId?: string): Promise<{ items: ScenarioView[] }> {
  return api.request('/api/governance/scenarios', { query: { agreementId } });
}

export function getScenario(id: string): Promise<ScenarioView> {
  return api.request(`/api/governance/scenarios/${id}`);
}

export function createScenario(input: CreateScenarioInput): Promise<ScenarioView> {
  return api.request('/api/governance/scenarios', { method: 'POST', body: input });
}

export function cancelScenario(id: string): Promise<ScenarioView> {
  return api.request(`/api/governance/scenarios/${id}/cancel`, { method: 'POST', body: {} });
}

export function listScorecards(): Promise<ScorecardListView> {
  return api.request('/api/governance/scorecards');
}

export function listPublicScorecards(): Promise<PublicScorecardListView> {
  return api.request('/api/public/scorecards');
}

export function replyToScorecard(platform: string, input: ScorecardReplyInput): Promise<ScorecardReplyView> {
  return api.request(`/api/governance/scorecards/${platform}/replies`, { method: 'POST', body: input });
}
