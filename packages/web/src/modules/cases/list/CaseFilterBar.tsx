import { Checkbox, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  caseSources,
  caseStatuses,
  caseTypes,
  type CaseSource,
  type CaseStatus,
  type CaseType,
} from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import { districtOptions, streetOptions, useRegions, useUserArea } from '../../registry/scope';
import type { CaseFilters, CaseListQuery } from '../api';
import { sourceLabel, statusLabel, typeLabel } from '../labels';

/** Search and filters of the case list; places only within the user's own area. */
export function CaseFilterBar({
  state,
  onChange,
}: {
  state: CaseListQuery;
  onChange: (change: CaseFilters) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const regions = useRegions();
  const area = useUserArea();
  const districts = regions.data && area ? districtOptions(regions.data, area, language) : [];
  const streets = regions.data && area ? streetOptions(regions.data, area, state.district, language) : [];
  const all = t('cases.list.all');

  return (
    <Flex wrap gap={8} align="center" data-testid="case-filters">
      <Input.Search
        aria-label={t('cases.list.search')}
        placeholder={t('cases.list.search')}
        allowClear
        defaultValue={state.q}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      <Select
        aria-label={t('cases.list.status')}
        style={{ width: 170 }}
        value={state.status ?? (state.state ? `state:${state.state}` : '')}
        onChange={(v: string) =>
          v.startsWith('state:')
            ? onChange({ state: v.slice(6) as 'open' | 'closed', status: undefined })
            : onChange({ status: (v || undefined) as CaseStatus | undefined, state: undefined })
        }
        options={[
          { value: '', label: `${t('cases.list.status')}${t('cases.list.colon')}${all}` },
          { value: 'state:open', label: t('cases.list.openCases') },
          ...caseStatuses.map((s) => ({ value: s, label: statusLabel(s, language) })),
        ]}
      />
      <Select
        aria-label={t('cases.list.type')}
        style={{ width: 160 }}
        value={state.type ?? ''}
        onChange={(v) => onChange({ type: (v || undefined) as CaseType | undefined })}
        options={[
          { value: '', label: `${t('cases.list.type')}${t('cases.list.colon')}${all}` },
          ...caseTypes.map((s) => ({ value: s, label: typeLabel(s, language) })),
        ]}
      />
      <Select
        aria-label={t('cases.list.source')}
        style={{ width: 150 }}
        value={state.source ?? ''}
        onChange={(v) => onChange({ source: (v || undefined) as CaseSource | undefined })}
        options={[
          { value: '', label: `${t('cases.list.source')}${t('cases.list.colon')}${all}` },
          ...caseSources.map((s) => ({ value: s, label: sourceLabel(s, language) })),
        ]}
      />
      {districts.length > 0 && (
        <Select
          aria-label={t('cases.list.district')}
          style={{ width: 140 }}
          value={state.district ?? ''}
          onChange={(v) => onChange({ district: v || undefined })}
          options={[
            { value: '', label: `${t('cases.list.district')}${t('cases.list.colon')}${all}` },
            ...districts,
          ]}
        />
      )}
      {streets.length > 0 && (
        <Select
          aria-label={t('cases.list.street')}
          style={{ width: 160 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={state.street ?? ''}
          onChange={(v) => onChange({ street: v || undefined })}
          options={[
            { value: '', label: `${t('cases.list.street')}${t('cases.list.colon')}${all}` },
            ...streets,
          ]}
        />
      )}
      <Checkbox
        checked={state.overdue === 'true'}
        onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
        data-testid="overdue-only"
      >
        {t('cases.list.overdueOnly')}
      </Checkbox>
    </Flex>
  );
}
