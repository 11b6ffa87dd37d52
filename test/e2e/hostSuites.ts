import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { firstPage, launchChromium, type BrowserContext } from './browser';
import { startCodeServer, type Sandbox } from './codeServer';
import { REPORT_LINE_PREFIX } from './suite/reportPrefix';

// Runs the extension-host suites inside code-server, the way test-electron runs
// them in a desktop VS Code: the workbench URL carries a payload naming the
// extension under development and the tests module (as vscode-remote URIs, since
// both live on the server). The workbench honours it only with the smoke-test
// driver switched on, and reports the host's console and exit code through two
// page globals we provide.

const RESULT_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);

export interface HostRun {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath: string;
}

/** Resolves with the suites' exit code (0 when all passed). */
export async function runHostSuitesInCodeServer(sandbox: Sandbox, run: HostRun, print: (line: string) => void): Promise<number> {
  const server = await startCodeServer(sandbox, { smokeTestDriver: true });
  // Everything the host logs goes to a file; only the reporter's marked lines are printed.
  const hostLog = fs.createWriteStream(path.join(sandbox.dir, 'extension-host.log'));
  let browser: BrowserContext | undefined;
  try {
    browser = await launchChromium(sandbox);
    const page = await firstPage(browser);
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const text = format(...args);
      hostLog.write(`[${type}] ${text}\n`);
      for (const line of text.split('\n')) {
        if (line.startsWith(REPORT_LINE_PREFIX)) print(line.slice(REPORT_LINE_PREFIX.length));
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(run.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(run.extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(sandbox.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return await withDeadline(exitCode, RESULT_TIMEOUT_MS, 'the extension-host suites reported no result');
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    hostLog.end();
  }
}

/** A last-resort deadline so a hung workbench fails the run instead of blocking CI; not a synchronisation wait. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms); });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
