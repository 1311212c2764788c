import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { agreementCoverageOf } from '@gigpact/contracts';
import {
  RuleError,
  describeLoweredStandard,
  loadAgreement,
  loweredStandards,
  planAgreement,
  readAgreement,
  type Agreement,
  type Locate,
} from '@gigpact/rules';
import type { Command } from 'commander';

/** `gigpact agreement check <file>`: the agreement loads, every clause's rule type-checks, parameters fit. */
export function registerAgreementCommand(program: Command): void {
  const agreement = program
    .command('agreement')
    .description('平台算法和劳动规则协议 / algorithm and labour-rule agreements');
  agreement
    .command('check <file>')
    .description('校验协议文件：格式、规则与参数 / check an agreement file: format, rules and parameters')
    .option('--json', '输出 JSON / print JSON')
    .action((file: string, options: { json?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        console.error(`无法读取文件 / cannot read file: ${file}`);
        process.exitCode = 1;
        return;
      }
      try {
        const { agreement: a, locate } = readAgreement(text, file);
        checkAgainstBrand(a, file, locate);
        const clauses = planAgreement(a, {}, locate).map((c) =>
          c.status === 'text_only'
            ? { id: c.clauseId, status: c.status }
            : { id: c.clauseId, status: c.status, rule: c.ruleId, dataset: c.dataset },
        );
        if (options.json)
          return console.log(
            JSON.stringify({ ok: true, id: a.id, title: a.title, industry: a.industry, clauses }),
          );
        console.log(`✓ ${a.id} — ${a.title}（${a.clauses.length} 条款 / clauses）`);
        const covers = coverageLine(a);
        if (covers) console.log(`  ${covers}`);
        const width = Math.max(8, ...clauses.map((c) => c.id.length));
        for (const c of clauses)
          console.log(
            `  ${c.id.padEnd(width)} ${'rule' in c ? `${c.rule} → ${c.dataset}` : '仅文本 / text only'}`,
          );
      } catch (error) {
        if (options.json && error instanceof RuleError)
          console.log(
            JSON.stringify({ ok: false, error: { zh: error.zh, en: error.en, location: error.location } }),
          );
        console.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 1;
      }
    });
}

/** What the agreement covers, in one line (`覆盖 / covers: …`), or null when it covers every row. */
export function coverageLine(agreement: Agreement): string | null {
  const coverage = agreementCoverageOf(agreement);
  const parts = (
    [
      ['平台 / platforms', coverage.platforms],
      ['行政区 / districts', coverage.districts],
      ['骑手类型 / rider types', coverage.riderTypes],
      ['加盟商 / franchisees', coverage.franchisees],
      ['至 / until', agreement.effective_to ? [agreement.effective_to] : []],
    ] as const
  )
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `${label} ${values.join(', ')}`);
  return parts.length ? `覆盖 / covers: ${parts.join(' · ')}` : null;
}

/** The file of agreement `id` beside `file` (`<id>.yaml`, `.yml` or `.json`), where a secondary one finds its brand's. */
export function agreementFileBeside(file: string, id: string): string | undefined {
  return ['.yaml', '.yml', '.json']
    .map((ext) => path.join(path.dirname(file), `${id}${ext}`))
    .find((f) => existsSync(f));
}

/**
 * A secondary agreement beside the file of its brand agreement may only raise the brand's standard: the first
 * parameter it lowers is refused at its line.
 */
function checkAgainstBrand(agreement: Agreement, file: string, locate: Locate): void {
  const brandFile = agreement.parent && agreementFileBeside(file, agreement.parent);
  if (!brandFile) return;
  const brand = loadAgreement(readFileSync(brandFile, 'utf8'), brandFile);
  const [first] = loweredStandards(agreement, brand);
  if (!first) return;
  const { zh, en } = describeLoweredStandard(first, brand.id);
  const index = agreement.clauses.findIndex((c) => c.id === first.clauseId);
  throw new RuleError(zh, en, locate(['clauses', index, 'params', first.param]));
}
