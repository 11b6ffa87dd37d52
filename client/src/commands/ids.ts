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
  reviewWordPdf: COMMANDS.reviewWordPdf,
  compareWithPrevious: COMMANDS.compareWithPrevious,
  copySuggestion: COMMANDS.copySuggestion,
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

/** The custom editor that opens .docx and .pdf files as read-only renderings (package.json `customEditors`). */
export const WORD_PDF_EDITOR_VIEW_TYPE = 'contractReview.wordPdfDraft';
