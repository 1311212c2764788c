import { buildProgram } from './program';

// Output piped into a reader that stops early (`| head`): the rest is not wanted, so stop quietly as other
// command-line tools do, instead of failing with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
