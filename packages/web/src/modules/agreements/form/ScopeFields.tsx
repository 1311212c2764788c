import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionTree } from '@gigpact/contracts';
import { useLanguage } from '../../../shell/session';
import type { ScopeForm } from './agreement-yaml';

/** The rider types an agreement's scope may name (delivery orders' `rider_type`). */
const riderTypes = ['crowd', 'dedicated'] as const;

/** The agreement's platforms and scope (districts, worker types), as the agreement format allows them. */
export function ScopeFields({ value, onChange }: { value: ScopeForm; onChange: (next: ScopeForm) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('agreements.form.platforms')} extra={t('agreements.form.platformsHelp')}>
        <Select
          mode="tags"
          data-testid="scope-platforms"
          value={value.platforms}
          onChange={(platforms: string[]) => onChange({ ...value, platforms })}
          tokenSeparators={[',', ' ']}
        />
      </Form.Item>
      <Form.Item label={t('agreements.form.districts')} extra={t('agreements.form.districtsHelp')}>
        <Select
          mode="multiple"
          allowClear
          data-testid="scope-districts"
          value={value.districts}
          onChange={(districts: string[]) => onChange({ ...value, districts })}
          optionFilterProp="label"
          options={regionTree.districts.map((d) => ({
            value: d.zh,
            label: language === 'en' ? d.en : d.zh,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('agreements.form.riderTypes')} extra={t('agreements.form.riderTypesHelp')}>
        <Select
          mode="multiple"
          allowClear
          data-testid="scope-rider-types"
          value={value.riderTypes}
          onChange={(riderTypes: string[]) => onChange({ ...value, riderTypes })}
          options={riderTypes.map((type) => ({
            value: type,
            label: t(`agreements.form.riderTypeNames.${type}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('agreements.form.franchisees')} extra={t('agreements.form.franchiseesHelp')}>
        <Select
          mode="tags"
          data-testid="scope-franchisees"
          value={value.franchisees}
          onChange={(franchisees: string[]) => onChange({ ...value, franchisees })}
          tokenSeparators={[',', ' ']}
        />
      </Form.Item>
    </Form>
  );
}
