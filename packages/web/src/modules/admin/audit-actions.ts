/**
 * Every action the server writes to the audit log, grouped by area of work. The filter offers them in this order;
 * their names are under `auditActions.` (dots in the code become underscores) and the areas under `auditAreas.`.
 */
export const auditActionGroups = {
  session: ['session.login', 'session.login_failed', 'session.logout'],
  users: [
    'user.create',
    'user.update',
    'user.list',
    'user.password_change',
    'user.password_change_failed',
    'user.password_reset',
    'user.unlock',
  ],
  registry: [
    'platform.create',
    'platform.update',
    'enterprise.create',
    'enterprise.update',
    'enterprise.export',
    'organisation.contact_view',
    'member.list',
    'registry.import_enterprises',
    'registry.import_members',
  ],
  datasets: ['dataset.upload', 'dataset.download_rejected'],
  agreements: [
    'agreement.save',
    'agreement.status',
    'negotiation.create',
    'negotiation.read',
    'negotiation.update',
    'negotiation.follow_up',
  ],
  audits: [
    'audit.run.start',
    'audit.run.cancel',
    'audit.findings.read',
    'audit.findings.export',
    'audit.finding.read',
    'audit.finding.confirm',
    'audit.finding.dispute',
    'audit.finding.rectify',
    'audit.finding.dismiss',
    'audit.finding.reopen',
    'audit.findings.open_case',
  ],
  cases: [
    'case.complaint',
    'case.hotline',
    'case.from_findings',
    'case.view_personal',
    'case.assign',
    'case.transition',
    'case.refer',
    'case.outcome',
    'case.attach',
    'case.attachment_download',
    'case.attachment_download_refused',
    'case.export',
    'case.evidence_export',
  ],
  supervision: [
    'letter.issue',
    'letter.response',
    'letter.export',
    'letter.export_refused',
    'campaign.create',
    'campaign.inspect',
    'campaign.report',
  ],
  mediation: [
    'mediation.request',
    'mediation.view_personal',
    'mediation.session',
    'mediation.outcome',
    'mediation.small_claim',
    'mediation.agreement_export',
    'mediation.handoff_export',
    'mediation.centre_create',
    'mediation.centre_mediator',
  ],
  governance: ['governance.scenario.create', 'governance.scenario.cancel', 'governance.scorecard.reply'],
} as const satisfies Record<string, readonly string[]>;

export type AuditArea = keyof typeof auditActionGroups;

/** The i18n key naming an action; i18next reads dots as nesting, so they become underscores. */
export function auditActionKey(action: string): string {
  return `auditActions.${action.replaceAll('.', '_')}`;
}

export const knownAuditActions: readonly string[] = Object.values(auditActionGroups).flat();
