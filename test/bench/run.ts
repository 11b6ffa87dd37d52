// `npm run bench [-- --cuad DIR --runs N --reference-baseline MS]`: bundles
// measure.ts with esbuild, as the language server is bundled, and runs the
// bundle in a fresh Node process. Run from sources through tsx, every call
// between engine modules goes through an export getter, which makes the engine
// look about a quarter slower than the server that users run.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const outfile = join(tmpdir(), `contract-review-bench-${process.pid}.js`);
try {
  buildSync({
    entryPoints: [join(__dirname, 'measure.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'warning',
    // The bundle lives in the temp folder: tell it where the checkout is.
    define: { __BENCH_DIR__: JSON.stringify(__dirname) },
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Exit 2 is a missing corpus or a bad argument, already explained in one line.
  if (run.status !== 0 && run.status !== 2) console.error(`The benchmark stopped early (exit ${run.status ?? run.signal}).`);
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(outfile, { force: true });
}
