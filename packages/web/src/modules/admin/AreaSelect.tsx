import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatArea } from '@gigpact/contracts';
import { fetchRegions, type Regions } from '../../api/system';
import { useLanguage } from '../../shell/session';

interface AreaNode {
  value: string;
  title: string;
  children?: AreaNode[];
}

/** The city → district → street tree as area strings (`district:310118`), for choosing a user's area. */
export function areaTree(regions: Regions, language: 'zh' | 'en'): AreaNode[] {
  return [
    {
      value: formatArea({ level: 'city', code: regions.city.code }),
      title: language === 'en' ? regions.city.en : regions.city.zh,
      children: regions.districts.map((district) => ({
        value: formatArea({ level: 'district', code: district.code }),
        title: language === 'en' ? district.en : district.zh,
        children: district.streets.map((street) => ({
          value: formatArea({ level: 'street', code: street.code }),
          title: street.zh,
        })),
      })),
    },
  ];
}

export function AreaSelect(props: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const regions = useQuery({ queryKey: ['regions'], queryFn: fetchRegions, staleTime: Infinity });
  return (
    <TreeSelect
      {...props}
      showSearch={{ treeNodeFilterProp: 'title' }}
      loading={regions.isPending}
      treeData={regions.data ? areaTree(regions.data, language) : []}
      treeDefaultExpandedKeys={
        regions.data ? [formatArea({ level: 'city', code: regions.data.city.code })] : []
      }
      placeholder={t('admin.areaPlaceholder')}
      popupMatchSelectWidth={false}
      data-testid="area-select"
    />
  );
}
