import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, NODE_24, RUNS_DIR, WORKSPACE_FIXTURE } from './paths';

// One code-server per check, each in its own sandbox: its own HOME, TMPDIR,
// user data and extensions, so nothing reaches the real home folder and two
// runs (or two engineers) never share state. It binds to loopback on a port
// the OS picks, and reports readiness on stdout, which we wait for.

/** User settings that keep the workbench from opening welcome pages, checking for updates or offering AI features. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  // Screenshots: no empty chat side bar, no half-faded widgets caught mid-animation.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.reduceMotion': 'on',
};

const START_TIMEOUT_MS = 120_000;

// code-server runs in its own process group, which outlives us unless we end it:
// whatever is still running when the runner exits (even by Ctrl+C) is stopped here.
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach(killGroup));

export interface Sandbox {
  readonly dir: string;
  /** A fresh copy of the fixture workspace the tests may change freely. */
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** HOME and TMPDIR inside the sandbox, for code-server and the browser alike. */
  readonly env: NodeJS.ProcessEnv;
  readonly logFile: string;
}

export function createSandbox(label: string): Sandbox {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(RUNS_DIR, `cr-e2e-${label}-`));
  const sub = (name: string) => {
    const p = path.join(dir, name);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  const workspace = sub('workspace');
  fs.cpSync(WORKSPACE_FIXTURE, workspace, { recursive: true });
  const userDataDir = sub('user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: sub('home'), TMPDIR: sub('tmp'), XDG_CONFIG_HOME: sub('home/.config') };
  return { dir, workspace, userDataDir, extensionsDir: sub('extensions'), env, logFile: path.join(dir, 'code-server.log') };
}

/** Removes a sandbox after a passing run; a failing run keeps it for its logs. */
export function removeSandbox(sandbox: Sandbox): void {
  fs.rmSync(sandbox.dir, { recursive: true, force: true });
}

function baseArgs(sandbox: Sandbox): string[] {
  return [CODE_SERVER_ENTRY, '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir,
    '--config', path.join(sandbox.dir, 'config.yaml')];
}

/** Installs a .vsix the way a user would (`--install-extension`), and returns the installed extensions with versions. */
export function installExtension(sandbox: Sandbox, vsix: string): string[] {
  const install = spawnSync(NODE_24, [...baseArgs(sandbox), '--install-extension', vsix], { env: sandbox.env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
  const list = spawnSync(NODE_24, [...baseArgs(sandbox), '--list-extensions', '--show-versions'], { env: sandbox.env, encoding: 'utf8' });
  return list.stdout.split('\n').map((l) => l.trim()).filter((l) => l.includes('@'));
}

export interface RunningCodeServer {
  /** e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * Starts code-server on a free loopback port and resolves once it says it is listening.
 * `smokeTestDriver` makes the workbench honour a test payload in the URL (for extension-host suites).
 */
export function startCodeServer(sandbox: Sandbox, options: { smokeTestDriver: boolean }): Promise<RunningCodeServer> {
  const args = [...baseArgs(sandbox), '--bind-addr', '127.0.0.1:0', '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened'];
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(sandbox.workspace);
  // Its own process group, so stopping it also stops the extension host and language server under it.
  const child = spawn(NODE_24, args, { env: sandbox.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = fs.createWriteStream(sandbox.logFile);
  child.stderr.pipe(log);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    running.delete(child);
    resolve();
  }));

  return new Promise((resolve, reject) => {
    let seen = '';
    let started = false;
    const timer = setTimeout(() => fail(new Error(`code-server did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      killGroup(child);
      reject(new Error(`${error.message} (log: ${sandbox.logFile})`));
    };
    const exitedEarly = (code: number | null) => fail(new Error(`code-server exited early with code ${code}`));
    child.once('exit', exitedEarly);
    child.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (started) return;
      seen += chunk.toString('utf8');
      const origin = listeningOrigin(seen);
      if (!origin) return;
      started = true;
      clearTimeout(timer);
      child.off('exit', exitedEarly);
      const port = Number(new URL(origin).port);
      resolve({
        origin,
        port,
        stop: async () => {
          killGroup(child);
          await exited;
          log.end();
        },
      });
    });
  });
}

/** The origin in code-server's "HTTP server listening on http://127.0.0.1:PORT/" line, once it has been printed. */
function listeningOrigin(output: string): string | null {
  const marker = 'HTTP server listening on ';
  const at = output.indexOf(marker);
  if (at < 0) return null;
  const lineEnd = output.indexOf('\n', at);
  if (lineEnd < 0) return null;
  const url = output.slice(at + marker.length, lineEnd).trim();
  return new URL(url).origin;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
