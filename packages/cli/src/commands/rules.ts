import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityDate, datedDefaultOf, describeDatedDefault } from '@gigpact/contracts';
import {
  RuleError,
  compileAgreement,
  compileRule,
  dialectNames,
  duckDbEngine,
  libraryRule,
  libraryRules,
  loadCaseFile,
  paramRange,
  readAgreement,
  runCaseFile,
  typescriptEngine,
  type DialectName,
  type Engine,
  type ParamSpec,
  type RuleSpec,
} from '@gigpact/rules';
import type { Command } from 'commander';
import { readTextFile } from './text-file';

const shippedCases = fileURLToPath(new URL('../../../rules/cases', import.meta.url));

function fail(error: unknown, code = 1): void {
  console.error(
    error instanceof RuleError ? error.message : error instanceof Error ? error.message : String(error),
  );
  process.exitCode = code;
}

function summary(rule: RuleSpec) {
  return {
    id: rule.id,
    industry: rule.industry,
    dataset: rule.dataset,
    shape: rule.shape,
    title_zh: rule.title_zh,
    title_en: rule.title_en,
    liable: rule.liable,
    sources: rule.sources,
    params: Object.entries(rule.params).map(([name, p]) => ({
      name,
      type: p.type,
      default: p.default,
      // The default by date, when it changed over time (`earlier_defaults`), and the values allowed.
      dated_default: datedDefaultOf(p),
      range: paramRange(p) ?? null,
      zh: p.zh,
      en: p.en,
      sources: p.sources,
    })),
  };
}

/** A parameter's allowed range and its default by date, a line each below the parameter (none when it has none). */
function paramDetails(p: ParamSpec): string[] {
  const range = paramRange(p);
  const dated = datedDefaultOf(p);
  return [
    ...(range ? [`      允许范围 / range ${range.notation}：${range.zh} / ${range.en}`] : []),
    ...(dated
      ? [
          `      默认值随日期 / dated default：${describeDatedDefault(dated, 'zh')} / ${describeDatedDefault(dated, 'en')}`,
        ]
      : []),
  ];
}

/** What an optional column counts as, and whether that also fills an empty value. */
function describeOptional(value: RuleSpec['optional'][string]): string {
  if (value === null || typeof value !== 'object')
    return `${JSON.stringify(value)}（缺列或空值 / when absent or empty）`;
  return `${JSON.stringify(value.absent)}（仅缺列时；空值为未知 / only when absent; an empty value is unknown）`;
}

export function registerRulesCommand(program: Command): void {
  const rules = program
    .command('rules')
    .description('标准规则库、编译与条款测试 / the standard rule library, its SQL and clause tests');

  rules
    .command('list')
    .description('列出规则库中的全部规则 / list every library rule')
    .option('--json', '输出 JSON / print JSON')
    .action((options: { json?: boolean }) => {
      if (options.json) return console.log(JSON.stringify({ rules: libraryRules.map(summary) }));
      for (const r of libraryRules)
        console.log(`${r.id.padEnd(28)} ${r.dataset.padEnd(18)} ${r.title_zh} / ${r.title_en}`);
    });

  rules
    .command('show <id>')
    .description('显示一条规则的参数、来源与表达式 / show a rule: parameters, sources and expressions')
    .option('--json', '输出 JSON / print JSON')
    .action((id: string, options: { json?: boolean }) => {
      try {
        const rule = libraryRule(id);
        if (options.json) return console.log(JSON.stringify({ ...summary(rule), rule }));
        console.log(`${rule.id} — ${rule.title_zh} / ${rule.title_en}`);
        console.log(
          `数据集 / dataset: ${rule.dataset}   形态 / shape: ${rule.shape}   责任方 / liable: ${rule.liable}   来源 / sources: ${rule.sources.join(', ')}`,
        );
        for (const [name, p] of Object.entries(rule.params)) {
          console.log(
            `  参数 / param ${name} (${p.type}) = ${JSON.stringify(p.default ?? '必填 / required')} — ${p.zh} / ${p.en} [${p.sources.join(', ')}]`,
          );
          for (const line of paramDetails(p)) console.log(line);
        }
        for (const [column, value] of Object.entries(rule.optional))
          console.log(`  可缺列 / optional column ${column} → ${describeOptional(value)}`);
        if (rule.filter) console.log(`  filter: ${rule.filter}`);
        for (const [name, text] of Object.entries(rule.let)) console.log(`  let ${name} = ${text}`);
        if (rule.group) {
          console.log(
            `  group by: ${rule.group.by.join(', ')}${rule.group.complete_weeks ? ' (complete weeks)' : ''}`,
          );
          for (const [name, text] of Object.entries(rule.group.measures))
            console.log(`  measure ${name} = ${text}`);
          for (const [name, text] of Object.entries(rule.group.let)) console.log(`  let ${name} = ${text}`);
          if (rule.group.checked_when)
            console.log(
              `  checked_when: ${rule.group.checked_when}（其余组不核查 / other groups are not checked）`,
            );
        }
        if (rule.blocks)
          console.log(`  blocks: ${rule.blocks.start} → ${rule.blocks.end}, gap ${rule.blocks.gap_minutes}`);
        console.log(`  violation: ${rule.violation}`);
        if (rule.amount) console.log(`  amount: ${rule.amount}`);
      } catch (error) {
        fail(error);
      }
    });

  rules
    .command('sql <target>')
    .description('打印规则或协议编译后的 SQL / print the SQL a library rule or an agreement file compiles to')
    .option('--dialect <name>', `方言 / dialect: ${dialectNames.join('|')}`, 'duckdb')
    .option('--as-of <date>', '核查基准日 / as-of date (YYYY-MM-DD)')
    .option('--param <name=value...>', '规则参数 / rule parameters')
    .option('--json', '输出 JSON / print JSON')
    .action(
      (target: string, options: { dialect: string; asOf?: string; param?: string[]; json?: boolean }) => {
        if (!(dialectNames as readonly string[]).includes(options.dialect))
          return fail(`未知方言 / unknown dialect ${options.dialect} (${dialectNames.join('|')})`, 2);
        const dialect = options.dialect as DialectName;
        const asOf = options.asOf ?? cityDate(new Date());
        try {
          let queries: { label: string; sql: string; params: readonly unknown[] }[];
          if (existsSync(target)) {
            const { agreement } = readAgreement(readTextFile(target), target);
            queries = compileAgreement(agreement, { dialect, asOf }).queries.map((q) => ({
              label: `${q.dataset}: ${q.clauseIds.join(', ')}`,
              sql: q.sql,
              params: q.params,
            }));
          } else {
            const params = Object.fromEntries(
              (options.param ?? []).map((p) => p.split('=')).map(([k, ...v]) => [k, parseParam(v.join('='))]),
            );
            const q = compileRule(libraryRule(target), { dialect, params, asOf });
            queries = [{ label: target, sql: q.sql, params: q.params }];
          }
          if (options.json) return console.log(JSON.stringify({ dialect, asOf, queries }));
          for (const q of queries)
            console.log(`-- ${q.label}\n-- params: ${JSON.stringify(q.params)}\n${q.sql};\n`);
        } catch (error) {
          fail(error);
        }
      },
    );

  rules
    .command('test [files...]')
    .description('运行条款测试用例（YAML） / run clause test cases (YAML)')
    .option('--engine <name>', '执行引擎 / engine: ts|duckdb|all', 'all')
    .option('--json', '输出 JSON / print JSON')
    .action(async (files: string[], options: { engine: string; json?: boolean }) => {
      if (!['ts', 'duckdb', 'all'].includes(options.engine))
        return fail(`未知引擎 / unknown engine ${options.engine}`, 2);
      const paths =
        files.length > 0
          ? files.map((f) => resolve(f))
          : readdirSync(shippedCases)
              .filter((f) => f.endsWith('.yaml'))
              .map((f) => resolve(shippedCases, f));
      const duck = options.engine === 'ts' ? undefined : await duckDbEngine();
      const engines: [string, Engine][] = [
        ...(options.engine !== 'duckdb' ? [['ts', typescriptEngine] as [string, Engine]] : []),
        ...(duck ? [['duckdb', duck.engine] as [string, Engine]] : []),
      ];
      const report: { file: string; engine: string; case: string; passed: boolean; problems: string[] }[] =
        [];
      try {
        for (const path of paths) {
          const file = loadCaseFile(readTextFile(path), path);
          for (const [name, engine] of engines)
            for (const r of await runCaseFile(file, engine))
              report.push({ file: path, engine: name, case: r.name, passed: r.passed, problems: r.problems });
        }
      } catch (error) {
        return fail(error);
      } finally {
        duck?.close();
      }
      const failed = report.filter((r) => !r.passed);
      if (options.json)
        console.log(
          JSON.stringify({ passed: report.length - failed.length, failed: failed.length, results: report }),
        );
      else {
        for (const r of report) {
          console.log(`${r.passed ? '✓' : '✗'} [${r.engine}] ${r.file.split('/').pop()} › ${r.case}`);
          for (const p of r.problems) console.log(`    ${p}`);
        }
        console.log(`${report.length - failed.length} 通过 / passed, ${failed.length} 失败 / failed`);
      }
      if (failed.length > 0) process.exitCode = 1;
    });
}

function parseParam(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
