#!/usr/bin/env node
// The same engine as the language server, from the command line: see cli/usage.ts
// for the options and cli/run.ts for what happens. The hashbang survives bundling.
import { runCli } from './cli/run';

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

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
  readStdin: readAllStdin,
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
