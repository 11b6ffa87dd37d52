import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT, SUITES_OUT_DIR } from './paths';

// The extension host loads plain CommonJS, so the TypeScript suites are compiled
// with esbuild, one file per suite. `vscode` comes from the host and `mocha`
// from the repo's node_modules (the output sits inside the repo, so Node finds it).

const SUITE_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'suite');

export async function buildSuites(): Promise<void> {
  fs.rmSync(SUITES_OUT_DIR, { recursive: true, force: true });
  const entries = fs.readdirSync(SUITE_DIR)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => path.join(SUITE_DIR, name));
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: entries,
    outdir: SUITES_OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}
