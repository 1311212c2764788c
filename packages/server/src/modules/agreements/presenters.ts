import type { AgreementSummary } from '@gigpact/contracts';
import type { AgreementRow, AgreementVersionRow } from './schema';

export function presentAgreement(agreement: AgreementRow, version: AgreementVersionRow): AgreementSummary {
  const clauses = version.document.clauses;
  return {
    id: agreement.id,
    title: agreement.title,
    titleEn: agreement.titleEn,
    industry: agreement.industry,
    platforms: agreement.platforms,
    status: agreement.status,
    parentId: agreement.parentId,
    effectiveFrom: agreement.effectiveFrom,
    currentVersion: agreement.currentVersion,
    versionLabel: version.label,
    clauses: clauses.length,
    checkableClauses: clauses.filter((c) => c.rule || c.check).length,
    updatedAt: agreement.updatedAt.toISOString(),
    rowVersion: agreement.rowVersion,
  };
}

export function presentVersion(version: AgreementVersionRow) {
  return {
    number: version.number,
    label: version.label,
    summary: version.summary,
    createdBy: version.createdByName,
    createdAt: version.createdAt.toISOString(),
  };
}

export function presentDetail(agreement: AgreementRow, version: AgreementVersionRow) {
  return {
    ...presentAgreement(agreement, version),
    version: presentVersion(version),
    document: version.document as unknown as Record<string, unknown>,
    source: version.source,
  };
}
