#!/usr/bin/env node
// The same engine as the language server, from the command line: see cli/usage.ts
// for the options and cli/run.ts for what happens. The hashbang survives bundling.
import { readStreamBounded } from './boundedRead';
import { runCli } from './cli/run';
import { MAX_DRAFT_BYTES } from './inputLimits';

// A reader that stops early (`| head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readStreamBounded(process.stdin, MAX_DRAFT_BYTES),
}).then(
  (code) => {
    // exitCode rather than exit(): a large report piped to a slow reader must drain first.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`contract-review: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
