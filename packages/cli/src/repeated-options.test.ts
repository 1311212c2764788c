import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { collect } from './commands/ingest-options';
import { refuseRepeatedOptions } from './repeated-options';

/** A small command tree like gigpact's, whose action records what it was given; errors are thrown, not exited. */
function programRecording(ran: unknown[]): Command {
  const program = new Command('gigpact').exitOverride().configureOutput({ writeErr: () => undefined });
  const audit = program
    .command('audit')
    .option('--data <file...>', 'files')
    .option('-k, --kind <kind>', 'kind')
    .option('--map <pair>', 'map', collect, [])
    .option('--json', 'json')
    .action((options) => void ran.push(options));
  audit.exitOverride().configureOutput({ writeErr: () => undefined });
  refuseRepeatedOptions(program);
  return program;
}

describe('an option that takes one value, given twice', () => {
  it('is refused with both values named, in Chinese and English, before the command runs', async () => {
    const ran: unknown[] = [];
    const parsing = programRecording(ran).parseAsync(
      ['audit', '--data', 'a.csv', 'b.csv', '--kind', 'parcel_deliveries', '-k', 'courier_payroll'],
      { from: 'user' },
    );
    await expect(parsing).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('--kind 只能取一个值，却给了 parcel_deliveries、courier_payroll'),
    });
    await expect(parsing).rejects.toThrow(
      '--kind takes one value but was given parcel_deliveries, courier_payroll',
    );
    await expect(parsing).rejects.toThrow('name each after its kind (parcel_deliveries.csv)');
    expect(ran).toEqual([]);
  });

  it('runs when the value is given once, or twice alike, and leaves collected and variadic options alone', async () => {
    const ran: unknown[] = [];
    const program = programRecording(ran);
    await program.parseAsync(
      ['audit', '--data', 'a.csv', '--data', 'b.csv', '--kind', 'ride_trips', '--kind', 'ride_trips'],
      { from: 'user' },
    );
    await programRecording(ran).parseAsync(['audit', '--map', 'a=b', '--map', 'c=d', '--json', '--json'], {
      from: 'user',
    });
    expect(ran).toEqual([
      { data: ['a.csv', 'b.csv'], kind: 'ride_trips', map: [] },
      { map: ['a=b', 'c=d'], json: true },
    ]);
  });
});
