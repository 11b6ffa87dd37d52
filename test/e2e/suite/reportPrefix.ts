/** Marks the mocha reporter's lines in the extension host's console, which also carries the workbench's own messages. */
export const REPORT_LINE_PREFIX = '[contract-review-e2e] ';
