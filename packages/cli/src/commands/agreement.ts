import { readFileSync } from 'node:fs';
import { RuleError, planAgreement, readAgreement } from '@gigpact/rules';
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
        for (const c of clauses)
          console.log(
            `  ${c.id.padEnd(8)} ${'rule' in c ? `${c.rule} → ${c.dataset}` : '仅文本 / text only'}`,
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
