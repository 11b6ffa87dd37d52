import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { firstPage, launchChromium, type BrowserContext, type Page } from './browser';
import { installExtension, startCodeServer, type Sandbox } from './codeServer';
import { ARTIFACTS_DIR, extensionId } from './paths';

// What a person sees: code-server with the packaged .vsix installed the way a
// user installs it, the fixture draft opened from Quick Open, squiggles and the
// Problems count, a hover on a squiggle, the checklist run from the command palette,
// the Contract Review side bar and the renewal code lens. Each step
// waits for the element it needs; the screenshots land in test/e2e/artifacts/.

const DRAFT = 'renewal-msa.md';
const STEP_TIMEOUT_MS = Number(process.env.E2E_UI_STEP_TIMEOUT_MS ?? 60_000);
/** Rule ids the fixture draft triggers; the Problems panel must list each. */
const EXPECTED_RULES = ['drafting/number-mismatch', 'renewal/long-renewal-term', 'renewal/long-notice-period'];

type Print = (line: string) => void;

export async function runUiCheck(sandbox: Sandbox, vsix: string, print: Print): Promise<boolean> {
  const checks = new Checks(print);
  if (!await checks.run('the .vsix installs with --install-extension', () => {
    assert.ok(fs.existsSync(vsix), `${vsix} is missing: run npm run package`);
    const installed = installExtension(sandbox, vsix);
    const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(vsix), 'package.json'), 'utf8')) as { version: string }).version;
    assert.ok(installed.includes(`${extensionId()}@${version}`), `installed: ${installed.join(', ') || 'nothing'}`);
  })) return false;

  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const server = await startCodeServer(sandbox, { smokeTestDriver: false });
  let browser: BrowserContext | undefined;
  try {
    browser = await launchChromium(sandbox);
    const page = await firstPage(browser);
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS_DIR, name) });
    const ok = await checks.run('the workbench opens the fixture folder', async () => {
      await page.goto(`${server.origin}/?folder=${encodeURIComponent(sandbox.workspace)}`);
      await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: DRAFT }).first().waitFor();
    }) && await checks.run(`Quick Open shows ${DRAFT} with squiggles`, async () => {
      await openWithQuickOpen(page, DRAFT);
      await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
      await shot('01-draft-with-squiggles.png');
    }) && await checks.run('hovering a squiggle explains the finding', async () => {
      // The squiggle lies under the text layer, which takes the pointer: move the mouse to it instead of hover().
      const box = await page.locator('.monaco-editor .squiggly-warning').first().boundingBox();
      assert.ok(box, 'a warning squiggle on screen');
      const [x, y] = [box.x + Math.min(box.width / 2, 40), box.y + box.height / 2];
      await page.mouse.move(x - 5, y);
      await page.mouse.move(x, y);
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Why it matters' }).first();
      await hover.waitFor();
      const text = await hover.innerText();
      assert.match(text, /What to ask for/, `hover:\n${text}`);
      await shot('01b-hover.png');
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
    }) && await checks.run('the status bar counts the errors and warnings', async () => {
      const counts = await problemCounts(page);
      assert.ok(counts.errors >= 1 && counts.warnings >= 2, `status bar says ${counts.errors} error(s), ${counts.warnings} warning(s)`);
      print(`    status bar: ${counts.errors} error(s), ${counts.warnings} warning(s)`);
    }) && await checks.run('the Problems panel lists the findings with their rule ids', async () => {
      await runCommand(page, 'View: Focus Problems', 'workbench.panel.markers.view.focus');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: 'renewal/long-notice-period' }).first().waitFor();
      const text = await page.locator('.markers-panel').innerText();
      for (const rule of EXPECTED_RULES) assert.ok(text.includes(rule), `Problems panel lacks ${rule}:\n${text}`);
      await shot('02-problems-panel.png');
    }) && await checks.run('"Contract Review: Show Checklist" lists the checklist', async () => {
      await focusEditor(page);
      await runCommand(page, 'Contract Review: Show Checklist', 'contractReview.showChecklist');
      const title = page.locator('.quick-input-widget .quick-input-title');
      await title.filter({ hasText: 'Contract checklist' }).waitFor();
      print(`    title: ${await title.innerText()}`);
      const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
      await rows.first().waitFor();
      const listed = await page.locator('.quick-input-widget .quick-input-list').innerText();
      assert.match(listed, /renewal/i, `checklist rows:\n${listed}`);
      print(`    checklist shows ${await rows.count()} visible item(s)`);
      await shot('03-checklist.png');
      await page.keyboard.press('Escape');
    }) && await checks.run('the Contract Review side bar shows the checklist and the key terms', async () => {
      await runCommand(page, 'Focus on Checklist View', 'contractReview.checklist.focus');
      const rows = page.locator('.pane-body .monaco-list-row');
      await rows.filter({ hasText: 'Auto-renewal term' }).first().waitFor();
      await rows.filter({ hasText: 'Last day to give notice of non-renewal' }).first().waitFor();
      await shot('04-checklist-and-key-terms.png');
    }) && await checks.run('a code lens above the renewal clause gives the notice deadline', async () => {
      await focusEditor(page);
      const lens = page.locator('.monaco-editor .codelens-decoration').filter({ hasText: 'Non-renewal notice due by' }).first();
      await lens.waitFor();
      print(`    code lens: ${(await lens.innerText()).split('\n')[0]}`);
      await shot('05-renewal-code-lens.png');
    });
    if (!ok) await shot('failure.png').catch(() => undefined);
    return ok;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
}

/** Named steps printed as pass/fail lines; stops at the first failure. */
class Checks {
  constructor(private readonly print: Print) {}

  async run(name: string, body: () => unknown): Promise<boolean> {
    try {
      await body();
      this.print(`✔ ${name}`);
      return true;
    } catch (error) {
      this.print(`✘ ${name}`);
      this.print(`    ${error instanceof Error ? error.message.split('\n').join('\n    ') : String(error)}`);
      return false;
    }
  }
}

async function openWithQuickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').first().waitFor();
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active').filter({ hasText: fileName }).waitFor();
}

/** Runs a command from the palette (F1), picking the row that shows `label`. */
async function runCommand(page: Page, label: string, commandId: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').first().waitFor();
  await page.keyboard.type(label);
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: label }).first();
  await row.waitFor().catch(() => { throw new Error(`the command palette offers no "${label}" (${commandId})`); });
  await page.keyboard.press('Enter');
}

async function focusEditor(page: Page): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
}

/** Reads the status bar's problems item, whose accessible label names both counts. */
async function problemCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  const item = page.locator('[id="status.problems"]');
  await item.waitFor();
  const label = `${await item.getAttribute('aria-label') ?? ''} ${await item.innerText()}`;
  const count = (word: string) => {
    const words = label.toLowerCase().split(/[^a-z0-9]+/);
    const at = words.findIndex((w) => w.startsWith(word));
    return at >= 0 ? Number(words[at + 1] ?? words[at - 1]) : NaN;
  };
  const errors = count('error');
  const warnings = count('warning');
  if (Number.isNaN(errors) || Number.isNaN(warnings)) throw new Error(`cannot read the counts from the status bar: "${label}"`);
  return { errors, warnings };
}
