import * as vscode from 'vscode';
import type { Session } from '../session';

/** "Contract Review: Restart Server": picks up a rebuilt server or a playbook the watcher missed. */
export function restartServer(session: Session): () => Promise<void> {
  return async () => {
    try {
      await session.restart();
      void vscode.window.setStatusBarMessage('Contract Review server restarted', 3000);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`The Contract Review server did not restart: ${reason}. See the "Contract Review" output for details.`);
    }
  };
}
