import type { Adapter } from './adapter';
import { nycHvfhvAdapter } from './nyc-hvfhv';
import { uberDriverRidesAdapter } from './uber-driver-rides';

export type { Adapter, AdapterContext, AdaptedColumn } from './adapter';

/** Every adapter by its `--format` name. */
export const adapters: Record<string, Adapter> = {
  [nycHvfhvAdapter.name]: nycHvfhvAdapter,
  [uberDriverRidesAdapter.name]: uberDriverRidesAdapter,
};

/**
 * The canonical columns, besides the id, within which a stored dataset's ids are unique when that is less than its
 * platform (`Adapter.idScope`): none for platform data, the platform and driver for a driver's own export.
 */
export function idScopeOf(manifest: { format: string }): readonly string[] {
  return adapterOf(manifest.format)?.idScope ?? [];
}

/** The adapter of a `--format` name; undefined for a canonical format. */
export function adapterOf(format: string): Adapter | undefined {
  return Object.hasOwn(adapters, format) ? adapters[format] : undefined;
}
