import { resolve } from 'node:path';
import { industries, type Industry } from '@gigpact/contracts';
import { loadScenario, simulate } from '@gigpact/datasets';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';

interface SimulateCliOptions {
  days: string;
  scale: string;
  seed: string;
  out: string;
  start?: string;
  industries?: string;
  scenario?: string;
  json?: boolean;
}

function usageError(message: string): void {
  console.error(message);
  process.exitCode = 2;
}

export function registerSimulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      '生成上海四大行业模拟数据及违规真值 / generate simulated Shanghai data with the ground truth of injected breaches',
    )
    .option('--days <n>', '天数 / number of days', '28')
    .option('--scale <x>', '规模（1 = 1 万骑手） / scale (1 = 10,000 riders)', '0.01')
    .option('--seed <s>', '随机种子 / seed', '1')
    .requiredOption('--out <dir>', '输出目录 / output folder')
    .option('--start <date>', '起始日期 / first day (YYYY-MM-DD)', '2025-09-01')
    .option('--industries <list>', `行业 / industries: ${industries.join(',')}`)
    .option('--scenario <file>', '平台行为情景（YAML 或 JSON） / platform behaviour scenario (YAML or JSON)')
    .option('--json', '输出 JSON / print JSON')
    .action(async (options: SimulateCliOptions) => {
      const days = Number(options.days);
      const scale = Number(options.scale);
      const seed = Number(options.seed);
      if (!Number.isInteger(days) || days < 1)
        return usageError('--days 应为正整数 / --days must be a positive integer');
      if (!(scale > 0)) return usageError('--scale 应为正数 / --scale must be positive');
      if (!Number.isInteger(seed)) return usageError('--seed 应为整数 / --seed must be an integer');
      if (options.start && !/^\d{4}-\d{2}-\d{2}$/.test(options.start))
        return usageError('--start 应为 YYYY-MM-DD / --start must be YYYY-MM-DD');
      const chosen = options.industries?.split(',').map((s) => s.trim());
      const unknown = chosen?.filter((i) => !(industries as readonly string[]).includes(i));
      if (unknown?.length) return usageError(`未知行业 / unknown industries: ${unknown.join(', ')}`);
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      const bar =
        process.stderr.isTTY && !options.json
          ? new cliProgress.SingleBar(
              { format: '{step} [{bar}] {value}/{total}', stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : null;
      try {
        const scenario = options.scenario ? await loadScenario(resolve(options.scenario)) : undefined;
        const summary = await simulate({
          days,
          scale,
          seed,
          outDir: resolve(options.out),
          start: options.start,
          industries: chosen as Industry[] | undefined,
          scenario,
          signal: controller.signal,
          onProgress: (p) => {
            if (!bar) return;
            if (p.done === 0) bar.start(p.total, 0, { step: p.step });
            bar.update(p.done, { step: p.step });
          },
        });
        bar?.stop();
        if (options.json) console.log(JSON.stringify(summary));
        else {
          console.log(
            `已生成 / written: ${summary.outDir} (${summary.start} – ${summary.end}, as-of ${summary.asOf})`,
          );
          for (const [kind, n] of Object.entries(summary.rows)) console.log(`  ${kind}: ${n}`);
          console.log('注入的违规 / injected violations (ground_truth.parquet):');
          for (const [rule, n] of Object.entries(summary.violations)) {
            const platforms = Object.entries(summary.violationsByPlatform[rule] ?? {})
              .map(([platform, count]) => `${platform} ${count}`)
              .join(', ');
            console.log(`  ${rule}: ${n} (${platforms})`);
          }
          console.log(
            '  协议只核查其覆盖平台的数据 / an agreement checks only the rows of the platforms it covers',
          );
          console.log(
            `审计 / to audit: gigpact audit --agreement <协议文件 / agreement file> --data ${summary.outDir} --as-of ${summary.asOf}`,
          );
        }
      } catch (error) {
        bar?.stop();
        console.error(
          controller.signal.aborted
            ? '已取消 / cancelled'
            : error instanceof Error
              ? error.message
              : String(error),
        );
        process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
}
