import type { Command } from 'commander';
import { registerIngestCommand } from './ingest';
import { registerSimulateCommand } from './simulate';
import { registerMigrateCommand } from './migrate';
import { registerServeCommand } from './serve';
import { registerUserCommand } from './user';
import { registerRulesCommand } from './rules';
import { registerAgreementCommand } from './agreement';
import { registerAuditCommand } from './audit';

/** Every top-level command registers itself here, one file per command. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerUserCommand(program);
  registerIngestCommand(program);
  registerSimulateCommand(program);
  registerRulesCommand(program);
  registerAgreementCommand(program);
  registerAuditCommand(program);
}
