import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { AppContext } from './app-context';
import { buildApp } from './app';
import { checkServable, type Config } from './config';
import { demoAccounts, demoPassword } from './demo/demo-accounts';
import { hasDemoData, seedDemoData } from './demo/seed';
import { deleteExpiredSessions } from './modules/accounts/sessions.repository';
import { openDatabase, type DatabaseHandle } from './platform/db/client';
import { applyMigrations } from './platform/db/migrate';
import path from 'node:path';
import { cityDate } from './platform/clock';
import { resumeAuditRuns } from './modules/audits/routes';
import { storageWarnings } from './modules/datasets/storage-checks';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

export function pgliteDirOf(config: Config): string {
  return path.join(config.dataDir, 'pglite');
}

/**
 * Starts the product: checks the configuration is one it can serve (`checkServable`: PostgreSQL needs the
 * pseudonym key), opens the database, starts listening at once (health answers 503), applies migrations, seeds the
 * demo on first start, then reports ready. Stops cleanly on SIGTERM and SIGINT.
 */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<RunningServer> {
  checkServable(config);
  const database = await openDatabase({
    url: config.databaseUrl,
    pgliteDir: pgliteDirOf(config),
    onIdleConnectionError: (error) =>
      logger.warn({ err: error }, 'database connection failed and was replaced'),
    onStaleLock: (message) => logger.warn(message),
  });
  logger.info({ database: database.kind, dataDir: config.dataDir }, 'database opened');
  const ctx: AppContext = {
    db: database.db,
    databaseKind: database.kind,
    config,
    startedAt: new Date(),
    now: () => new Date(),
    readiness: { ready: false },
    demo: { seeded: false },
  };
  const app = await buildApp(ctx, { logger, serveWeb: true });
  let url: string;
  try {
    url = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw error;
  }

  try {
    await prepareDatabase(database, ctx, logger);
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await app.close();
    await database.close();
    throw error;
  }
  ctx.readiness.ready = true;
  for (const warning of await storageWarnings(ctx.db, config)) logger.warn(warning);
  const resumed = await resumeAuditRuns(ctx);
  if (resumed) logger.info({ runs: resumed }, 'unfinished audit runs resumed');
  logger.info({ url }, `Gigpact 已启动 / is running at ${url}`);

  const sweep = setInterval(
    () => void deleteExpiredSessions(ctx.db, ctx.now()).catch(() => undefined),
    3_600_000,
  );
  sweep.unref();

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(sweep);
      logger.info('shutting down');
      await app.close();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { app, url, stop };
}

async function prepareDatabase(database: DatabaseHandle, ctx: AppContext, logger: Logger): Promise<void> {
  await applyMigrations(database);
  logger.info('migrations applied');
  const { dataDir, pseudonymKey } = ctx.config;
  const datasets = pseudonymKey ? { dataDir, pseudonymKey } : undefined;
  if (ctx.config.seedDemoData && (await seedDemoData(database.db, cityDate(ctx.now()), datasets))) {
    logger.info('demo data seeded');
  }
  ctx.demo.seeded = await hasDemoData(database.db);
  if (ctx.config.usesDevelopmentPseudonymKey) {
    logger.warn(
      'GIGPACT_PSEUDONYM_KEY 未设置，使用开发用密钥 / not set: using the development key (never in production)',
    );
  }
  if (ctx.demo.seeded) {
    const accounts = demoAccounts.map((a) => `${a.username} (${a.role}, ${a.area})`).join('; ');
    logger.info(
      { password: demoPassword, accounts: demoAccounts.map((a) => a.username) },
      `演示账户 / demo accounts — password ${demoPassword}: ${accounts}`,
    );
  }
}

export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: { service: 'gigpact' } });
}

/**
 * Runs until SIGTERM or SIGINT, then stops gracefully. A signal that comes again while it stops (Ctrl-C reaches
 * both `npm start` and the server, and `npm start` passes it on) does not cut the stopping short: the handlers
 * stay, so the embedded database is closed and its folder's lock released.
 */
export function stopOnSignals(server: RunningServer, logger: Logger): void {
  let received = false;
  const handle = (signal: NodeJS.Signals) => {
    if (received) {
      logger.info({ signal }, 'signal received again: still stopping');
      return;
    }
    received = true;
    logger.info({ signal }, 'signal received');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
