// The words the extractors care about, looked up once per word token so the
// scanners compare small records instead of re-reading the text.
import type { DurationUnit } from '../model';

export type NumberWordRole = 'unit' | 'ten' | 'hundred' | 'scale' | 'and' | 'point';

export interface LexEntry {
  /** Cardinal number words and the glue between them ("and", "point"). */
  readonly number?: { readonly role: NumberWordRole; readonly value: number };
  readonly unit?: DurationUnit;
  /** Words allowed between a number and its unit: "thirty (30) calendar days". */
  readonly modifier?: 'plain' | 'business';
  readonly month?: number;
  /** Ordinal day words for "the first day of March": first=1 … thirtieth=30. */
  readonly ordinal?: number;
  /** Words after which a number is a label, not a quantity: "Section 30", "Schedule 1". */
  readonly reference?: boolean;
  /** "a", "an", "another": one of a unit in "a year", "an additional month", "another year". */
  readonly article?: boolean;
  /** "annual", "annually": a recurring one-year period. */
  readonly annual?: boolean;
  /** Words that make a following "a day"/"a month" a rate rather than a period. */
  readonly rate?: boolean;
  readonly percentWord?: 'percent' | 'per' | 'cent';
  /** ISO code for currency names and codes: "dollars", "USD", "euros". */
  readonly currency?: string;
  /** "us" as in "US dollars"/"US$". */
  readonly us?: boolean;
  /** "million" written glued to digits or abbreviated: "$10MM", "$5M", "$2bn". */
  readonly shortScale?: number;
  readonly to?: boolean;
  readonly dayWord?: boolean;
  readonly ofWord?: boolean;
}

const table = new Map<string, LexEntry>();

function add(words: readonly string[], entry: LexEntry): void {
  for (const word of words) table.set(word, { ...table.get(word), ...entry });
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
UNITS.forEach((word, value) => add([word], { number: { role: 'unit', value } }));
TENS.forEach((word, index) => { if (word) add([word], { number: { role: 'ten', value: index * 10 } }); });
add(['fourty'], { number: { role: 'ten', value: 40 } }); // a common misspelling in real drafts
add(['hundred'], { number: { role: 'hundred', value: 100 } });
add(['thousand'], { number: { role: 'scale', value: 1_000 } });
add(['million'], { number: { role: 'scale', value: 1_000_000 } });
add(['billion'], { number: { role: 'scale', value: 1_000_000_000 } });
add(['and'], { number: { role: 'and', value: 0 } });
add(['point'], { number: { role: 'point', value: 0 } });

add(['hour', 'hours', 'hr', 'hrs'], { unit: 'hour' });
add(['day', 'days'], { unit: 'day', dayWord: true });
add(['week', 'weeks'], { unit: 'week' });
add(['month', 'months'], { unit: 'month' });
add(['year', 'years', 'yr', 'yrs'], { unit: 'year' });
add(['calendar', 'consecutive', 'additional', 'successive', 'further', 'full', 'complete', 'contract',
  'fiscal'], { modifier: 'plain' });
add(['business', 'working'], { modifier: 'business' });

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
MONTHS.forEach((word, index) => add([word], { month: index + 1 }));
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', '', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
MONTH_ABBREVIATIONS.forEach((word, index) => { if (word) add([word], { month: index + 1 }); });
add(['sept'], { month: 9 });

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth'];
ORDINALS.forEach((word, value) => { if (word) add([word], { ordinal: value }); });
add(['thirtieth'], { ordinal: 30 });

add(['section', 'sections', 'schedule', 'schedules', 'exhibit', 'exhibits', 'article', 'articles', 'clause',
  'clauses', 'annex', 'annexes', 'appendix', 'appendices', 'attachment', 'attachments', 'paragraph',
  'paragraphs', 'part', 'parts', 'item', 'items', 'page', 'pages', 'chapter', 'rule', 'form', 'table',
  'figure', 'step', 'tier', 'level', 'severity', 'priority', 'phase', 'version', 'release', 'note',
  'line', 'number', 'iso', 'soc', 'addendum', 'amendment', 'sow', 'suite', 'floor', 'box', 'unit', 'lot', 'route'],
{ reference: true });

// "another year" is one more of the unit, as "an additional year" is.
add(['a', 'an', 'another'], { article: true });
add(['annual', 'annually'], { annual: true });
add(['once', 'twice', 'times', 'per', 'on'], { rate: true });
add(['percent', 'pct'], { percentWord: 'percent' });
add(['per'], { percentWord: 'per' });
add(['cent'], { percentWord: 'cent' });
add(['usd', 'dollar', 'dollars'], { currency: 'USD' });
add(['eur', 'euro', 'euros'], { currency: 'EUR' });
add(['gbp'], { currency: 'GBP' });
add(['cad'], { currency: 'CAD' });
add(['aud'], { currency: 'AUD' });
add(['chf'], { currency: 'CHF' });
add(['jpy', 'yen'], { currency: 'JPY' });
add(['inr', 'rupees'], { currency: 'INR' });
add(['us'], { us: true });
add(['k'], { shortScale: 1_000 });
add(['m', 'mm', 'mn'], { shortScale: 1_000_000 });
add(['bn', 'b'], { shortScale: 1_000_000_000 });
add(['to'], { to: true });
add(['of'], { ofWord: true });

/** Every entry with every field present, so property reads see one object shape and stay fast. */
function withAllFields(entry: LexEntry): LexEntry {
  return {
    number: entry.number, unit: entry.unit, modifier: entry.modifier, month: entry.month, ordinal: entry.ordinal,
    reference: entry.reference, article: entry.article, annual: entry.annual, rate: entry.rate,
    percentWord: entry.percentWord, currency: entry.currency, us: entry.us, shortScale: entry.shortScale,
    to: entry.to, dayWord: entry.dayWord, ofWord: entry.ofWord,
  };
}

/** Entries by index; token records hold index + 1 (0 = a word no extractor cares about). */
export const LEXICON: readonly LexEntry[] = [...table.values()].map(withAllFields);

// The words as a trie over a-z, so the tokenizer can look a word up while it
// reads it, case-insensitively and without building a string per word.
const LETTERS = 26;
const words = [...table.keys()];
const nodeCount = 1 + words.reduce((sum, word) => sum + word.length, 0);
/** Child node per (node, letter); 0 = none (the root is never a child). */
export const TRIE_NEXT = new Int32Array(nodeCount * LETTERS);
/** Lexicon index + 1 of the word ending at each node, or 0. */
export const TRIE_WORD = new Int32Array(nodeCount);
let nodesUsed = 1;
words.forEach((word, index) => {
  let node = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = node * LETTERS + word.charCodeAt(i) - 97;
    if (TRIE_NEXT[slot] === 0) TRIE_NEXT[slot] = nodesUsed++;
    node = TRIE_NEXT[slot];
  }
  TRIE_WORD[node] = index + 1;
});

/** The trie node after reading character code c from `node`, or -1 when no word continues that way. */
export function trieStep(node: number, c: number): number {
  if (node < 0) return -1;
  const letter = (c | 32) - 97; // ASCII lowercase
  if (letter < 0 || letter >= LETTERS) return -1;
  const next = TRIE_NEXT[node * LETTERS + letter];
  return next === 0 ? -1 : next;
}

/** Currency symbols as single UTF-16 code units. */
export const CURRENCY_SYMBOLS: ReadonlyMap<number, string> = new Map([
  [0x24, 'USD'], // $
  [0x20ac, 'EUR'], // €
  [0xa3, 'GBP'], // £
  [0xa5, 'JPY'], // ¥
  [0x20b9, 'INR'], // ₹
]);
