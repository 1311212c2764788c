import { existsSync } from 'node:fs';
import path from 'node:path';
import { TextEncodingError, agreementCoverageOf } from '@gigpact/contracts';
import {
  RuleError,
  checkAgreement,
  problemsOf,
  secondaryInForce,
  type Agreement,
  type Locate,
} from '@gigpact/rules';
import { loadConfig, openDatabase, pgliteDirOf, storedParent } from '@gigpact/server';
import type { Command } from 'commander';
import { checkedAgreementFile } from './agreement-file';
import { readTextFile } from './text-file';

/**
 * `gigpact agreement check <file>`: the agreement loads, every clause's rule type-checks, parameters fit — every
 * problem of the file in one run, each at its line (`checkAgreement`); exit status 1 when there is any.
 */
export function registerAgreementCommand(program: Command): void {
  const agreement = program
    .command('agreement')
    .description('平台算法和劳动规则协议 / algorithm and labour-rule agreements');
  agreement
    .command('check <file>')
    .description(
      '校验协议文件：格式、规则与参数，一次列出全部问题 / check an agreement file: format, rules and parameters, every problem at once',
    )
    .option('--json', '输出 JSON / print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      let text: string;
      try {
        text = readTextFile(file);
      } catch (error) {
        console.error(
          error instanceof TextEncodingError ? error.message : `无法读取文件 / cannot read file: ${file}`,
        );
        process.exitCode = 1;
        return;
      }
      const shown = (e: RuleError) => ({ zh: e.zh, en: e.en, location: e.location });
      // Every problem of the file at once: its structure, then each clause on its own; a secondary agreement
      // is compared with its brand agreement once it has none.
      const checked = checkAgreement(text, file);
      let problems: RuleError[] = checked.problems;
      let underBrand: Agreement | undefined;
      if (checked.agreement && checked.locate)
        try {
          underBrand = await checkAgainstBrand(checked.agreement, file, checked.locate);
        } catch (error) {
          if (!(error instanceof RuleError)) throw error;
          problems = problemsOf(error);
        }
      const a = checked.agreement;
      if (problems.length > 0 || !a || !checked.clauses) {
        if (options.json)
          console.log(JSON.stringify({ ok: false, error: shown(problems[0]!), errors: problems.map(shown) }));
        else
          console.log(
            `✗ ${file}：${problems.length} 个问题 / ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`,
          );
        console.error(problems.map((p) => p.message).join('\n'));
        process.exitCode = 1;
        return;
      }
      const clauses = checked.clauses
        .flatMap((c) => (c ? [c] : []))
        .map((c) =>
          c.status === 'text_only'
            ? { id: c.clauseId, status: c.status }
            : { id: c.clauseId, status: c.status, rule: c.ruleId, dataset: c.dataset },
        );
      const parent = a.parent ? { parent: { id: a.parent, compared: underBrand !== undefined } } : {};
      if (options.json)
        return console.log(
          JSON.stringify({ ok: true, id: a.id, title: a.title, industry: a.industry, ...parent, clauses }),
        );
      console.log(`✓ ${a.id} — ${a.title}（${a.clauses.length} 条款 / clauses）`);
      if (a.parent && !underBrand) console.log(`  ${brandNotFound(a.parent)}`);
      // A secondary agreement covers what it binds under its brand agreement.
      const covers = coverageLine(underBrand ?? a);
      console.log(`  ${covers}`);
      const width = Math.max(8, ...clauses.map((c) => c.id.length));
      for (const c of clauses)
        console.log(
          `  ${c.id.padEnd(width)} ${'rule' in c ? `${c.rule} → ${c.dataset}` : '仅文本 / text only'}`,
        );
    });
}

/** What the agreement covers, in one line (`覆盖 / covers: …`): its platforms, areas and other limits, and its dates. */
export function coverageLine(agreement: Agreement): string {
  const coverage = agreementCoverageOf(agreement);
  const parts = (
    [
      ['平台 / platforms', coverage.platforms],
      ['行政区 / districts', coverage.districts],
      ['骑手类型 / rider types', coverage.riderTypes],
      ['加盟商 / franchisees', coverage.franchisees],
      ['自 / from', [agreement.effective_from]],
      ['至 / until', agreement.effective_to ? [agreement.effective_to] : []],
    ] as const
  )
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `${label} ${values.join(', ')}`);
  return `覆盖 / covers: ${parts.join(' · ')}`;
}

/** The file of agreement `id` beside `file` (`<id>.yaml`, `.yml` or `.json`), where a secondary one finds its brand's. */
export function agreementFileBeside(file: string, id: string): string | undefined {
  return ['.yaml', '.yml', '.json']
    .map((ext) => path.join(path.dirname(file), `${id}${ext}`))
    .find((f) => existsSync(f));
}

/** The note that a secondary agreement's standard was not compared, its brand agreement not found. */
function brandNotFound(brandId: string): string {
  return `注意：未找到上级协议 ${brandId}（文件旁没有，也未登记），未能与其比较二次协商协议的标准 / note: the brand agreement ${brandId} was not found (no file beside this one, none stored), so the standard could not be compared with it`;
}

/** The stored agreement of that id, when a database is there already (none is created); else undefined. */
async function storedAgreement(id: string): Promise<Agreement | undefined> {
  try {
    const config = loadConfig();
    if (!config.databaseUrl && !existsSync(pgliteDirOf(config))) return undefined;
    const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
    try {
      return await storedParent(database.db)(id);
    } finally {
      await database.close();
    }
  } catch (error) {
    // The embedded database is held by another process (the server): say so rather than report no brand agreement.
    if (error instanceof Error && 'code' in error && error.code === 'GIGPACT_DATA_DIR_LOCKED') throw error;
    return undefined;
  }
}

/**
 * A secondary agreement may only raise its brand agreement's standard, within the brand's coverage: compared with
 * the brand's file beside it (checked as any agreement), else the stored brand agreement, each refusal at its
 * line (`SecondaryAgreementRefused`). The agreement as it binds under the brand's (`secondaryInForce`), or
 * undefined when there is no brand agreement to compare it with.
 */
async function checkAgainstBrand(
  agreement: Agreement,
  file: string,
  locate: Locate,
): Promise<Agreement | undefined> {
  if (!agreement.parent) return undefined;
  const brandFile = agreementFileBeside(file, agreement.parent);
  let brand: Agreement | undefined;
  if (brandFile) {
    // The brand's file is checked as any agreement: every problem it has, at its lines.
    brand = checkedAgreementFile(readTextFile(brandFile), brandFile).agreement;
  } else brand = await storedAgreement(agreement.parent);
  if (!brand) return undefined;
  return secondaryInForce(agreement, brand, locate);
}
