import type { HiddenInWord, TextEdit } from '../../model';
import { INVISIBLE_CHARS } from '../../parse/invisibleChars';
import { lineOf } from '../../positions';
import type { Rule, RuleFinding } from '../../rule';

// Words that hide a zero-width space, a soft hyphen or a joiner between their
// letters (pasted from a web page or a PDF, or put there on purpose). One finding
// per line, so a pasted page full of soft hyphens is a handful of findings, not
// hundreds. The review itself reads the words with the characters closed up.

const WORDS_NAMED = 3;

export const invisibleCharacters: Rule = {
  meta: {
    id: 'drafting/invisible-characters',
    family: 'drafting',
    title: 'Invisible characters inside words',
    defaultSeverity: 'warning',
    why: 'A zero-width space, soft hyphen or joiner inside a word cannot be seen, but it stops a search for the word and can stop tools that check the draft, so a renewal or liability clause can pass unnoticed. Either side may have pasted it in without knowing.',
    askFor: 'A clean copy of the text: remove the invisible characters (the quick fix does) and ask the vendor where the text came from.',
    appliesTo: ['msa', 'sla', 'dpa', 'order-form', 'unknown'],
  },
  check({ contract }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    let group: HiddenInWord[] = [];
    let groupLine = -1;
    const flush = (): void => {
      if (group.length > 0) findings.push(describe(contract.text, group));
      group = [];
    };
    for (const word of contract.hiddenInWords) {
      // Inside a code block or a comment the normaliser blanked the word: not contract text.
      if (contract.normalized.charCodeAt(word.span.start) === 32) continue;
      const line = lineOf(contract.lineStarts, word.span.start);
      if (line !== groupLine) flush();
      groupLine = line;
      group.push(word);
    }
    flush();
    return findings;
  },
};

function describe(text: string, words: readonly HiddenInWord[]): RuleFinding {
  const names = new Set<string>();
  let hidden = 0;
  for (const word of words) {
    hidden += word.hidden.length;
    for (const h of word.hidden) names.add(INVISIBLE_CHARS.get(text.charCodeAt(h)) ?? 'invisible character');
  }
  // Each word is rewritten whole: review() maps spans from the closed-up text back to the draft, and a
  // word's edges are the points that map to themselves.
  const edits: TextEdit[] = words.map((word) => ({ span: word.span, newText: visibleText(text, word) }));
  const shown = words.slice(0, WORDS_NAMED).map((w) => `"${visibleText(text, w)}"`);
  const more = words.length > WORDS_NAMED ? ` and ${words.length - WORDS_NAMED} more` : '';
  const count = hidden === 1 ? 'an invisible character' : `${hidden} invisible characters`;
  return {
    span: { start: words[0].span.start, end: words[words.length - 1].span.end },
    message: `${shown.join(', ')}${more} ${words.length === 1 ? 'hides' : 'hide'} ${count} (${[...names].join(', ')}): a search does not find ${words.length === 1 ? 'the word' : 'these words'} as written. This review read ${words.length === 1 ? 'it' : 'them'} without the invisible characters.`,
    facts: { words: words.length, characters: hidden, kinds: [...names].join(', ') },
    fixes: [{ title: `Remove ${count}`, edits, safe: true }],
  };
}

function visibleText(text: string, word: HiddenInWord): string {
  let out = '';
  let from = word.span.start;
  for (const h of word.hidden) {
    out += text.slice(from, h);
    from = h + 1;
  }
  return out + text.slice(from, word.span.end);
}
