import { Flex, Input, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  enterpriseKindNames,
  enterpriseKinds,
  industries,
  industryNames,
  unionStatuses,
  unionStatusNames,
} from '@gigpact/contracts';
import { listPlatforms, type EnterpriseFilters } from '../../../api/registry';
import { localized } from '../../../i18n/localized';
import { useLanguage } from '../../../shell/session';
import { districtOptions, streetOptions, useRegions, useUserArea } from '../scope';
import type { EnterpriseListState } from './filters';

export const platformsKey = ['registry', 'platforms'] as const;

/** Search and filters of the enterprise list; each control is labelled and reachable by keyboard. */
export function EnterpriseFilterBar({
  state,
  onChange,
  hidePlatform = false,
}: {
  state: EnterpriseListState;
  onChange: (change: Partial<EnterpriseFilters>) => void;
  hidePlatform?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const area = useUserArea();
  const regions = useRegions();
  const platforms = useQuery({ queryKey: platformsKey, queryFn: listPlatforms, enabled: !hidePlatform });
  const districts = regions.data && area ? districtOptions(regions.data, area, language) : [];
  const streets = regions.data && area ? streetOptions(regions.data, area, state.district, language) : [];
  const select = (label: string, placeholder: string) => ({
    allowClear: true,
    'aria-label': label,
    placeholder,
    popupMatchSelectWidth: false,
  });

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="enterprise-filters">
      <Input.Search
        key={state.q ?? ''}
        defaultValue={state.q}
        allowClear
        placeholder={t('registry.enterprises.search')}
        aria-label={t('registry.enterprises.search')}
        enterButton={t('common.search')}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        style={{ width: 300 }}
        data-testid="enterprise-search"
      />
      <Select
        {...select(t('registry.enterprises.unionStatus'), t('registry.enterprises.allStatuses'))}
        value={state.unionStatus}
        onChange={(unionStatus) => onChange({ unionStatus })}
        options={unionStatuses.map((v) => ({ value: v, label: localized(unionStatusNames[v], language) }))}
        style={{ width: 130 }}
        data-testid="filter-union-status"
      />
      <Select
        {...select(t('registry.enterprises.kind'), t('registry.enterprises.allKinds'))}
        value={state.kind}
        onChange={(kind) => onChange({ kind })}
        options={enterpriseKinds.map((v) => ({
          value: v,
          label: localized(enterpriseKindNames[v], language),
        }))}
        style={{ width: 130 }}
      />
      <Select
        {...select(t('registry.enterprises.industry'), t('registry.enterprises.allIndustries'))}
        value={state.industry}
        onChange={(industry) => onChange({ industry })}
        options={industries.map((v) => ({ value: v, label: localized(industryNames[v], language) }))}
        style={{ width: 130 }}
      />
      {!hidePlatform && (
        <Select
          {...select(t('registry.enterprises.platform'), t('registry.enterprises.allPlatforms'))}
          showSearch={{ optionFilterProp: 'label' }}
          value={state.platform}
          onChange={(platform) => onChange({ platform })}
          options={(platforms.data ?? []).map((p) => ({
            value: p.code,
            label: language === 'en' ? p.nameEn : p.nameZh,
          }))}
          style={{ width: 170 }}
        />
      )}
      {districts.length > 0 && (
        <Select
          {...select(t('registry.enterprises.district'), t('registry.enterprises.allDistricts'))}
          value={state.district}
          onChange={(district) => onChange({ district })}
          options={districts}
          style={{ width: 130 }}
          data-testid="filter-district"
        />
      )}
      {streets.length > 0 && (
        <Select
          {...select(t('registry.enterprises.street'), t('registry.enterprises.allStreets'))}
          showSearch={{ optionFilterProp: 'label' }}
          value={state.street}
          onChange={(street) => onChange({ street })}
          options={streets}
          style={{ width: 150 }}
          data-testid="filter-street"
        />
      )}
    </Flex>
  );
}
