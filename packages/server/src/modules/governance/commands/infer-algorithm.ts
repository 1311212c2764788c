import { datasetsByIndustry, type InferenceView } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { catalogueDatasetIds, openAnalysisData } from '../data/analysis-data';
import { inferDelivery } from '../inference/delivery';
import { inferRides } from '../inference/rides';
import { libraryDefault } from '../metrics/agreement-params';
import type { AnalysisScope } from '../metrics/scope';
import { scopedUnits } from '../metrics/scope';
import { duckRows } from '../stats/duck';
import { AnalysisCache } from './analysis-cache';

const cache = new AnalysisCache<InferenceView>();

/** The platform's time and pay functions (delivery) or its take (ride-hailing), inferred from stored outcomes. */
export async function inferStoredAlgorithm(
  db: Database,
  dataDir: string,
  input: { industry: 'food_delivery' | 'ride_hailing'; scope: AnalysisScope; seed: number },
): Promise<InferenceView> {
  const kinds = datasetsByIndustry[input.industry];
  const ids = await catalogueDatasetIds(db, kinds);
  const key = JSON.stringify([input.industry, ids, input.scope, input.seed]);
  return cache.get(key, async () => {
    const data = await openAnalysisData(db, dataDir, kinds);
    try {
      const view = input.industry === 'food_delivery' ? 'delivery_orders' : 'ride_trips';
      const loaded = data.columns[view] !== undefined;
      // The platforms with rows in the reader's scope: their platform, their district's rows.
      const district = data.columns[view]?.includes('district') ? 'district' : 'NULL::VARCHAR AS district';
      const platforms = loaded
        ? (
            await duckRows<{ platform: string }>(
              data.duck.connection,
              `SELECT DISTINCT platform FROM (${scopedUnits(`SELECT platform, ${district} FROM ${view}`, input.scope)}) ORDER BY 1`,
            )
          ).map((r) => r.platform)
        : [];
      return {
        industry: input.industry,
        scope: input.scope,
        platforms,
        delivery:
          loaded && input.industry === 'food_delivery'
            ? await inferDelivery(data, input.scope, {
                seed: input.seed,
                minHourly: libraryDefault('fd.min_hourly_pay', 'min_hourly'),
              })
            : null,
        rides:
          loaded && input.industry === 'ride_hailing'
            ? await inferRides(data, input.scope, {
                seed: input.seed,
                cap: libraryDefault('rh.commission_cap', 'cap'),
              })
            : null,
        notices: data.notices,
      };
    } finally {
      data.duck.close();
    }
  });
}
