import * as fs from 'node:fs';
import { buildSuites } from './buildSuites';
import { createSandbox, removeSandbox, type Sandbox } from './codeServer';
import { runHostSuitesInElectron } from './electronSuites';
import { runHostSuitesInCodeServer } from './hostSuites';
import { CODE_SERVER_ENTRY, REPO_ROOT, SUITES_ENTRY, packagedVsixPath } from './paths';
import { runUiCheck } from './uiCheck';

// `npm run test:e2e` after set-up, build and packaging: the extension-host
// suites, then the UI check against the packaged .vsix. Exits non-zero if
// either fails. E2E_USE_ELECTRON=1 runs the suites in a desktop VS Code that
// @vscode/test-electron downloads (for machines with internet); the default is
// code-server, which set-up installs from the npm registry. E2E_ONLY=suites|ui
// runs one half.

interface Outcome {
  readonly name: string;
  readonly passed: boolean;
  readonly seconds: number;
}

async function step(name: string, label: string, body: (sandbox: Sandbox) => Promise<boolean>): Promise<Outcome> {
  const started = Date.now();
  const sandbox = createSandbox(label);
  console.log(`\n=== ${name} (sandbox ${sandbox.dir})`);
  let passed = false;
  try {
    passed = await body(sandbox);
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`=== ${name}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
  if (passed) removeSandbox(sandbox);
  else console.log(`    logs kept in ${sandbox.dir}`);
  return { name, passed, seconds };
}

async function main(): Promise<number> {
  const only = process.env.E2E_ONLY;
  const useElectron = process.env.E2E_USE_ELECTRON === '1';
  if (!useElectron && !fs.existsSync(CODE_SERVER_ENTRY)) {
    console.error(`code-server is not installed at ${CODE_SERVER_ENTRY}: run test/e2e/setup.sh first (npm run test:e2e does).`);
    return 1;
  }
  await buildSuites();
  const outcomes: Outcome[] = [];
  if (only !== 'ui') {
    const run = { extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: SUITES_ENTRY };
    outcomes.push(await step(useElectron ? 'extension-host suites (VS Code desktop)' : 'extension-host suites (code-server)', 'suites', async (sandbox) =>
      (useElectron ? await runHostSuitesInElectron(sandbox, run) : await runHostSuitesInCodeServer(sandbox, run, (line) => console.log(`  ${line}`))) === 0));
  }
  if (only !== 'suites') {
    const vsix = packagedVsixPath();
    outcomes.push(await step('UI check (packaged .vsix in code-server)', 'ui', (sandbox) => runUiCheck(sandbox, vsix, (line) => console.log(`  ${line}`))));
  }
  console.log('\nEnd-to-end summary:');
  for (const o of outcomes) console.log(`  ${o.passed ? 'pass' : 'FAIL'}  ${o.name} (${o.seconds} s)`);
  return outcomes.every((o) => o.passed) && outcomes.length > 0 ? 0 : 1;
}

// Failure unless main() says otherwise: if a bug left a promise that never settles,
// Node would drain its event loop and exit, and that must not read as a pass.
process.exitCode = 1;
// Exit through process.exit so the 'exit' hooks stop any code-server still running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
