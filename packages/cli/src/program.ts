import { Command } from 'commander';
import { registerCommands } from './commands';
import { refuseRepeatedOptions } from './repeated-options';

/** The whole `gigpact` command tree; each command lives in its own file under `commands/`. */
export function buildProgram(): Command {
  const program = new Command('gigpact')
    .description('Gigpact 算法协商与劳动权益保障平台 — algorithm negotiation and labour-rights platform')
    .version('0.1.0', '-V, --version', '显示版本 / show the version')
    .helpOption('-h, --help', '显示帮助 / show help')
    .helpCommand('help [command]', '显示命令的帮助 / help for a command')
    .showHelpAfterError('(用 --help 查看用法 / add --help for usage)');
  registerCommands(program);
  refuseRepeatedOptions(program);
  return program;
}
