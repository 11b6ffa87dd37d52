import { COMMANDS } from '../../../server/src/protocol';

// The commands this client registers, a subset of the ids the protocol spells
// out. Free of `vscode` imports so plain unit tests can compare it with package.json.

export const COMMAND_IDS = {
  showChecklist: COMMANDS.showChecklist,
  restartServer: COMMANDS.restartServer,
  exportCalendar: COMMANDS.exportCalendar,
  exportMemo: COMMANDS.exportMemo,
  fixAll: COMMANDS.fixAll,
  openSample: COMMANDS.openSample,
  createPlaybook: COMMANDS.createPlaybook,
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];
