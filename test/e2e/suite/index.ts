import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { REPORT_LINE_PREFIX } from './reportPrefix';

// The module VS Code loads as extensionTestsPath: runs every compiled suite
// beside it with mocha, inside the extension host, and settles with the result.
// The reporter's lines are marked, so the runner can print them apart from the
// workbench's own chatter that travels the same way.

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    for (const line of format(...data).split('\n')) console.log(`${REPORT_LINE_PREFIX}${line}`);
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: Number(process.env.E2E_TEST_TIMEOUT_MS ?? 90_000) });
  const suites = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of suites) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
  });
}
