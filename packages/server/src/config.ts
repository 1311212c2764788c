import path from 'node:path';
import { developmentPseudonymKey } from '@gigpact/datasets';
import { z } from 'zod';

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Configuration comes from the environment only; every variable is documented in README.md. */
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  GIGPACT_DATA_DIR: z.string().min(1).default('./.data'),
  GIGPACT_DEMO_DATA: booleanText.optional(),
  GIGPACT_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  GIGPACT_TRUST_PROXY: booleanText.default(false),
  GIGPACT_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  GIGPACT_WEB_DIST: z.string().optional(),
  GIGPACT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  GIGPACT_PSEUDONYM_KEY: z.string().min(16).optional(),
  GIGPACT_MAP_GEOJSON: z.string().optional(),
  GIGPACT_HOLIDAY_CALENDAR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo accounts and data on first start (default: only with the embedded database). */
  seedDemoData: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  trustProxy: boolean;
  sessionHours: number;
  webDist: string;
  bodyLimitBytes: number;
  /** Key of the keyed hash that turns raw worker identifiers into pseudonyms; a fixed development key is used
   * with the embedded database only. */
  pseudonymKey: string | undefined;
  usesDevelopmentPseudonymKey: boolean;
  /** A GeoJSON file of the city's districts for the coverage map, replacing the schematic tiles. */
  mapGeoJsonFile: string | undefined;
  /** A JSON holiday calendar (the format of `chinese-days`) loaded over the bundled one, for years it does not know yet. */
  holidayCalendarFile: string | undefined;
  logLevel: z.infer<typeof environment>['LOG_LEVEL'];
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`配置有误 / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.GIGPACT_DATA_DIR),
    seedDemoData: e.GIGPACT_DEMO_DATA ?? e.DATABASE_URL === undefined,
    secureCookies: e.GIGPACT_SECURE_COOKIES,
    trustProxy: e.GIGPACT_TRUST_PROXY,
    sessionHours: e.GIGPACT_SESSION_HOURS,
    webDist: path.resolve(e.GIGPACT_WEB_DIST ?? path.join(import.meta.dirname, '../../web/dist')),
    bodyLimitBytes: e.GIGPACT_BODY_LIMIT_BYTES,
    pseudonymKey: e.GIGPACT_PSEUDONYM_KEY ?? (e.DATABASE_URL ? undefined : developmentPseudonymKey),
    usesDevelopmentPseudonymKey: !e.GIGPACT_PSEUDONYM_KEY && !e.DATABASE_URL,
    mapGeoJsonFile: e.GIGPACT_MAP_GEOJSON ? path.resolve(e.GIGPACT_MAP_GEOJSON) : undefined,
    holidayCalendarFile: e.GIGPACT_HOLIDAY_CALENDAR ? path.resolve(e.GIGPACT_HOLIDAY_CALENDAR) : undefined,
    logLevel: e.LOG_LEVEL,
  };
}
