import * as vscode from 'vscode';
import type { Session } from '../session';
import { showChecklist } from './checklist';
import { COMMAND_IDS, type CommandId } from './ids';
import { restartServer } from './server';
import { exportCalendar } from './calendar';
import { fixAll } from './fixAll';
import { exportMemo } from './memo';
import { createPlaybook } from './playbook';
import { openSample } from './sample';

type CommandFactory = (session: Session) => (...args: never[]) => unknown;

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
};

export function registerCommands(session: Session): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, factory]) => vscode.commands.registerCommand(id, factory(session)));
}
