import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Benchmark input: CUAD contracts joined into one long draft, cut to a size.
// Real contract text (headings, numbered clauses, long lines) exercises every
// reader the way a user's draft does; repeated boilerplate would not.

export const MB = 1 << 20;

/** The contracts in `dir`, in name order, joined by blank lines until `bytes` characters are reached. */
export function cuadText(dir: string, bytes: number): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt contracts in ${dir}`);
  let text = '';
  // Go round again if the corpus is smaller than asked: size matters more than variety here.
  for (let round = 0; text.length < bytes; round++) {
    for (const file of files) {
      text += `${readFileSync(join(dir, file), 'utf8')}\n\n`;
      if (text.length >= bytes) break;
    }
    if (round > 100) break;
  }
  return cutAtLine(text, bytes);
}

/** The first `bytes` characters, ending at the last line break before the limit when there is one. */
function cutAtLine(text: string, bytes: number): string {
  if (text.length <= bytes) return text;
  const lastBreak = text.lastIndexOf('\n', bytes);
  return text.slice(0, lastBreak > bytes / 2 ? lastBreak + 1 : bytes);
}

/** The draft with one character changed near `fraction` of its length: what a keystroke does to the document. */
export function oneCharacterEdit(text: string, fraction: number): string {
  let at = Math.floor(text.length * fraction);
  // Change a letter, as typing would; skip ahead past punctuation and line breaks.
  while (at < text.length - 1 && !/[a-z]/i.test(text[at])) at++;
  const replacement = text[at] === 'e' ? 'a' : 'e';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}
