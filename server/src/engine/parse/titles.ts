// Does a short piece of text read like a section title rather than a sentence?
// Only ever called on short strings (a line of at most MAX_TITLE_LINE chars).

/** Lines longer than this are never headings: titles are short, clauses are not. */
export const MAX_TITLE_LINE = 120;
const MAX_TITLE_LENGTH = 90;
const MAX_TITLE_WORDS = 12;

/** Words a Title Case heading leaves in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'its', 'nor', 'not', 'of', 'on',
  'or', 'other', 'per', 'than', 'the', 'their', 'to', 'under', 'upon', 'via', 'vs', 'with', 'without',
]);

/** The words of a title: emphasis marks, separators and a closing '.' or ':' removed, spaces collapsed. */
export function cleanTitle(raw: string): string {
  let t = raw.replace(/\*+|__+/g, '').replace(/ +/g, ' ').trim();
  if (t.startsWith('_') && t.endsWith('_')) t = t.slice(1, -1).trim();
  // "ARTICLE 4 - TERM", "Section 5: Fees": the separator belongs to neither part.
  t = t.replace(/^[-:.|] */, '');
  t = t.replace(/ *[.:]$/, '');
  return t;
}

export function isAllCapsTitle(title: string): boolean {
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH) return false;
  let upper = 0;
  let visible = 0;
  let letters = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c === 32) continue;
    visible++;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c > 127) {
      const ch = title[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  // "[***]", "$5,000", "2 3 4" are not titles.
  if (upper < 3 || letters * 2 < visible) return false;
  const words = title.split(' ');
  if (words.length > MAX_TITLE_WORDS) return false;
  // A wrapped line of a capitalised disclaimer ends mid-phrase ("… EXPRESS OR").
  const last = words[words.length - 1].toLowerCase();
  return !MINOR_WORDS.has(last) && !/[,;]$/.test(title);
}

/** "Term and Termination", "Fees & Payment", "Renewal": capitalised words, no sentence inside. */
export function isTitleCase(title: string): boolean {
  if (title.length === 0 || title.length > MAX_TITLE_LENGTH) return false;
  const first = title.charCodeAt(0);
  if (!isUpperLetter(title, 0) && !(first >= 48 && first <= 57) && first !== 34 && first !== 40) return false;
  if (/[,;]$/.test(title)) return false;
  const words = title.split(' ');
  if (words.length > MAX_TITLE_WORDS) return false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    // A full stop inside ("Fees. Customer shall…") means a sentence follows the title.
    if (w < words.length - 1 && /[a-z]{2}[.!?]$/.test(word)) return false;
    const letterAt = word.search(/[A-Za-z]/);
    if (letterAt < 0) continue;
    if (isUpperLetter(word, letterAt)) continue;
    if (w > 0 && MINOR_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, ''))) continue;
    return false;
  }
  return true;
}

export function looksLikeTitle(title: string): boolean {
  return isAllCapsTitle(title) || isTitleCase(title);
}

function isUpperLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c <= 127) return false;
  const ch = s[i];
  return ch !== ch.toLowerCase();
}
