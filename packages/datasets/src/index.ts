export { ingestDataset, type IngestResult } from './ingest/ingest';
export { encodingLabel } from './ingest/encoding';
export type { IngestInput } from './ingest/stage-source';
export {
  ingestFormats,
  type IngestFormat,
  type IngestProgress,
  type IngestOptionsInput,
} from './ingest/options';
export {
  pseudonymOf,
  isRawIdentifier,
  containsRawIdentifier,
  maskIdentifiers,
  keyFingerprint,
  developmentPseudonymKey,
} from './ingest/personal-data';
export { adapters, idScopeOf, type Adapter, type AdapterContext, type AdaptedColumn } from './adapters';
export {
  ingestErrorCatalogue,
  maskedIssue,
  type IngestErrorCode,
  type IngestIssue,
} from './validation/codes';
export { datasetManifestSchema, type DatasetManifest } from './store/manifest';
export {
  listDatasets,
  readManifest,
  readStoredErrors,
  datasetDir,
  datasetFiles,
  datasetsRoot,
} from './store/layout';
export { naturalKeys } from './validation/relations';
export { isAlive } from './store/layout';
export { neutraliseCell, neutraliseSql, exportDatasetCsv } from './store/export';
export { simulate, type SimulateOptions, type SimulationSummary } from './simulate/simulate';
export {
  loadScenario,
  scenarioSchema,
  defaultScenario,
  injectableRules,
  type Scenario,
} from './simulate/scenario';
export { shanghaiDistricts, platformsByIndustry } from './simulate/reference';
export { splitByPlatform } from './simulate/split';
export { sqlString, sqlIdent } from './duck/session';
