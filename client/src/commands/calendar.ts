import * as vscode from 'vscode';
import { RenewalCalendarRequest } from '../../../server/src/protocol';
import type { Session } from '../session';
import { describeError, draftFor, saveTarget } from './target';

/**
 * "Contract Review: Add Renewal Deadline to Calendar": the server writes the
 * iCalendar text (the report's calendar code); the client only saves it.
 * Arguments, both optional: the draft's URI (the code lens passes it) and where
 * to save. Resolves with the saved file's URI, or undefined.
 */
export function exportCalendar(session: Session): (draft?: unknown, target?: unknown) => Promise<vscode.Uri | undefined> {
  return async (draft, target) => {
    const document = await draftFor(draft);
    if (!document) return undefined;
    try {
      const result = await session.request(RenewalCalendarRequest.type, document.uri, {});
      if (result === null) {
        void vscode.window.showWarningMessage('Contract Review does not review this document, so it has no renewal deadline.');
        return undefined;
      }
      if (result.calendar === null) {
        void vscode.window.showWarningMessage(result.reason);
        return undefined;
      }
      const uri = await saveTarget(document, result.fileName, { iCalendar: ['ics'] }, target);
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.calendar));
      void vscode.window.showInformationMessage(`Saved ${result.events === 1 ? 'the non-renewal deadline' : `${result.events} non-renewal deadlines`} to ${vscode.workspace.asRelativePath(uri)}: open it with your calendar to add ${result.events === 1 ? 'it' : 'them'}, with reminders 30 and 7 days before.`);
      return uri;
    } catch (error) {
      void vscode.window.showErrorMessage(`Could not write the calendar file: ${describeError(error)}`);
      return undefined;
    }
  };
}
