// One spelling for characters that drafts write many ways. Every replacement is
// one UTF-16 unit for one UTF-16 unit, so offsets into the normalised text are
// offsets into the original.

import { INVISIBLE_CHARS } from './invisibleChars';

const APOSTROPHES = '\u2018\u2019\u201A\u201B\u2032';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
// Tabs, odd Unicode spaces, zero-width marks, BOM, and line/paragraph separators
// that computeLineStarts does not count as line breaks (so matchers must not either).
const SPACES =
  '\t\u000B\u000C\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A' +
  '\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF';

const SPACE = 32;

/** Code unit → replacement code unit, 0 when the unit stays. Surrogates are handled apart. */
const REPLACEMENT = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const set = (chars: string, to: string): void => {
    for (const c of chars) table[c.charCodeAt(0)] = to.charCodeAt(0);
  };
  set(APOSTROPHES, "'");
  set(DOUBLE_QUOTES, '"');
  set(DASHES, '-');
  set(SPACES, ' ');
  // Invisible characters read as spaces here; inside a word, parse/invisibleChars.ts closes the gap.
  for (const c of INVISIBLE_CHARS.keys()) table[c] = SPACE;
  // Control characters (NUL and friends, not \n or \r) are never contract text.
  for (let c = 0; c <= 0x1f; c++) if (c !== 10 && c !== 13 && table[c] === 0) table[c] = SPACE;
  table[0x7f] = SPACE;
  return table;
}

// Anything outside printable ASCII and line breaks: the only places a change can
// be. V8 scans a negated class far faster than a charCodeAt loop, and a draft is
// mostly ASCII, so this visits a handful of positions per page.
const CANDIDATE = /[^\n\r -~]/g;

/**
 * Lone surrogates become spaces too: they are not text, and they upset matchers
 * that use the `u` flag.
 */
export function normalizeChars(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const i = match.index;
    const c = text.charCodeAt(i);
    let to = REPLACEMENT[c];
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
        CANDIDATE.lastIndex = i + 2;
        continue;
      }
      to = SPACE;
    }
    if (to === 0) continue;
    parts.push(text.slice(copied, i), String.fromCharCode(to));
    copied = i + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
