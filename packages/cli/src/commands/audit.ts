import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  agreementCoverageOf,
  type AuditRunStage,
  canonicalDatasets,
  checkedDatasets,
  cityDate,
  type DatasetKind,
  datasetKinds,
  isCalendarDay,
  moneyLabel,
  moneyShownExactly,
  regionTree,
} from '@gigpact/contracts';
import { ingestFormats, type IngestFormat, type IngestResult } from '@gigpact/datasets';
import {
  libraryRules,
  secondaryInForce,
  readAgreement,
  withoutCoverage,
  type Agreement,
  type Locate,
} from '@gigpact/rules';
import {
  AppError,
  agreementInForce,
  executeAuditRun,
  extentOf,
  findAgreement,
  findVersion,
  ingestAndRecord,
  insertRun,
  loadAuditDatasets,
  loadConfig,
  newLeaseOwner,
  openMigratedDatabase,
  refusedRowsNotices,
  storedParent,
  type AuditResult,
  type Database,
  type ParentSource,
  writeFindingsFiles,
} from '@gigpact/server';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { agreementFileBeside, coverageLine } from './agreement';
import { checkedAgreementFile } from './agreement-file';
import { datasetIdFromStart } from './dataset-id-start';
import { readTextFile } from './text-file';
import { prepareOutFolder } from './out-folder';
import { collect, fileReadingOf, type FileReadingOptions } from './ingest-options';
import { auditIngestNotes, errorLines } from './ingest-report';
import {
  dataAfterAgreement,
  dataBeforeAgreement,
  asOfBeforeAgreement,
  asOfBeforeDataEnds,
  dataNotCovered,
  dataPlatformSpeltLikeCovered,
  payrollNotPlaced,
  formatGivesKind,
  kindMissing,
  resolveDataArguments,
} from './data-arguments';

interface AuditCliOptions extends FileReadingOptions {
  agreement: string;
  data: string[];
  kind?: string;
  driver?: string;
  platform?: string;
  encoding: string;
  asOf?: string;
  out?: string;
  json?: boolean;
  ignoreCoverage?: boolean;
}

const say = (quiet: boolean, text: string) => {
  if (!quiet) console.error(text);
};

/**
 * Why a file given to the audit is not audited at all: nothing of it stored (under `--policy reject`, because of
 * its refused rows), or every row refused. Auditing none of its rows would read as a clean result. Undefined when
 * some rows were stored.
 */
function nothingAudited(ingested: IngestResult, file: string): Error | undefined {
  if (!ingested.datasetId && ingested.rowsRejected > 0)
    return new Error(
      [
        `${file}: 按 --policy reject，${ingested.rowsRejected} 行被拒绝，整个文件未入库（其中合格的 ${ingested.rowsHeldBack} 行也未入库），不能审计 / ${file}: under --policy reject, ${ingested.rowsRejected} rows were refused and nothing of the file was stored (its ${ingested.rowsHeldBack} valid rows neither): it cannot be audited`,
        ...errorLines(ingested, file, 5),
      ].join('\n'),
    );
  if (ingested.datasetId && ingested.rowsAccepted === 0 && ingested.rowsRejected > 0)
    return new Error(
      [
        `${file}: ${ingested.rowsRejected} 行全部被拒绝，没有可审计的行；审计未进行，以免把未核查当作没有违规 / ${file}: all ${ingested.rowsRejected} rows were refused and no row is left to audit; the audit was not run, as auditing no rows would pass for finding no violation`,
        ...errorLines(ingested, file, 5),
      ].join('\n'),
    );
  return undefined;
}

/**
 * The agreement as audited: a secondary agreement with its brand agreement's clauses (`agreementInForce`), first
 * compared with the brand as `gigpact agreement check` compares it, each refusal at its line (`locate`, asked
 * for only then).
 */
async function inForce(
  agreement: Agreement,
  locate: () => Locate,
  parents: ParentSource,
): Promise<Agreement> {
  const brand = agreement.parent ? await parents(agreement.parent) : undefined;
  // Compared with the brand once, each refusal at its line; without a brand, `agreementInForce` says it is missing.
  if (brand) return secondaryInForce(agreement, brand, locate());
  return agreementInForce(agreement, async () => brand);
}

async function readAgreementArgument(
  db: Database,
  value: string,
): Promise<{ agreement: Agreement; version: number | null }> {
  if (existsSync(value)) {
    const { agreement, locate } = checkedAgreementFile(readTextFile(value), value);
    // A secondary agreement's brand agreement: the file of its id beside it, else the stored one.
    const parents: ParentSource = async (id) => {
      const beside = agreementFileBeside(value, id);
      return beside ? checkedAgreementFile(readTextFile(beside), beside).agreement : storedParent(db)(id);
    };
    return { agreement: await inForce(agreement, () => locate, parents), version: null };
  }
  const stored = await findAgreement(db, value);
  if (!stored)
    throw new Error(`找不到协议文件或协议 ${value} / no agreement file or stored agreement ${value}`);
  const version = (await findVersion(db, value, stored.currentVersion))!;
  // A stored agreement's errors are placed in its stored source, named by its id and version.
  const locate = () => readAgreement(version.source, `${value} v${stored.currentVersion}`).locate;
  return {
    agreement: await inForce(version.document, locate, storedParent(db)),
    version: stored.currentVersion,
  };
}

const stageLabel: Record<AuditRunStage, string> = {
  queued: '排队 / queued',
  loading: '读取数据 / loading',
  evaluating: '逐条核查 / evaluating',
  storing: '保存发现 / storing',
  summarising: '汇总 / summarising',
  done: '完成 / done',
};

/** A progress bar on the terminal, per stage of the run. */
function progressBar(): {
  update(p: { stage: AuditRunStage; done: number; total: number }): void;
  stop(): void;
} {
  const bar = new cliProgress.SingleBar(
    { format: '审计 / audit {stage} [{bar}] {percentage}%', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { stage: stageLabel[p.stage] });
        started = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, { stage: stageLabel[p.stage] });
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * The currency of a clause's amounts, after a space: that of the datasets of the kind its rule reads, when they
 * share one; nothing where they differ or no dataset of the kind was given.
 */
function currencyOf(result: AuditResult, rule: string | null): string {
  const kind = libraryRules.find((r) => r.id === rule)?.dataset;
  const currencies = new Set(result.datasets.filter((d) => d.kind === kind).map((d) => d.currency));
  return currencies.size === 1 ? ` ${[...currencies][0]}` : '';
}

function printHuman(result: AuditResult, agreement: Agreement): void {
  console.log(`协议 / agreement ${result.agreement_id}   截止 / as of ${result.as_of}`);
  console.log(coverageLine(agreement));
  console.log(`结果指纹 / result hash ${result.result_hash}`);
  for (const d of result.datasets) {
    const left = [
      d.rows_rejected ? `拒绝 / refused ${d.rows_rejected}` : '',
      d.rows_skipped ? `跳过 / skipped ${d.rows_skipped}` : '',
    ].filter(Boolean);
    console.log(
      `  ${d.kind} ${d.id.slice(0, 12)}  行 / rows ${d.rows}  币种 / currency ${d.currency}${left.length ? `  （未审计 / not audited: ${left.join(', ')}）` : ''}`,
    );
  }
  const width = Math.max(10, ...result.clauses.map((c) => c.clause_id.length));
  const ruleWidth = Math.max(28, ...result.clauses.map((c) => (c.rule ?? '').length));
  for (const c of result.clauses) {
    const what =
      c.status === 'applicable'
        ? `核查 / checked ${c.checked}${c.unchecked ? `  缺值未核 / unchecked (empty values) ${c.unchecked}` : ''}  违规 / violations ${c.violations}  金额 / amount ${moneyLabel(c.amount)}${currencyOf(result, c.rule)}${moneyShownExactly(c.amount) ? '' : ` (${c.amount})`}`
        : c.missing_dataset
          ? `不适用，没有 ${canonicalDatasets[c.missing_dataset].zh} 数据 / not applicable, no ${c.missing_dataset} data given`
          : c.status === 'not_applicable'
            ? `不适用，缺少 / not applicable, missing: ${c.missing.join(', ')}`
            : '仅文本 / text only';
    console.log(`  ${c.clause_id.padEnd(width)} ${(c.rule ?? '').padEnd(ruleWidth)} ${what}`);
  }
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('按协议审计平台数据 / audit platform data against an agreement')
    .requiredOption(
      '-a, --agreement <file|id>',
      '协议文件或已登记的协议编号 / agreement file or stored agreement id',
    )
    .requiredOption(
      '--data <file|dataset id...>',
      '数据文件（先导入）、数据文件夹或数据集编号 / data files (ingested first), folders of them or dataset ids',
    )
    .option(
      '-k, --kind <kind>',
      `数据文件的类型（默认按文件名） / kind of the files (by default their names'): ${datasetKinds.join(', ')}`,
    )
    .option('-f, --format <format>', `数据文件的格式 / format of the files: ${ingestFormats.join(', ')}`)
    .option(
      '-e, --encoding <encoding>',
      '数据文件的文本编码 / text encoding of the files: auto, utf-8, gb18030, gbk …',
      'auto',
    )
    .option('-d, --driver <id>', '司机编号（个人导出） / driver id for a personal export')
    .option(
      '-p, --platform <code>',
      '数据文件所属平台：补足缺失的 platform 列，并拒绝属于其他平台的行 / the platform the files are from: fills a missing platform column, refuses rows of other platforms',
    )
    .option(
      '--policy <policy>',
      '数据文件坏行处理 / bad rows of the files: quarantine (keep good rows) | reject (all or nothing)',
      'quarantine',
    )
    .option(
      '--map <source=column>',
      '数据文件的列映射 / map a file column to a canonical column',
      collect,
      [],
    )
    .option(
      '--drop <column>',
      '数据文件中有意不导入的列 / leave a column of the files out on purpose',
      collect,
      [],
    )
    .option(
      '--as-of <date>',
      '截止日期 YYYY-MM-DD（默认上海今天） / as-of date YYYY-MM-DD (default: today in Shanghai)',
    )
    .option(
      '--ignore-coverage',
      '核查所有行，不限协议覆盖的平台、区域和骑手类型 / check every row, not only those of the platforms, districts and rider types the agreement covers',
    )
    .option('-o, --out <dir>', '把违规明细写入此目录 / write the findings to this folder')
    .option('--json', '输出 JSON / print JSON')
    .action(async (options: AuditCliOptions) => {
      if (options.kind && !(datasetKinds as readonly string[]).includes(options.kind)) {
        console.error(`未知的数据集类型 / unknown kind: ${options.kind}`);
        process.exitCode = 2;
        return;
      }
      // As `gigpact ingest` reads the files given directly.
      const reading = fileReadingOf(options);
      if ('error' in reading) {
        console.error(reading.error);
        process.exitCode = 2;
        return;
      }
      const { policy, columnMap } = reading;
      if (options.asOf && !isCalendarDay(options.asOf)) {
        console.error(
          `--as-of 应为日历上的一天 YYYY-MM-DD，不是 ${options.asOf} / --as-of takes a day of the calendar, YYYY-MM-DD, not ${options.asOf}`,
        );
        process.exitCode = 2;
        return;
      }
      const today = cityDate(new Date());
      if (options.asOf && options.asOf > today) {
        console.error(
          `--as-of ${options.asOf} 在今天（${today}）之后：尚未到期的款项会被算作拖欠 / --as-of ${options.asOf} is after today (${today}): what is not yet due would count as owed`,
        );
        process.exitCode = 2;
        return;
      }
      const outRefused = options.out === undefined ? undefined : await prepareOutFolder(options.out);
      if (outRefused) {
        console.error(outRefused);
        process.exitCode = 2;
        return;
      }
      const quiet = Boolean(options.json) || !process.stderr.isTTY;
      const config = loadConfig();
      const database = await openMigratedDatabase(config);
      try {
        const read = await readAgreementArgument(database.db, options.agreement);
        const { version } = read;
        const agreement = options.ignoreCoverage ? withoutCoverage(read.agreement) : read.agreement;
        const data = resolveDataArguments(options.data, options.kind as DatasetKind | undefined);
        for (const { file, reason } of data.skipped) console.error(`跳过 / skipped ${file}: ${reason}`);
        for (const item of data.items)
          if ('file' in item && !item.kind && !formatGivesKind(options.format)) throw kindMissing(item.file);
        const ids: string[] = [];
        for (const item of data.items) {
          if ('datasetId' in item) {
            ids.push(
              item.datasetIdPrefix ? await datasetIdFromStart(database.db, item.datasetId) : item.datasetId,
            );
            continue;
          }
          say(quiet, `导入 / ingesting ${item.file} …`);
          const ingested = await ingestAndRecord(
            database.db,
            { path: item.file },
            {
              dataDir: config.dataDir,
              pseudonymKey: config.pseudonymKey ?? '',
              kind: item.kind,
              format: options.format as IngestFormat | undefined,
              encoding: options.encoding,
              driver: options.driver,
              platform: options.platform,
              policy,
              columnMap,
              createdBy: process.env.USER ?? 'cli',
              createdById: null,
            },
          );
          // Why a file gave nothing, or the rows it refused and skipped and the columns not used, each error at its
          // line and column as `gigpact ingest` prints them.
          const notes = auditIngestNotes(ingested, item.file);
          const refused = nothingAudited(ingested, item.file);
          if (refused) throw refused;
          if (!ingested.datasetId) throw new Error(notes.join('\n'));
          for (const line of notes) console.error(line);
          ids.push(ingested.datasetId);
        }
        const asOf = options.asOf ?? today;
        // Unknown datasets are named before anything is recorded.
        const datasets = await loadAuditDatasets(config.dataDir, ids);
        // A stored dataset given by its id whose rows were all refused is no more auditable than such a file.
        for (const { manifest } of datasets)
          if (manifest.rowsAccepted === 0 && manifest.rowsRejected > 0)
            throw new Error(
              `数据集 ${manifest.datasetId}（${manifest.source.fileName}）的 ${manifest.rowsRejected} 行全部被拒绝，没有可审计的行；审计未进行，以免把未核查当作没有违规 / dataset ${manifest.datasetId} (${manifest.source.fileName}): all ${manifest.rowsRejected} rows were refused and no row is left to audit; the audit was not run, as auditing no rows would pass for finding no violation`,
            );
        const periodEnds = datasets.map((d) => d.manifest.period.end);
        // Whether anything is checked is a matter of the data whose rows the clauses check, not of weather alerts
        // or rosters that run on past it.
        const checked = checkedDatasets(
          datasets.map((d) => d.manifest),
          agreement.industry,
        );
        const before = dataBeforeAgreement(
          checked.map((m) => m.period.end),
          agreement.effective_from,
        );
        const after = dataAfterAgreement(
          checked.map((m) => m.period.start),
          agreement.effective_to,
        );
        const early = asOfBeforeDataEnds(asOf, periodEnds);
        const notInForce = asOfBeforeAgreement(asOf, agreement.effective_from);
        const covers = agreementCoverageOf(agreement);
        const dataPlatforms = checked.map((m) => extentOf(m).platforms);
        const notCovered = dataNotCovered(dataPlatforms, covers.platforms);
        const speltLike = dataPlatformSpeltLikeCovered(dataPlatforms, covers.platforms);
        const unplaced = payrollNotPlaced(
          datasets.map((d) => d.manifest),
          covers,
        );
        // Why the figures may be empty or partial: said on stderr, and kept in the JSON and summary.json (`notes`).
        const refused = refusedRowsNotices(checked.map(extentOf)).map((n) => `提示：${n.zh} / note: ${n.en}`);
        const dataNotes = [
          notInForce,
          before,
          after,
          early,
          notCovered,
          speltLike,
          unplaced,
          ...refused,
        ].filter((n): n is string => n !== null);
        for (const note of dataNotes) console.error(note);
        // Recorded already under this process's lease, so that no server takes the run up while it runs here.
        const owner = newLeaseOwner();
        const now = new Date();
        const recorded = await insertRun(database.db, {
          agreementId: agreement.id,
          agreementVersion: version,
          agreement,
          coverageIgnored: Boolean(options.ignoreCoverage),
          datasetIds: [...new Set(ids)].sort(),
          asOf,
          status: 'running',
          stage: 'loading',
          leaseOwner: owner,
          heartbeatAt: now,
          startedAt: now,
          area: `city:${regionTree.city.code}`,
          createdBy: null,
          createdByName: process.env.USER ?? 'cli',
        });
        say(quiet, `审计任务 / audit run ${recorded.id}`);
        const bar = quiet ? undefined : progressBar();
        const controller = new AbortController();
        const interrupt = () => controller.abort('cancel');
        process.once('SIGINT', interrupt);
        const outcome = await executeAuditRun(recorded.id, {
          db: database.db,
          dataDir: config.dataDir,
          owner,
          signal: controller.signal,
          onProgress: (p) => bar?.update(p),
          beforeClose: async (run) => {
            if (!options.out) return;
            const files = await writeFindingsFiles(run.connection, options.out, {
              runId: recorded.id,
              agreement,
              config,
            });
            await writeFile(
              path.join(options.out, 'summary.json'),
              JSON.stringify({ ...run.result, notes: dataNotes }, null, 2),
            );
            say(quiet, `明细 / findings: ${files.join(', ')}`);
          },
        }).finally(() => {
          process.off('SIGINT', interrupt);
          bar?.stop();
        });
        if (outcome.status === 'cancelled') {
          // Stopped by Ctrl-C: the shell's code for an interrupt (128 + SIGINT), not an error's.
          console.error('审计已取消 / the audit was cancelled');
          process.exitCode = 130;
          return;
        }
        if (outcome.status === 'failed') throw new Error(outcome.error);
        if (outcome.status !== 'succeeded') throw new Error(`审计未完成 / the audit did not finish`);
        const run = outcome;
        if (options.json) console.log(JSON.stringify({ ...run.result, notes: dataNotes }));
        else printHuman(run.result, agreement);
      } catch (error) {
        if (error instanceof AppError) {
          const body = error.toBody().error;
          console.error(`${body.message.zh} / ${body.message.en}`);
          for (const issue of body.issues ?? []) console.error(`  ${issue.zh} / ${issue.en}`);
        } else {
          console.error(error instanceof Error ? error.message : String(error));
        }
        process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
