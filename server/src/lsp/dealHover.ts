import type { Span } from '../engine/model';
import type { Review } from '../engine/review';

// The draft's title line tells which files beside it were read as parts of its
// deal, and why each other file was not: an element "met" in another file can
// be traced, and another vendor's paper is seen to be left out.

/** The hover section for the title line, with its span, when the cursor is on it and the folder has other drafts. */
export function dealSectionAt(review: Review, offset: number): { text: string; span: Span } | null {
  if (review.deal.length === 0) return null;
  const span = titleSpan(review.contract.text);
  if (offset < span.start || offset > span.end) return null;
  const members = review.deal.filter((d) => d.member);
  const ignored = review.deal.filter((d) => !d.member);
  const parts = ['**The deal**'];
  if (members.length > 0) parts.push(['Read as part of this deal (an element stated there is not missing here):', ...members.map(line)].join('\n'));
  if (ignored.length > 0) parts.push(['Not part of this deal, so ignored:', ...ignored.map(line)].join('\n'));
  return { text: parts.join('\n\n'), span };
}

function line(d: { readonly path: string; readonly reason: string }): string {
  return `- ${escape(d.path)}: ${escape(d.reason)}`;
}

function titleSpan(text: string): Span {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

function escape(text: string): string {
  let out = '';
  for (const ch of text) out += '\\`*_[]<>#|'.includes(ch) ? `\\${ch}` : ch;
  return out;
}
