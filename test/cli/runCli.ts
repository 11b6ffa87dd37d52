import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CLI_PATH = join(REPO_ROOT, 'server', 'out', 'cli.js');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'cli');

/** Fixture paths relative to the repository root, as a user in the repo would type them. */
export const fixture = (name: string): string => join('test', 'fixtures', 'cli', name);

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function assertCliBuilt(): void {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} does not exist: run "npm run build" first (the root "npm test" builds before testing).`);
  }
}

/** Spawns the built CLI and resolves when it has exited and its streams are drained. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd: options.cwd ?? REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolvePromise({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** The 0-based offset of an LSP-style position in `text`, computed independently of the engine. */
export function offsetOf(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line) {
    if (i >= text.length) throw new Error(`line ${position.line} is past the end of the text`);
    const c = text[i];
    i++;
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return i + position.character;
}
