import { buildProgram } from './program';

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
