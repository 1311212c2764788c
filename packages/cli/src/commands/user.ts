import { createInterface } from 'node:readline/promises';
import { roles, type Role } from '@gigpact/contracts';
import {
  AppError,
  applyMigrations,
  createUserAtCommandLine,
  loadConfig,
  openDatabase,
  pgliteDirOf,
  setPasswordByUsername,
  type Database,
} from '@gigpact/server';
import { InvalidArgumentError, type Command } from 'commander';

function parseRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`角色必须是 / role must be one of: ${roles.join(', ')}`);
  }
  return value as Role;
}

/** The password to set: GIGPACT_NEW_PASSWORD, else the first line of standard input, else asked at the terminal. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.GIGPACT_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await rl.question('密码 / password: ');
  } finally {
    rl.close();
  }
}

/**
 * Runs `work` on the configured database (migrated first); an error the user is meant to see (`AppError`) is
 * printed in both languages, with each field's issue, and the command exits with 1.
 */
async function withDatabase(work: (db: Database) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
  try {
    await applyMigrations(database);
    await work(database.db);
  } catch (error) {
    if (error instanceof AppError) {
      const lines = error.toBody().error;
      console.error(`${lines.message.zh} / ${lines.message.en}`);
      for (const issue of lines.issues ?? []) console.error(`  ${issue.zh} / ${issue.en}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('账户管理 / manage accounts');
  user
    .command('create')
    .description(
      '新建账户（密码从 GIGPACT_NEW_PASSWORD、标准输入或提示读取） / create an account (password from GIGPACT_NEW_PASSWORD, stdin or a prompt)',
    )
    .requiredOption('-u, --username <name>', '用户名 / user name')
    .option('-n, --name <display name>', '显示名称 / display name')
    .option('-r, --role <role>', `角色 / role: ${roles.join(', ')}`, parseRole, 'city_admin' as Role)
    .option('-a, --area <area>', '辖区，如 city:310000、district:310118 / area', 'city:310000')
    .action((options: { username: string; name?: string; role: Role; area: string }) =>
      withDatabase(async (db) => {
        const created = await createUserAtCommandLine(db, {
          username: options.username,
          displayName: options.name ?? options.username,
          role: options.role,
          area: options.area,
          password: await readPassword(),
        });
        console.log(`已创建 / created: ${created.username} (${created.role}, ${created.area})`);
      }),
    );
  user
    .command('set-password')
    .argument('<username>', '用户名 / user name')
    .description(
      '设置账户的新密码（密码读取方式同 create），并结束其全部会话、解除登录锁定 / set an account’s password ' +
        '(read as create reads it), ending all its sessions and lifting a sign-in lockout',
    )
    .action((username: string) =>
      withDatabase(async (db) => {
        const updated = await setPasswordByUsername(db, username, await readPassword());
        console.log(
          `已设置新密码，会话已全部结束，锁定已解除 / password set, sessions ended, lockout lifted: ${updated.username}`,
        );
      }),
    );
}
