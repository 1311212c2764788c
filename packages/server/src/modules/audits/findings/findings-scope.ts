/**
 * Which findings of a run a reader may see: everything (city), one district's, or one platform's. Applied to
 * every read of the findings Parquet and of review states.
 */
export type FindingScope =
  | { kind: 'all' }
  | { kind: 'district'; district: string }
  | { kind: 'platform'; platform: string }
  | { kind: 'none' };
