import type { Command } from 'commander';
import { applyMigrations, loadConfig, openDatabase, pgliteDirOf } from '@gigpact/server';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('执行数据库迁移 / apply the database migrations')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
      try {
        await applyMigrations(database);
        console.log(`迁移完成 / migrations applied (${database.kind})`);
      } finally {
        await database.close();
      }
    });
}
