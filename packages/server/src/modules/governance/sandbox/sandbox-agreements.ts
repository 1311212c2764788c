import { agreementCoverageOf, type SandboxAgreementView } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { listAgreements } from '../../agreements/agreements.repository';
import { agreementVisibleTo } from '../../agreements/policies';
import { defaultReplayPeriod } from './replay-period';
import { agreementWithinDistrict, districtOfArea } from './scenario-area';
import { storedDaysOf, storedPeriods } from './stored-days';

/**
 * The agreements an officer may run a scenario on: every status, drafts and agreements under negotiation
 * included — the negotiating table is where they matter — as the agreements module shows them to the reader
 * (`agreementVisibleTo`). A district officer's only those that bind rows of their district (an agreement that
 * names other districts checks none there). Each with its stored data and the period a scenario replays when none
 * is asked for.
 */
export async function listSandboxAgreements(db: Database, actor: Actor): Promise<SandboxAgreementView[]> {
  const rows = await listAgreements(db);
  const periods = await storedPeriods(db);
  const district = districtOfArea(actor.area);
  return rows
    .filter(({ agreement }) => agreementVisibleTo(actor, agreement))
    .filter(({ version }) => agreementWithinDistrict(version.document, district?.zh ?? null) !== null)
    .map(({ agreement, version }) => {
      const effectiveTo = version.document.effective_to ? String(version.document.effective_to) : null;
      const stored = storedDaysOf(periods, {
        industry: agreement.industry,
        platforms: agreementCoverageOf(version.document).platforms,
      });
      return {
        id: agreement.id,
        title: agreement.title,
        titleEn: agreement.titleEn,
        industry: agreement.industry,
        status: agreement.status,
        effectiveFrom: agreement.effectiveFrom,
        effectiveTo,
        data: stored,
        defaultPeriod: defaultReplayPeriod(
          { status: agreement.status, effectiveFrom: agreement.effectiveFrom, effectiveTo },
          stored,
        ),
      };
    });
}
