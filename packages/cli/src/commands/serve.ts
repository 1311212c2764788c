import type { Command } from 'commander';
import { createLogger, loadConfig, startServer, stopOnSignals } from '@gigpact/server';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动服务（默认 http://127.0.0.1:8080） / run the product (default http://127.0.0.1:8080)')
    .option('-p, --port <port>', '端口，覆盖 PORT / port, overrides PORT')
    .action(async (options: { port?: string }) => {
      const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      const logger = createLogger(config);
      const server = await startServer(config, logger);
      stopOnSignals(server, logger);
    });
}
