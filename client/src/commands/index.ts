import * as vscode from 'vscode';
import type { Session } from '../session';
import { showChecklist } from './checklist';
import { compareWithPrevious } from './compare';
import { COMMAND_IDS, type CommandId } from './ids';
import { restartServer } from './server';
import { exportCalendar } from './calendar';
import { fixAll } from './fixAll';
import { exportMemo } from './memo';
import { createPlaybook } from './playbook';
import { openSample } from './sample';
import type { EditorFeatures } from './features';
import { copySuggestion, reviewWordPdf } from './wordPdf';

type CommandFactory = (session: Session, features: EditorFeatures) => (...args: never[]) => unknown;

// The one table of commands. Keyed by id so the compiler insists on a handler for
// every id in ids.ts, and the manifest test checks ids.ts against package.json.
const COMMANDS: Readonly<Record<CommandId, CommandFactory>> = {
  [COMMAND_IDS.showChecklist]: showChecklist,
  [COMMAND_IDS.restartServer]: restartServer,
  [COMMAND_IDS.exportCalendar]: exportCalendar,
  [COMMAND_IDS.exportMemo]: exportMemo,
  [COMMAND_IDS.fixAll]: fixAll,
  [COMMAND_IDS.openSample]: openSample,
  [COMMAND_IDS.createPlaybook]: createPlaybook,
  [COMMAND_IDS.reviewWordPdf]: reviewWordPdf,
  [COMMAND_IDS.compareWithPrevious]: compareWithPrevious,
  [COMMAND_IDS.copySuggestion]: copySuggestion,
};

export function registerCommands(session: Session, features: EditorFeatures): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => vscode.commands.registerCommand(id, factory(session, features)));
}
