import { runTests, TestRunFailedError } from '@vscode/test-electron';
import type { Sandbox } from './codeServer';
import type { HostRun } from './hostSuites';

// The same suites in a desktop VS Code that @vscode/test-electron downloads.
// Only for machines that can reach Microsoft's download servers (E2E_USE_ELECTRON=1);
// CI here has no such access and uses code-server instead.

export async function runHostSuitesInElectron(sandbox: Sandbox, run: HostRun): Promise<number> {
  try {
    return await runTests({
      extensionDevelopmentPath: run.extensionDevelopmentPath,
      extensionTestsPath: run.extensionTestsPath,
      extensionTestsEnv: { HOME: sandbox.env.HOME, TMPDIR: sandbox.env.TMPDIR },
      launchArgs: [sandbox.workspace, '--disable-extensions', '--disable-workspace-trust',
        '--user-data-dir', sandbox.userDataDir, '--extensions-dir', sandbox.extensionsDir],
    });
  } catch (error) {
    // A failed suite rejects with TestRunFailedError; anything else means VS Code itself could not run.
    if (error instanceof TestRunFailedError) return error.code ?? 1;
    throw error;
  }
}
