import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatArea } from '@gigpact/contracts';
import { fetchRegions } from '../../api/system';
import { useLanguage } from '../../shell/session';
import { areaTree } from './area-tree';

/** A searchable tree of the city, its districts and streets; the value is an area string. */
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
