import type { metricUnits } from '@gigpact/contracts';

export type MetricUnit = (typeof metricUnits)[number];
