// The server package's public face, used by the CLI and by tests.
export { buildApp } from './app';
export type { AppContext } from './app-context';
export { ConfigError, loadConfig, type Config } from './config';
export { openDatabase, type Database, type DatabaseHandle } from './platform/db/client';
export { applyMigrations } from './platform/db/migrate';
export { createLogger, pgliteDirOf, startServer, stopOnSignals, type RunningServer } from './server';
export { createUser } from './modules/accounts/commands/createUser';
export { AppError } from './platform/http/errors';
export { ingestAndRecord, presentIngestResult } from './modules/datasets/commands/ingest-and-record';
export { openMigratedDatabase } from './store';
export { runAudit, type AuditResult, type ClauseSummary } from './modules/audits/engine/run-audit';
export { loadAuditDatasets } from './modules/audits/engine/load-datasets';
export { exportFindings } from './modules/audits/engine/export-findings';
export { executeAuditRun } from './modules/audits/runs/execute-run';
export { insertRun } from './modules/audits/runs/runs.repository';
export { checkAgreementSource } from './modules/agreements/commands/saveAgreement';
export { findAgreement, findVersion } from './modules/agreements/agreements.repository';
export { agreementInForce, storedParent, type ParentSource } from './modules/agreements/in-force';
