import { useMemo } from 'react';
import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageRow } from '@gigpact/contracts';
import { errorMessage } from '../../../api/api-error';
import { useLanguage } from '../../../shell/session';
import { EChart } from '../../../shared/charts/EChart';
import { echarts } from '../../../shared/charts/echarts';
import { customMapName, districtMapOption } from '../charts/map-option';
import { formatRate, type RateKind } from '../charts/rates';
import { useRegions } from '../scope';
import { useDistrictMap } from './useCoverage';

/** The districts coloured by the chosen rate: the bundled tile map, or the deployment's GeoJSON when given. */
export function DistrictMapChart({ rows, rate }: { rows: CoverageRow[] | undefined; rate: RateKind }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const map = useDistrictMap();
  const regions = useRegions();
  const option = useMemo(() => {
    if (!map.data || !rows || !regions.data) return undefined;
    if (map.data.geoJson) echarts.registerMap(customMapName, map.data.geoJson as never);
    return districtMapOption(map.data, rows, rate, language, {
      rateName: t(`registry.coverage.${rate}`),
      noData: t('registry.coverage.noData'),
      basis: t(
        rate === 'foundingRate' ? 'registry.coverage.enterprisesWithUnion' : 'registry.coverage.members',
      ),
      districtNames: new Map(regions.data.districts.map((d) => [d.code, { zh: d.zh, en: d.en }])),
    });
  }, [map.data, regions.data, rows, rate, language, t]);

  if (map.isError) return <Alert type="error" showIcon title={errorMessage(map.error, language)} />;
  if (!option) return <Skeleton active />;
  // The figures drawn, also as text for tests and assistive technology: code=rate pairs.
  const drawn = (rows ?? []).map((row) => `${row.key}=${formatRate(row[rate])}`).join(' ');
  return (
    <div data-testid="coverage-map" data-drawn={drawn} data-tiles={map.data?.tiles.length ?? 0}>
      <EChart option={option} height={380} label={t('registry.coverage.mapLabel')} />
    </div>
  );
}
