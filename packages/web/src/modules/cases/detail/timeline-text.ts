import {
  canonicalDatasets,
  caseSourceNames,
  deadlineKindNames,
  letterKindNames,
  mediationStatusNames,
  outcomeKindNames,
  type CaseDetail,
  type DatasetKind,
  type Language,
} from '@gigpact/contracts';
import { localized } from '../../../i18n/localized';
import { formatYuan, officeName } from '../labels';

type Event = CaseDetail['timeline'][number];
type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What a timeline step says: a sentence made from its stored details, and the text a person wrote, kept as is. */
export interface EventText {
  summary: string | null;
  note: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const has = <K extends string>(names: Record<K, unknown>, key: unknown): key is K =>
  typeof key === 'string' && Object.hasOwn(names, key);

// Older steps kept some details only in their (Chinese) note; these read them back.
const letterKindFromZh = (name: string | undefined) =>
  (Object.keys(letterKindNames) as (keyof typeof letterKindNames)[]).find(
    (k) => letterKindNames[k].zh === name,
  );

/** Renders a step in the reader's language from its kind and details; free text written by a person is kept. */
export function eventText(e: Event, language: Language, t: Translate): EventText {
  const d = e.details ?? {};
  const key = (name: string) => `cases.timeline.details.${name}`;
  const generated = (summary: string | null): EventText =>
    summary === null ? { summary: null, note: e.note } : { summary, note: null };
  switch (e.kind) {
    case 'intake': {
      if (!has(caseSourceNames, d.source)) return { summary: null, note: e.note };
      const values = {
        source: localized(caseSourceNames[d.source], language),
        office: text(d.office) ? officeName(d.office as string, language) : '—',
      };
      const summary =
        typeof d.findings === 'number'
          ? t(key('intakeFindings'), { ...values, count: d.findings })
          : t(key('intake'), values);
      return { summary, note: e.note };
    }
    case 'assignment': {
      const from = text(d.from);
      const to = text(d.to);
      return {
        summary:
          from && to
            ? t(key('assignment'), { from: officeName(from, language), to: officeName(to, language) })
            : null,
        note: e.note,
      };
    }
    case 'escalation': {
      const to = text(d.to) ?? e.note?.match(/escalated to (\S+)$/)?.[1] ?? null;
      if (!to || !has(deadlineKindNames, d.kind) || !text(d.dueOn)) return generated(null);
      return generated(
        t(key('escalation'), {
          deadline: localized(deadlineKindNames[d.kind], language),
          dueOn: d.dueOn,
          office: officeName(to, language),
        }),
      );
    }
    case 'letter': {
      const number = text(d.number) ?? e.note?.split(' ').at(-1) ?? null;
      if (!number || !has(letterKindNames, d.kind)) return generated(null);
      const values = { kind: localized(letterKindNames[d.kind], language), number };
      return generated(
        text(d.responseDueOn)
          ? t(key('letterDue'), { ...values, dueOn: d.responseDueOn })
          : t(key('letter'), values),
      );
    }
    case 'letter_response': {
      const [kindZh, numberInNote] = e.note?.split(' ') ?? [];
      const kind = has(letterKindNames, d.kind) ? d.kind : letterKindFromZh(kindZh);
      const number = text(d.number) ?? numberInNote ?? null;
      if (!kind || !number || !text(d.respondedOn)) return generated(null);
      return generated(
        t(key(d.late === true ? 'letterResponseLate' : 'letterResponse'), {
          kind: localized(letterKindNames[kind], language),
          number,
          respondedOn: d.respondedOn,
        }),
      );
    }
    case 'outcome': {
      if (!has(outcomeKindNames, d.outcome)) return generated(null);
      const authority = text(d.authority) ?? e.note?.match(/（(.*)）$/)?.[1] ?? '—';
      const values = {
        kind: localized(outcomeKindNames[d.outcome], language),
        authority,
        decidedOn: text(d.decidedOn) ?? '—',
      };
      return generated(
        text(d.amount)
          ? t(key('outcomeAmount'), { ...values, amount: formatYuan(d.amount as string) })
          : t(key('outcome'), values),
      );
    }
    case 'mediation_outcome': {
      if (!has(mediationStatusNames, d.status)) return generated(null);
      const number = text(d.number) ?? e.note?.split(':')[0] ?? '—';
      const status = localized(mediationStatusNames[d.status], language);
      const amount = text(d.amountRecovered);
      return generated(
        amount && Number(amount) > 0
          ? t(key('mediationOutcomeAmount'), { number, status, amount: formatYuan(amount) })
          : t(key('mediationOutcome'), { number, status }),
      );
    }
    case 'arbitration_handoff': {
      const number = text(d.number);
      const body = text(d.arbitrationBody);
      if (!number || !body) return generated(null);
      return generated(
        t(key('arbitrationHandoff'), { number, body, handedOffOn: text(d.handedOffOn) ?? '—' }),
      );
    }
    case 'campaign_inspection': {
      const campaign = text(d.campaignTitle);
      const target = text(d.targetName);
      if (!campaign || !target) return generated(null);
      return generated(
        t(key('campaignInspection'), { campaign, target, checkedOn: text(d.checkedOn) ?? '—' }),
      );
    }
    default:
      return { summary: null, note: e.note };
  }
}

/** A dataset's name in the reader's language (`delivery_orders` → 外卖订单); an unknown key as it is. */
export function datasetName(dataset: string, language: Language): string {
  return has(canonicalDatasets, dataset)
    ? localized(canonicalDatasets[dataset as DatasetKind], language)
    : dataset;
}
