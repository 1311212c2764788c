import { createInterface } from 'node:readline/promises';
import { roles, type Role } from '@gigpact/contracts';
import {
  AppError,
  applyMigrations,
  createUser,
  loadConfig,
  openDatabase,
  pgliteDirOf,
} from '@gigpact/server';
import { InvalidArgumentError, type Command } from 'commander';

function parseRole(value: string): Role {
  if (!(roles as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`角色必须是 / role must be one of: ${roles.join(', ')}`);
  }
  return value as Role;
}

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
    .action(async (options: { username: string; name?: string; role: Role; area: string }) => {
      const config = loadConfig();
      const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
      try {
        await applyMigrations(database);
        const created = await createUser(database.db, {
          username: options.username,
          displayName: options.name ?? options.username,
          role: options.role,
          area: options.area,
          password: await readPassword(),
        });
        console.log(`已创建 / created: ${created.username} (${created.role}, ${created.area})`);
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
    });
}
