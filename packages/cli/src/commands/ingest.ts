import { resolve } from 'node:path';
import { datasetKinds, unregisteredPlatformsOf, type DatasetKind } from '@gigpact/contracts';
import {
  encodingLabel,
  ingestFormats,
  type IngestFormat,
  type IngestProgress,
  type IngestResult,
} from '@gigpact/datasets';
import {
  applyMigrations,
  ingestAndRecord,
  loadConfig,
  openDatabase,
  pgliteDirOf,
  presentIngestResult,
  registeredPlatformCodes,
  type Database,
} from '@gigpact/server';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { formatGivesKind, kindFromFileName, kindMissing } from './data-arguments';
import { collect, fileReadingOf, type FileReadingOptions } from './ingest-options';
import { errorLines, unusedColumnsLine } from './ingest-report';

interface IngestCliOptions extends FileReadingOptions {
  kind?: string;
  encoding: string;
  platform?: string;
  driver?: string;
  json?: boolean;
}

const phaseLabel: Record<IngestProgress['phase'], string> = {
  reading: '读取 / reading',
  loading: '载入 / loading',
  validating: '校验 / validating',
  writing: '写入 / writing',
  done: '完成 / done',
};

function usageError(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

/** The data directory, pseudonym key and database the server uses: the CLI stores into the same catalogue. */
async function openCatalogue() {
  const config = loadConfig();
  if (!config.pseudonymKey) {
    throw new Error(
      '未设置 GIGPACT_PSEUDONYM_KEY，不能导入平台数据 / GIGPACT_PSEUDONYM_KEY is not set: platform data cannot be ingested',
    );
  }
  if (config.usesDevelopmentPseudonymKey) {
    console.error(
      '警告：未设置 GIGPACT_PSEUDONYM_KEY，使用开发用密钥 / warning: GIGPACT_PSEUDONYM_KEY is not set, using the development key',
    );
  }
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
  try {
    await applyMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { database, dataDir: config.dataDir, pseudonymKey: config.pseudonymKey };
}

/** A progress bar on a terminal; nothing when output goes to a file or a pipe. */
function progressBar(file: string): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${file} {phase} [{bar}] {percentage}%`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { phase: phaseLabel.reading });
  return {
    update: (p) => {
      const fraction =
        p.totalBytes && p.bytesRead !== undefined ? p.bytesRead / p.totalBytes : (p.fraction ?? 0);
      bar.update(Math.round(fraction * 100), { phase: phaseLabel[p.phase] });
    },
    stop: () => bar.stop(),
  };
}

/**
 * The platforms of the stored rows (and `--platform`) that the registry does not hold, as the upload names them
 * (ADR 17); none when the registry holds no platform at all, as where the catalogue is used without it.
 */
async function unregisteredPlatformsIn(db: Database, result: IngestResult, platform: string | undefined) {
  if (!result.manifest) return [];
  const registered = await registeredPlatformCodes(db);
  if (registered.length === 0) return [];
  return unregisteredPlatformsOf([platform ?? [], result.manifest.platforms].flat(), registered);
}

function unregisteredPlatformLines(platforms: { code: string; near: string | null }[]): string[] {
  return platforms.map(({ code, near }) =>
    near
      ? `提示：数据中的平台 ${code} 不在平台名录中，与已登记的 ${near} 只在大小写或分隔符上不同：${near} 的协议不会核查这些行 / note: the data's platform ${code} is not in the registry and differs from the registered ${near} only in case or separators: the agreements of ${near} will not check these rows`
      : `提示：数据中的平台 ${code} 不在平台名录中：列明平台的协议不会核查这些行 / note: the data's platform ${code} is not in the registry: an agreement that names its platforms will not check these rows`,
  );
}

/** What was stored, then each error with the file, line and column it is about. */
function printHuman(result: IngestResult, file: string): void {
  const status = result.datasetId
    ? `${result.reused ? '已存在（同一文件） / already ingested (same file)' : '已入库 / stored'}: ${result.datasetId}`
    : '未入库 / nothing stored';
  console.log(status);
  const counts = `接受 / accepted ${result.rowsAccepted}  拒绝 / rejected ${result.rowsRejected}  跳过 / skipped ${result.rowsSkipped}`;
  // Under --policy reject a file with a bad row stores none of its good rows either.
  const heldBack = result.rowsHeldBack;
  console.log(
    heldBack
      ? `${counts}  （另有 ${heldBack} 行合格但因有坏行未入库 / ${heldBack} valid rows not stored because of the bad rows）`
      : counts,
  );
  const unused = unusedColumnsLine(result);
  if (unused) console.log(unused);
  const encoding = encodingLabel(result.manifest?.source.encoding ?? null);
  if (encoding)
    console.log(
      `按 ${encoding} 编码读取（不对请用 --encoding 指定） / read as ${encoding} (if wrong, give --encoding)`,
    );
  const renamed = result.manifest?.districtsRenamed ?? 0;
  if (renamed)
    console.log(
      `${renamed} 行的区以其他写法给出，已按区名存储（如 Qingpu → 青浦区） / ${renamed} rows gave their district in another spelling, stored as its name (e.g. Qingpu → 青浦区)`,
    );
  for (const line of errorLines(result, file, 20)) console.log(line);
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('导入平台数据为标准数据集 / ingest a platform export as a canonical dataset')
    .argument('<file>', '数据文件 / the file')
    .option(
      '-k, --kind <kind>',
      `数据集类型（默认按文件名） / dataset kind (by default the file's name): ${datasetKinds.join(', ')}`,
    )
    .option(
      '-f, --format <format>',
      `格式 / format: ${ingestFormats.join(', ')} (默认按扩展名 / default by extension)`,
    )
    .option('-e, --encoding <encoding>', '文本编码 / text encoding: auto, utf-8, gb18030, gbk …', 'auto')
    .option(
      '-p, --platform <code>',
      '数据所属平台：补足缺失的 platform 列，并拒绝属于其他平台的行 / the platform the file is from: fills a missing platform column, refuses rows of other platforms',
    )
    .option('-d, --driver <id>', '司机编号（个人导出） / driver id for a personal export')
    .option(
      '--policy <policy>',
      '坏行处理 / bad rows: quarantine (keep good rows) | reject (all or nothing)',
      'quarantine',
    )
    .option('--map <source=column>', '列映射 / map a file column to a canonical column', collect, [])
    .option('--drop <column>', '有意不导入的列 / leave a column out on purpose', collect, [])
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, options: IngestCliOptions) => {
      if (options.kind && !(datasetKinds as readonly string[]).includes(options.kind)) {
        return usageError(`未知的数据集类型 / unknown kind: ${options.kind} (${datasetKinds.join(', ')})`);
      }
      const reading = fileReadingOf(options);
      if ('error' in reading) return usageError(reading.error);
      const { policy, columnMap } = reading;
      const kind = (options.kind as DatasetKind | undefined) ?? kindFromFileName(file);
      if (!kind && !formatGivesKind(options.format)) return usageError(kindMissing(file).message);
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const bar = options.json ? { update: () => {}, stop: () => {} } : progressBar(file);
      let catalogue: Awaited<ReturnType<typeof openCatalogue>> | undefined;
      try {
        catalogue = await openCatalogue();
        const result = await ingestAndRecord(
          catalogue.database.db,
          { path: resolve(file) },
          {
            dataDir: catalogue.dataDir,
            pseudonymKey: catalogue.pseudonymKey,
            kind,
            format: options.format as IngestFormat | undefined,
            encoding: options.encoding,
            platform: options.platform,
            driver: options.driver,
            policy,
            columnMap,
            createdBy: process.env.USER ?? 'cli',
            createdById: null,
            signal: controller.signal,
            onProgress: bar.update,
          },
        );
        bar.stop();
        const unregistered = await unregisteredPlatformsIn(catalogue.database.db, result, options.platform);
        if (options.json)
          console.log(
            JSON.stringify({ ...presentIngestResult(result), unregistered_platforms: unregistered }),
          );
        else printHuman(result, file);
        for (const line of unregisteredPlatformLines(unregistered)) console.error(line);
        if (!result.datasetId) process.exitCode = 1;
      } catch (error) {
        bar.stop();
        const message = error instanceof Error ? error.message : String(error);
        console.error(
          controller.signal.aborted ? '已取消，未保存任何数据 / cancelled, nothing stored' : message,
        );
        process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await catalogue?.database.close();
      }
    });
}
