// Reads `contract-review-disable…` comments. Markdown drafts write them as HTML
// comments; plain-text drafts as a line of their own, optionally behind `//`,
// `#`, or in `[ … ]`. An optional ` -- reason` after the rule ids is ignored.
import type { Span, Suppressions } from '../model';
import { lineOf } from '../positions';
import { isBlankLine, type Line } from './lines';

/** The comment words a draft uses to switch rules off; the LSP's "disable" actions write them. */
export const DISABLE_NEXT_LINE = 'contract-review-disable-next-line';
export const DISABLE_FILE = 'contract-review-disable';
/** Switches rules off on the comment's own line: where a line above cannot go, as inside a Markdown table. */
export const DISABLE_LINE = 'contract-review-disable-line';

export interface DisableDirective {
  readonly scope: 'next-line' | 'line' | 'file';
  /** Rule ids, or ['*'] for every rule. */
  readonly ruleIds: readonly string[];
  /** 0-based line where the directive ends ('line': where it starts). */
  readonly line: number;
}

/** The directive in a comment body such as " contract-review-disable-next-line a/b, c/d ". */
export function parseDirective(body: string): Omit<DisableDirective, 'line'> | undefined {
  const trimmed = body.trim();
  let scope: DisableDirective['scope'];
  let rest: string;
  if (startsWithWord(trimmed, DISABLE_NEXT_LINE)) {
    scope = 'next-line';
    rest = trimmed.slice(DISABLE_NEXT_LINE.length);
  } else if (startsWithWord(trimmed, DISABLE_LINE)) {
    scope = 'line';
    rest = trimmed.slice(DISABLE_LINE.length);
  } else if (startsWithWord(trimmed, DISABLE_FILE)) {
    scope = 'file';
    rest = trimmed.slice(DISABLE_FILE.length);
  } else {
    return undefined;
  }
  const reasonAt = rest.indexOf(' -- ');
  if (reasonAt >= 0) rest = rest.slice(0, reasonAt);
  const ruleIds = rest.split(/[\s,]+/).filter((id) => id.length > 0);
  return { scope, ruleIds: ruleIds.length > 0 ? ruleIds : ['*'] };
}

/** "contract-review-disable" must not match the start of "contract-review-disable-next-line". */
function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const after = text.charCodeAt(word.length);
  return Number.isNaN(after) || after === 32 || after === 44;
}

/** Directives in Markdown HTML comments (spans found by findMarkdownNonText). */
export function directivesInComments(text: string, comments: readonly Span[], lineStarts: readonly number[]): DisableDirective[] {
  const directives: DisableDirective[] = [];
  for (const comment of comments) {
    const parsed = parseDirective(text.slice(comment.start + 4, comment.end - 3));
    if (!parsed) continue;
    // "this line" is the line the comment opens on; "the next line" follows the line it closes on.
    const at = parsed.scope === 'line' ? comment.start : Math.max(comment.start, comment.end - 1);
    directives.push({ ...parsed, line: lineOf(lineStarts, at) });
  }
  return directives;
}

/** Longest line worth checking: a directive is a short line. */
const MAX_DIRECTIVE_LINE = 1000;

/**
 * Directives on lines of their own in a plain-text draft, and those lines' spans
 * (they are not contract text, so the caller blanks them).
 */
export function directivesOnLines(text: string, lines: readonly Line[]): { directives: DisableDirective[]; spans: Span[] } {
  const directives: DisableDirective[] = [];
  const spans: Span[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const length = line.contentEnd - line.contentStart;
    if (length < DISABLE_FILE.length || length > MAX_DIRECTIVE_LINE) continue;
    const raw = text.slice(line.contentStart, line.contentEnd);
    if (!raw.includes(DISABLE_FILE)) continue;
    const parsed = parseDirective(unwrapComment(raw));
    // A plain-text directive is a line of its own, so it has no line of its own to switch off.
    if (!parsed || parsed.scope === 'line') continue;
    directives.push({ ...parsed, line: i });
    spans.push({ start: line.contentStart, end: line.contentEnd });
  }
  return { directives, spans };
}

/** "// x", "# x", "[x]", "<!-- x -->", "/* x *\/" → "x". */
function unwrapComment(raw: string): string {
  if (raw.startsWith('<!--') && raw.endsWith('-->')) return raw.slice(4, -3);
  if (raw.startsWith('/*') && raw.endsWith('*/')) return raw.slice(2, -2);
  if (raw.startsWith('[') && raw.endsWith(']')) return raw.slice(1, -1);
  if (raw.startsWith('//')) return raw.slice(2);
  if (raw.startsWith('#')) return raw.replace(/^#+/, '');
  return raw;
}

/**
 * The directives as the model's Suppressions. `lines` are lines of the text with
 * comments blanked, so "the next line" skips blank lines and further comments.
 */
export function buildSuppressions(directives: readonly DisableDirective[], lines: readonly Line[]): Suppressions {
  const file = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const directive of directives) {
    if (directive.scope === 'file') {
      for (const id of directive.ruleIds) file.add(id);
      continue;
    }
    let target = directive.line;
    if (directive.scope === 'next-line') {
      target++;
      while (target < lines.length && isBlankLine(lines[target])) target++;
    }
    if (target >= lines.length) continue;
    const ids = byLine.get(target) ?? new Set<string>();
    for (const id of directive.ruleIds) ids.add(id);
    byLine.set(target, ids);
  }
  return { file, lines: byLine };
}
