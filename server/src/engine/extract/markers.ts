// The small words and signs that say what a number counts: "%", "percent",
// "per cent", "$", "USD", "dollars", "U.S. Dollars".
import { CURRENCY_SYMBOLS } from './lexicon';
import { SYM, WORD, entryAt, inline, isSym, touching, type Tokens } from './tokens';

export const PERCENT_SIGN = 37;
const PERIOD = 46;
const DOLLAR = 36;

export interface Marker {
  /** Index after the marker's last token. */
  readonly end: number;
  readonly currency?: string;
}

/** "percent", "pct" or "per cent" at token i. */
export function percentWordAt(t: Tokens, i: number): Marker | null {
  const word = entryAt(t, i)?.percentWord;
  if (word === 'percent') return { end: i + 1 };
  if (word === 'per' && entryAt(t, i + 1)?.percentWord === 'cent' && inline(t, i)) return { end: i + 2 };
  return null;
}

/** "%" or a percent word at token i, on the same run of text as token i - 1. */
export function percentAfter(t: Tokens, i: number): Marker | null {
  if (!inline(t, i - 1)) return null;
  if (isSym(t, i, PERCENT_SIGN)) return { end: i + 1 };
  return percentWordAt(t, i);
}

/** "U.S." written with periods, at token i: returns the index after it. */
function dottedUsEnd(t: Tokens, i: number): number {
  const letter = (k: number, lower: string): boolean =>
    t.kind[k] === WORD && t.end[k] - t.start[k] === 1 && t.text[t.start[k]].toLowerCase() === lower;
  if (i + 3 < t.count && letter(i, 'u') && isSym(t, i + 1, PERIOD) && letter(i + 2, 's') && isSym(t, i + 3, PERIOD)
    && touching(t, i) && touching(t, i + 1) && touching(t, i + 2)) return i + 4;
  return -1;
}

/** "dollars", "US dollars", "U.S. Dollars", "USD", "euros" after an amount, at token i. */
export function currencyWordAt(t: Tokens, i: number): Marker | null {
  let k = i;
  if (entryAt(t, k)?.us) k++;
  else if (dottedUsEnd(t, k) > 0) k = dottedUsEnd(t, k);
  if (k > i && !inline(t, k - 1)) return null;
  const currency = entryAt(t, k)?.currency;
  return currency ? { end: k + 1, currency } : null;
}

function isCurrencyCode(t: Tokens, i: number): string | undefined {
  const currency = entryAt(t, i)?.currency;
  if (!currency || t.end[i] - t.start[i] !== 3) return undefined;
  return t.text.slice(t.start[i], t.end[i]).toUpperCase() === currency ? currency : undefined;
}

/**
 * The currency written just before token `amount`: "$", "US$", "USD", "USD $",
 * "EUR", "€", "C$". Returns the marker's first token and its code.
 */
export function currencyBefore(t: Tokens, amount: number): { first: number; currency: string } | null {
  const p = amount - 1;
  if (p < 0 || !inline(t, p)) return null;
  if (t.kind[p] === SYM) {
    const code = CURRENCY_SYMBOLS.get(t.code[p]);
    if (!code) return null;
    if (t.code[p] === DOLLAR) {
      const before = p - 1;
      if (touching(t, before) && t.kind[before] === WORD && t.end[before] - t.start[before] === 1) {
        const letter = t.text[t.start[before]];
        if (letter === 'C') return { first: before, currency: 'CAD' };
        if (letter === 'A') return { first: before, currency: 'AUD' };
      }
      if (inline(t, before) && entryAt(t, before)?.us) return { first: before, currency: 'USD' };
      if (isSym(t, before, PERIOD) && dottedUsEnd(t, before - 3) === p) return { first: before - 3, currency: 'USD' };
      const spelled = inline(t, before) ? isCurrencyCode(t, before) : undefined;
      if (spelled) return { first: before, currency: spelled };
    }
    return { first: p, currency: code };
  }
  const spelled = isCurrencyCode(t, p);
  return spelled ? { first: p, currency: spelled } : null;
}
