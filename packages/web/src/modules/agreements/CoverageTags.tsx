import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionTree, type AgreementCoverage } from '@gigpact/contracts';
import { usePlatformLabel } from '../../shared/platform-names';
import { useLanguage } from '../../shell/session';

/**
 * What an agreement's audits check: its platforms by name (or every platform), districts, rider types and
 * franchisees.
 */
export function CoverageTags({ coverage }: { coverage: AgreementCoverage }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const platformName = usePlatformLabel(language);
  const separator = language === 'en' ? ', ' : '、';
  const districts = coverage.districts.map((name) => {
    const district = regionTree.districts.find((d) => d.code === name || d.zh === name);
    return district ? (language === 'en' ? district.en : district.zh) : name;
  });
  const riderTypes = coverage.riderTypes.map((type) => t(`agreements.form.riderTypeNames.${type}`));
  return (
    <Space size={4} wrap data-testid="agreement-coverage">
      {coverage.platforms.length > 0
        ? coverage.platforms.map((p) => <Tag key={p}>{platformName(p)}</Tag>)
        : t('agreements.detail.allPlatforms')}
      {districts.length > 0 && (
        <Tag>{t('agreements.detail.districts', { names: districts.join(separator) })}</Tag>
      )}
      {riderTypes.length > 0 && (
        <Tag>{t('agreements.detail.riderTypes', { names: riderTypes.join(separator) })}</Tag>
      )}
      {coverage.franchisees.length > 0 && (
        <Tag>{t('agreements.detail.franchisees', { names: coverage.franchisees.join(separator) })}</Tag>
      )}
    </Space>
  );
}
