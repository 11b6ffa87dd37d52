import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeDraft } from '../cli/decode';
import { describeMove } from '../compareReport/describe';
import { comparisonMarkdown } from '../compareReport/markdown';
import { convertDraftBytes } from '../convert/load';
import { createLocator, type Locator } from '../convert/locations';
import { convertedKindOf, type ConversionProgress, type ConvertedKind } from '../convert/types';
import { compareReviews } from '../engine/compare';
import type { SourceFormat } from '../engine/model';
import { review } from '../engine/review';
import { DRAFT_TOO_LARGE, MAX_DRAFT_BYTES, MAX_DRAFT_CHARACTERS } from '../inputLimits';
import { readBounded } from '../boundedRead';
import { sourceUriOfRendering, type CompareDraftsParams, type CompareDraftsResult, type PreviousDraft } from '../protocol';
import { formatOf } from './documentFormat';
import { reviewedFilePath, uriToPath } from './paths';
import { describeFsError, renderDraft, renderedKindOf } from './renderings';
import type { DocumentReviewer } from './reviewer';
import { toRange } from './toProtocol';

// "Compare with Previous Draft": the client names the current draft and an earlier
// turn (a file, or the bytes of a git revision it fetched); everything else — reading,
// converting, reviewing and comparing — happens here, with the engine's compare module
// and the same Markdown page as `contract-review compare --format markdown`.

interface DraftText {
  readonly name: string;
  readonly text: string;
  readonly format: SourceFormat;
  /** Set when the text is the rendering of a Word or PDF file. */
  readonly converted: ConvertedKind | null;
}

type Read = { readonly ok: true; readonly draft: DraftText } | { readonly ok: false; readonly message: string };

export async function compareDrafts(
  params: CompareDraftsParams,
  documents: TextDocuments<TextDocument>,
  reviewer: DocumentReviewer,
  onProgress?: ConversionProgress,
): Promise<CompareDraftsResult> {
  const current = await readCurrent(params.uri, documents, onProgress);
  if (!current.ok) return current;
  const previous = await readPrevious(params.previous, documents, onProgress);
  if (!previous.ok) return previous;
  const inputs = await reviewer.reviewInputs(params.uri);
  if (!inputs) return { ok: false, message: 'Contract Review is switched off for this document ("contractReview.enable").' };

  // The earlier turn usually sits beside the current one: neither counts as the other's sibling draft.
  const compared = new Set([current.draft.name, previous.draft.name]);
  const siblings = inputs.siblings.filter((s) => !compared.has(s.path));
  const reviewOf = (draft: DraftText) => review(draft.text, { format: draft.format, playbook: inputs.playbook, siblings });
  const comparison = compareReviews(reviewOf(previous.draft), reviewOf(current.draft));

  const locators: Record<'old' | 'new', Locator | null> = {
    old: locatorOf(previous.draft, comparison.old.contract.headings),
    new: locatorOf(current.draft, comparison.new.contract.headings),
  };
  const oldName = 'label' in params.previous && params.previous.label ? params.previous.label : previous.draft.name;
  const newName = current.draft.name;
  const markdown = comparisonMarkdown(comparison, { old: oldName, new: newName }, (side, finding) => locators[side]?.(finding.span.start) ?? null);
  return {
    ok: true,
    oldName,
    newName,
    markdown,
    introduced: comparison.introduced.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      range: toRange(comparison.new.contract.lineStarts, f.span),
    })),
    resolvedCount: comparison.resolved.length,
    unchangedCount: comparison.unchanged.length,
    moves: comparison.moves.map((m) => ({ label: m.label, change: describeMove(m), effect: m.effect })),
  };
}

function locatorOf(draft: DraftText, headings: Parameters<typeof createLocator>[2]): Locator | null {
  return draft.converted ? createLocator(draft.converted, draft.text, headings) : null;
}

/** The current draft: the open document's text when it is open (a rendering included), else the file. */
async function readCurrent(uri: string, documents: TextDocuments<TextDocument>, onProgress?: ConversionProgress): Promise<Read> {
  const open = documents.get(uri);
  const filePath = reviewedFilePath(uri);
  const name = filePath ? path.basename(filePath) : uri;
  if (open) return checkedLength({ name, text: open.getText(), format: formatOf(open), converted: renderedKindOf(uri) });
  return readFile(sourceUriOfRendering(uri) ?? uri, onProgress);
}

async function readPrevious(previous: PreviousDraft, documents: TextDocuments<TextDocument>, onProgress?: ConversionProgress): Promise<Read> {
  if ('uri' in previous) {
    const open = documents.get(previous.uri);
    if (open) return readCurrent(previous.uri, documents, onProgress);
    return readFile(previous.uri, onProgress);
  }
  const name = path.basename(previous.name);
  const bytes = Buffer.from(previous.base64, 'base64');
  return fromBytes(name, bytes, onProgress);
}

async function readFile(uri: string, onProgress?: ConversionProgress): Promise<Read> {
  const filePath = uriToPath(uri);
  if (filePath === null) return { ok: false, message: 'Only drafts saved as files can be compared.' };
  const name = path.basename(filePath);
  if (convertedKindOf(filePath)) {
    const rendered = await renderDraft(uri, onProgress);
    if (!rendered.ok) return rendered;
    return { ok: true, draft: { name, text: rendered.markdown, format: 'markdown', converted: rendered.kind } };
  }
  const read = await readBounded(filePath, MAX_DRAFT_BYTES);
  if (!read.ok) {
    const reason = read.reason === 'error' ? describeFsError(read.error) : read.reason === 'too-large' ? `it is ${DRAFT_TOO_LARGE}` : `it is ${read.kind}, not a regular file`;
    return { ok: false, message: `Cannot compare with ${name}: ${reason}.` };
  }
  return fromBytes(name, read.bytes, onProgress);
}

async function fromBytes(name: string, bytes: Uint8Array, onProgress?: ConversionProgress): Promise<Read> {
  const kind = convertedKindOf(name);
  if (kind) {
    const converted = await convertDraftBytes(name, bytes, onProgress);
    if (!converted.ok) return { ok: false, message: `Cannot compare with ${name}: ${converted.message}.` };
    return checkedLength({ name, text: converted.draft.markdown, format: 'markdown', converted: kind });
  }
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return { ok: false, message: `Cannot compare with ${name}: ${decoded.reason}.` };
  return checkedLength({ name, text: decoded.text, format: /\.(md|markdown)$/i.test(name) ? 'markdown' : 'plaintext', converted: null });
}

function checkedLength(draft: DraftText): Read {
  return draft.text.length > MAX_DRAFT_CHARACTERS
    ? { ok: false, message: `Cannot compare ${draft.name}: it is ${DRAFT_TOO_LARGE}.` }
    : { ok: true, draft };
}
