import type { Adapter } from './adapter';
import { nycHvfhvAdapter } from './nyc-hvfhv';
import { uberDriverRidesAdapter } from './uber-driver-rides';

export type { Adapter, AdapterContext } from './adapter';

/** Every adapter by its `--format` name. */
export const adapters: Record<string, Adapter> = {
  [nycHvfhvAdapter.name]: nycHvfhvAdapter,
  [uberDriverRidesAdapter.name]: uberDriverRidesAdapter,
};
