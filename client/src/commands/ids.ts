// Command ids live in a module without `vscode` imports so that plain unit tests
// can compare them against package.json.

export const COMMAND_IDS = {
  showChecklist: 'contractReview.showChecklist',
  restartServer: 'contractReview.restartServer',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];
