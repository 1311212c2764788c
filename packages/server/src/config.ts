import { isIP } from 'node:net';
import path from 'node:path';
import { developmentPseudonymKey } from '@gigpact/datasets';
import { z } from 'zod';

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Which reverse proxies are believed when they say, in `X-Forwarded-For` and `X-Forwarded-Proto`, who the client
 * is: none; the nearest `hops` (each appends the address it saw, so the client's own is the one the outermost
 * trusted proxy appended); or only those at the `addresses` listed (IP addresses, CIDR ranges, or `loopback`,
 * `linklocal`, `uniquelocal`).
 */
export type TrustProxy = false | { hops: number } | { addresses: string[] };

const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An IP address, a CIDR range (`10.0.0.0/8`, `fd00::/8`), an IPv4 range with a netmask, or a named range. */
function isProxyAddress(text: string): boolean {
  if (namedRanges.has(text)) return true;
  const [address = '', prefix, ...rest] = text.split('/');
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(prefix) === 4;
}

const trustProxyText = z
  .string()
  .trim()
  .transform((text, context): TrustProxy => {
    const lower = text.toLowerCase();
    if (['', 'false', 'no', '0'].includes(lower)) return false;
    if (['true', 'yes'].includes(lower)) return { hops: 1 };
    if (/^\d+$/.test(text) && Number(text) <= 10) return { hops: Number(text) };
    const addresses = text.split(',').map((part) => part.trim());
    if (addresses.every(isProxyAddress)) return { addresses };
    context.addIssue({
      code: 'custom',
      message:
        '应为 false、true（即 1 跳）、跳数 1–10，或以逗号分隔的代理地址 / CIDR 网段 / ' +
        'expected false, true (one hop), a hop count 1–10, or a comma-separated list of proxy addresses / CIDR ranges',
    });
    return z.NEVER;
  });

const portText = '端口应为 0–65535 的整数 / a port: a whole number from 0 to 65535';
const sessionHoursText = '会话时长应为大于 0、至多 720 的小时数 / hours greater than 0 and at most 720';
const bodyLimitText = '请求体上限应为正整数字节数 / a whole number of bytes greater than 0';

/** Configuration comes from the environment only; every variable is documented in README.md. */
const environment = z.object({
  PORT: z.coerce.number(portText).int(portText).min(0, portText).max(65535, portText).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .url(
      '应为 PostgreSQL 连接串，如 postgres://用户@主机/库 / a PostgreSQL URL such as postgres://user@host/db',
    )
    .optional(),
  GIGPACT_DATA_DIR: z.string().min(1).default('./.data'),
  GIGPACT_DEMO_DATA: booleanText.optional(),
  GIGPACT_SECURE_COOKIES: z
    .enum(['auto', 'always', 'never'], '应为 auto、always 或 never / auto, always or never')
    .default('auto'),
  GIGPACT_TRUST_PROXY: trustProxyText.default(false),
  GIGPACT_SESSION_HOURS: z.coerce
    .number(sessionHoursText)
    .positive(sessionHoursText)
    .max(24 * 30, sessionHoursText)
    .default(12),
  GIGPACT_WEB_DIST: z.string().optional(),
  GIGPACT_BODY_LIMIT_BYTES: z.coerce
    .number(bodyLimitText)
    .int(bodyLimitText)
    .positive(bodyLimitText)
    .default(1024 * 1024),
  GIGPACT_PSEUDONYM_KEY: z
    .string()
    .min(
      16,
      '假名化密钥至少 16 个字符（如 openssl rand -base64 32）/ at least 16 characters (e.g. openssl rand -base64 32)',
    )
    .optional(),
  GIGPACT_MAP_GEOJSON: z.string().optional(),
  GIGPACT_HOLIDAY_CALENDAR: z.string().optional(),
  LOG_LEVEL: z
    .enum(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      '应为 fatal、error、warn、info、debug、trace 或 silent / fatal, error, warn, info, debug, trace or silent',
    )
    .default('info'),
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
  trustProxy: TrustProxy;
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

/**
 * The `trustProxy` option of fastify for what is trusted. A hop count is a rule (trust the `hops` nearest
 * addresses, the socket's first), not fastify's number, which trusts no proxy at all.
 */
export function trustProxyOption(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (!trust) return false;
  if ('addresses' in trust) return trust.addresses;
  const { hops } = trust;
  return (_address, hop) => hop < hops;
}

/**
 * What `gigpact serve` needs beyond a well-formed environment: with PostgreSQL (production), the pseudonym key.
 * Without it the server would start, seed no datasets and refuse every upload; it refuses to start instead.
 */
export function checkServable(config: Config): void {
  if (config.databaseUrl && !config.pseudonymKey) {
    throw new ConfigError(
      [
        '配置有误 / invalid configuration:',
        '  GIGPACT_PSEUDONYM_KEY：使用 PostgreSQL（已设置 DATABASE_URL）时必须设置假名化密钥——至少 16 个字符的随机密钥' +
          '（例如 `openssl rand -base64 32` 的输出），用于把劳动者标识转换为假名；请妥善保管，设置后不要更换。',
        '  GIGPACT_PSEUDONYM_KEY: must be set when DATABASE_URL is (PostgreSQL): a random secret of at least 16 ' +
          'characters (e.g. the output of `openssl rand -base64 32`) that turns worker identifiers into pseudonyms; ' +
          'keep it safe and never change it once data is stored.',
      ].join('\n'),
    );
  }
}
