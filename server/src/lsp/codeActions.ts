import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionContext, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/model';
import { computeLineStarts } from '../engine/positions';
import { COMMANDS, DIAGNOSTIC_SOURCE, type FindingDiagnosticData } from '../protocol';
import { disableForFileEdit, disableForLineEdit } from './disableComments';
import { formatOf } from './documentFormat';
import { isRendering } from './renderings';
import { toRange } from './toProtocol';

/**
 * Quick fixes for the diagnostics in the request, built from `Diagnostic.data`
 * alone. Every edit names the document version it was computed for, so the
 * client refuses it once the text has moved on; diagnostics from an older
 * version than the document's get no actions at all.
 */
export function codeActionsFor(document: TextDocument, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) return [];
  const text = document.getText();
  const format = formatOf(document);
  const lineStarts = computeLineStarts(text);
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const data = readFindingData(diagnostic.data, text.length);
    if (!data || data.version !== document.version) continue;
    if (isRendering(document.uri)) {
      actions.push(...copyActions(diagnostic, data.fixes));
      continue;
    }
    const edit = (edits: TextEdit[]) => ({ documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] });

    const preferred = data.fixes.findIndex((f) => f.safe);
    data.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === preferred,
        edit: edit(fix.edits.map((e) => ({ range: toRange(lineStarts, e.span), newText: e.newText }))),
      });
    });
    actions.push(
      disableAction(`Disable ${data.ruleId} for this line`, diagnostic, edit([disableForLineEdit(text, format, diagnostic.range.start.line, data.ruleId)])),
      disableAction(`Disable ${data.ruleId} for this file`, diagnostic, edit([disableForFileEdit(text, format, data.ruleId)])),
    );
  }
  return actions;
}

/**
 * A rendering of a Word or PDF file is read-only: instead of edits, each fix's wording
 * can be copied, to paste into the vendor's file or a reply. Fixes that only delete
 * text have no wording to copy.
 */
function copyActions(diagnostic: Diagnostic, fixes: readonly Fix[]): CodeAction[] {
  return fixes.flatMap((fix) => {
    const wording = fix.edits.map((e) => e.newText).filter((t) => t.trim() !== '').join('\n');
    if (wording === '') return [];
    return [{
      title: `Copy suggested wording: ${shorten(wording)}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Copy suggested wording', command: COMMANDS.copySuggestion, arguments: [wording] },
    }];
  });
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? `"${line}"` : `"${line.slice(0, 59)}…"`;
}

function disableAction(title: string, diagnostic: Diagnostic, edit: CodeAction['edit']): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

/**
 * `Diagnostic.data` comes back from the client untyped: accept only the shape
 * this server wrote, with every span inside the current text.
 */
export function readFindingData(data: unknown, textLength: number): FindingDiagnosticData | null {
  if (!isRecord(data) || typeof data.ruleId !== 'string' || typeof data.version !== 'number' || !Array.isArray(data.fixes)) return null;
  const fixes: Fix[] = [];
  for (const fix of data.fixes as unknown[]) {
    if (!isFix(fix, textLength)) return null;
    fixes.push(fix);
  }
  return { ruleId: data.ruleId, version: data.version, fixes };
}

function isFix(value: unknown, textLength: number): value is Fix {
  if (!isRecord(value) || typeof value.title !== 'string' || typeof value.safe !== 'boolean' || !Array.isArray(value.edits)) return false;
  return (value.edits as unknown[]).every((edit) => {
    if (!isRecord(edit) || typeof edit.newText !== 'string' || !isRecord(edit.span)) return false;
    const { start, end } = edit.span;
    return typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= textLength;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
