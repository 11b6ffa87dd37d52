import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { CHROMIUM, PLAYWRIGHT_DIR } from './paths';
import type { Sandbox } from './codeServer';

// playwright-core lives in the e2e cache (setup.sh installs it), not in the
// project's dependencies, so it is loaded at run time and typed here by the
// little of its API the checks use. The browser is always Debian's Chromium;
// playwright-core never downloads one.

export interface Locator {
  first(): Locator;
  nth(index: number): Locator;
  count(): Promise<number>;
  textContent(): Promise<string | null>;
  innerText(): Promise<string>;
  getAttribute(name: string): Promise<string | null>;
  waitFor(options?: { state?: 'attached' | 'visible' | 'hidden' | 'detached'; timeout?: number }): Promise<void>;
  click(): Promise<void>;
  hover(): Promise<void>;
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  filter(options: { hasText: string }): Locator;
  locator(selector: string): Locator;
}

export interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  locator(selector: string): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  waitForFunction(fn: string, arg?: unknown, options?: { timeout?: number; polling?: 'raf' | number }): Promise<unknown>;
  setDefaultTimeout(ms: number): void;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launchPersistentContext(userDataDir: string, options: Record<string, unknown>): Promise<BrowserContext>;
}

export function launchChromium(sandbox: Sandbox): Promise<BrowserContext> {
  if (!fs.existsSync(PLAYWRIGHT_DIR)) throw new Error(`playwright-core is not installed in ${PLAYWRIGHT_DIR}: run test/e2e/setup.sh`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run test/e2e/setup.sh (it installs Debian's chromium)`);
  const load = createRequire(path.join(PLAYWRIGHT_DIR, 'package.json'));
  const { chromium } = load(PLAYWRIGHT_DIR) as { chromium: Chromium };
  return chromium.launchPersistentContext(path.join(sandbox.dir, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    env: sandbox.env,
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}
