import type { Finding, Fix } from '../../engine/model';
import { rangeOf } from '../../engine/positions';
import type { ChecklistItem } from '../../engine/checklist';
import type { ReviewedFile } from '../reviewedFile';
import { rangeToJson, spansToRanges, type JsonValue } from './spanRanges';
import { locatorFor } from './location';

/** Bumped when a consumer of the JSON would have to change; adding keys does not bump it. */
export const JSON_OUTPUT_VERSION = 1;

type JsonObject = { [key: string]: JsonValue };

/** The whole run as one JSON document; positions are 0-based UTF-16 as in LSP. */
export function formatJson(files: readonly ReviewedFile[]): string {
  const output: JsonObject = { version: JSON_OUTPUT_VERSION, files: files.map(fileToJson) };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function fileToJson(file: ReviewedFile): JsonObject {
  const { review } = file;
  const lineStarts = review.contract.lineStarts;
  const locate = locatorFor(file);
  return {
    path: file.draft.path,
    format: file.draft.format,
    // Word and PDF drafts: positions are in this Markdown rendering; `location` on a finding names the page or heading.
    ...(file.draft.converted ? { converted: { from: file.draft.converted.kind, notes: [...file.draft.converted.notes], rendering: file.draft.text } } : {}),
    kind: review.kind,
    keyTerms: spansToRanges(review.keyTerms, lineStarts),
    findings: review.findings.map((f) => ({ ...findingToJson(f, lineStarts), ...(locate ? { location: locate(f.span.start) } : {}) })),
    checklist: review.checklist.map((item) => checklistItemToJson(item, lineStarts)),
    // The other drafts in the folder: whether each was taken as part of this deal, and why.
    deal: review.deal.map((d) => ({ path: d.path, member: d.member, reason: d.reason })),
  };
}

function findingToJson(finding: Finding, lineStarts: readonly number[]): JsonObject {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    range: rangeToJson(rangeOf(lineStarts, finding.span)),
    facts: { ...finding.facts },
    fixes: finding.fixes.map((fix) => fixToJson(fix, lineStarts)),
  };
}

function fixToJson(fix: Fix, lineStarts: readonly number[]): JsonObject {
  return {
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((edit) => ({ range: rangeToJson(rangeOf(lineStarts, edit.span)), newText: edit.newText })),
  };
}

function checklistItemToJson(item: ChecklistItem, lineStarts: readonly number[]): JsonObject {
  return {
    id: item.id,
    title: item.title,
    state: item.state,
    ruleIds: [...item.ruleIds],
    detail: item.detail,
    test: item.test,
    range: item.span ? rangeToJson(rangeOf(lineStarts, item.span)) : null,
  };
}
