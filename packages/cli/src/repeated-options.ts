import type { Command, Option } from 'commander';

/**
 * An option that takes one value, given twice with different values, is refused before the command runs: left to
 * itself the command line would keep the last value and drop the others without a word (`gigpact audit --data
 * a.csv b.csv --kind parcel_deliveries --kind courier_payroll` would read both files as payroll). Options that
 * collect their values (`--map`, `--drop`) or take several (`--data a b`) are left alone; a value given twice
 * alike is no contradiction.
 */
export function refuseRepeatedOptions(program: Command): void {
  const given = new Map<Command, Map<string, string[]>>();
  const watch = (command: Command): void => {
    for (const option of command.options as readonly Option[]) {
      if (option.variadic || option.parseArg) continue;
      command.on(`option:${option.name()}`, (value?: string) => {
        const values = given.get(command) ?? new Map<string, string[]>();
        given.set(command, values);
        const flag = option.long ?? option.name();
        values.set(flag, [...(values.get(flag) ?? []), value ?? '']);
      });
    }
    command.commands.forEach(watch);
  };
  watch(program);
  program.hook('preAction', (_program, actionCommand) => {
    for (let command: Command | null = actionCommand; command; command = command.parent) {
      for (const [flag, values] of given.get(command) ?? []) {
        const distinct = [...new Set(values)];
        if (distinct.length > 1) actionCommand.error(repeatedOptionMessage(flag, distinct), { exitCode: 2 });
      }
    }
  });
}

/** The refusal of one option given several different values, in Chinese and English. */
function repeatedOptionMessage(flag: string, values: readonly string[]): string {
  const message = `${flag} 只能取一个值，却给了 ${values.join('、')} / ${flag} takes one value but was given ${values.join(', ')}`;
  return flag === '--kind'
    ? `${message}\n  文件类型不同时，请按类型给文件命名（如 parcel_deliveries.csv），或先逐个 gigpact ingest 再给数据集编号 / ` +
        `for files of different kinds, name each after its kind (parcel_deliveries.csv), or ingest each with gigpact ` +
        `ingest and give the dataset ids`
    : message;
}
