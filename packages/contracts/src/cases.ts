/**
 * Cases, labour-law supervision (一函两书) and mediation: the kinds and states the server and the web client share.
 */
type Names<K extends string> = Record<K, { zh: string; en: string }>;

export const caseTypes = [
  'wage_arrears',
  'penalty_dispute',
  'commission',
  'working_time',
  'injury',
  'deactivation',
  'social_insurance',
  'other',
] as const;
export type CaseType = (typeof caseTypes)[number];
export const caseTypeNames: Names<CaseType> = {
  wage_arrears: { zh: '欠薪', en: 'Wage arrears' },
  penalty_dispute: { zh: '罚款与扣款争议', en: 'Penalty dispute' },
  commission: { zh: '抽成与佣金', en: 'Commission' },
  working_time: { zh: '工作时间与疲劳', en: 'Working time and fatigue' },
  injury: { zh: '职业伤害', en: 'Injury' },
  deactivation: { zh: '封号与停单', en: 'Account deactivation' },
  social_insurance: { zh: '社会保险', en: 'Social insurance' },
  other: { zh: '其他', en: 'Other' },
};

export const caseSources = ['complaint', 'finding', 'hotline'] as const;
export type CaseSource = (typeof caseSources)[number];
export const caseSourceNames: Names<CaseSource> = {
  complaint: { zh: '劳动者投诉', en: "Worker's complaint" },
  finding: { zh: '合规审计发现', en: 'Audit finding' },
  hotline: { zh: '热线登记', en: 'Hotline' },
};

export const caseStatuses = [
  'intake',
  'triage',
  'supervision',
  'mediation',
  'referral',
  'resolution',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseStatusNames: Names<CaseStatus> = {
  intake: { zh: '待受理', en: 'Intake' },
  triage: { zh: '审查分流', en: 'Triage' },
  supervision: { zh: '劳动法律监督', en: 'Supervision' },
  mediation: { zh: '调解', en: 'Mediation' },
  referral: { zh: '移送检察院', en: 'Referred to the procuratorate' },
  resolution: { zh: '整改与办结', en: 'Resolution' },
  closed: { zh: '已结案', en: 'Closed' },
};

/** The workflow: which state may follow which. Reopening a closed case returns it to triage. */
export const caseTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  intake: ['triage', 'closed'],
  triage: ['supervision', 'mediation', 'referral', 'resolution', 'closed'],
  supervision: ['mediation', 'referral', 'resolution'],
  mediation: ['supervision', 'referral', 'resolution'],
  referral: ['supervision', 'resolution'],
  resolution: ['closed', 'supervision'],
  closed: ['triage'],
};

export const partyKinds = ['worker', 'platform', 'franchisee', 'partner'] as const;
export type PartyKind = (typeof partyKinds)[number];

export const letterKinds = ['reminder', 'opinion', 'recommendation'] as const;
export type LetterKind = (typeof letterKinds)[number];
export const letterKindNames: Names<LetterKind> = {
  reminder: { zh: '提示函', en: 'Reminder letter' },
  opinion: { zh: '意见书', en: 'Opinion letter' },
  recommendation: { zh: '建议书', en: 'Recommendation letter' },
};

export const deadlineKinds = ['triage', 'letter_response', 'case_opening', 'rectification'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];
export const deadlineKindNames: Names<DeadlineKind> = {
  triage: { zh: '受理审查', en: 'Triage' },
  letter_response: { zh: '书面答复', en: 'Written answer' },
  case_opening: { zh: '劳动行政部门立案或书面说明', en: 'Labour authority opens a case or explains' },
  rectification: { zh: '整改完成', en: 'Rectification' },
};
export const deadlineStatuses = ['open', 'met', 'overdue'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

export const outcomeKinds = [
  'procuratorial_recommendation',
  'case_filed',
  'administrative_penalty',
  'rectification_ordered',
  'rectified',
  'amount_recovered',
] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];
export const outcomeKindNames: Names<OutcomeKind> = {
  procuratorial_recommendation: { zh: '检察建议', en: 'Procuratorial recommendation' },
  case_filed: { zh: '立案', en: 'Case filed' },
  administrative_penalty: { zh: '行政处理', en: 'Administrative penalty' },
  rectification_ordered: { zh: '责令整改', en: 'Rectification ordered' },
  rectified: { zh: '整改完成', en: 'Rectified' },
  amount_recovered: { zh: '追回款项', en: 'Amount recovered' },
};

export const mediationStatuses = [
  'requested',
  'scheduled',
  'agreed',
  'failed',
  'arbitration',
  'withdrawn',
] as const;
export type MediationStatus = (typeof mediationStatuses)[number];
export const mediationStatusNames: Names<MediationStatus> = {
  requested: { zh: '已申请', en: 'Requested' },
  scheduled: { zh: '调解中', en: 'In mediation' },
  agreed: { zh: '达成协议', en: 'Agreement reached' },
  failed: { zh: '调解不成', en: 'Mediation failed' },
  arbitration: { zh: '已转劳动仲裁', en: 'Handed to labour arbitration' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export const campaignResults = ['pending', 'compliant', 'issues_found'] as const;
export type CampaignResult = (typeof campaignResults)[number];
