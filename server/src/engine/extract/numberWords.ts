// Cardinal numbers written in words: "thirty", "seventy-two", "one hundred and
// twenty", "five thousand", "ninety-nine point nine".
import { entryAt, inline, isSym, touching, type Tokens } from './tokens';

export interface WordsNumber {
  readonly value: number;
  /** First token and the index after the last token. */
  readonly first: number;
  readonly end: number;
}

type Last = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale';

function roleAt(t: Tokens, i: number) {
  return entryAt(t, i)?.number;
}

/** "point nine five": the digits after the point ("95") and the index after them. */
function readDecimals(t: Tokens, from: number): [string, number] | null {
  let digits = '';
  let i = from;
  while (i < t.count) {
    const role = roleAt(t, i);
    if (!role || role.role !== 'unit' || role.value > 9 || !inline(t, i - 1)) break;
    digits += String(role.value);
    i++;
  }
  return digits ? [digits, i] : null;
}

/**
 * Reads the longest words number starting at token `first`, or null when the
 * token does not start one. Words must sit on the same run of text; a tens word
 * joins its unit with a hyphen and no spaces ("seventy-two").
 */
export function readWordsNumber(t: Tokens, first: number): WordsNumber | null {
  const head = roleAt(t, first);
  if (!head || head.role === 'and' || head.role === 'point' || head.role === 'scale' || head.role === 'hundred') {
    return null;
  }
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let i = first;
  let end = first;

  while (i < t.count) {
    if (i > first && !inline(t, i - 1)) break;
    const role = roleAt(t, i);
    if (!role) break;
    if (role.role === 'unit') {
      const teen = role.value >= 10;
      if (last === 'unit' || last === 'teen') break;
      if (last === 'ten' && (teen || role.value === 0)) break;
      current += role.value;
      last = teen ? 'teen' : 'unit';
    } else if (role.role === 'ten') {
      if (last === 'unit' || last === 'teen' || last === 'ten') break;
      current += role.value;
      last = 'ten';
      // "seventy-two": hop the hyphen when a unit word follows it without spaces.
      const unit = roleAt(t, i + 2);
      if (isSym(t, i + 1, 45) && touching(t, i) && touching(t, i + 1) && unit?.role === 'unit'
        && unit.value >= 1 && unit.value <= 9) {
        current += unit.value;
        last = 'unit';
        i += 3;
        end = i;
        continue;
      }
    } else if (role.role === 'hundred') {
      if (current < 1 || current > 99 || last === 'hundred') break;
      current *= 100;
      last = 'hundred';
    } else if (role.role === 'scale') {
      if (current === 0 || role.value >= lastScale) break;
      total += current * role.value;
      current = 0;
      lastScale = role.value;
      last = 'scale';
    } else if (role.role === 'and') {
      // Only inside a number: "one hundred and twenty", never "thirty and sixty".
      const next = roleAt(t, i + 1);
      if ((last !== 'hundred' && last !== 'scale') || !next || (next.role !== 'unit' && next.role !== 'ten')
        || !inline(t, i)) break;
      i++;
      continue;
    } else {
      // "point": decimals only after a whole part.
      const decimals = readDecimals(t, i + 1);
      if (!decimals || last === 'none' || !Number.isInteger(current)) break;
      // Through a string so 99 + 0.9 stays exactly 99.9.
      current = Number(`${current}.${decimals[0]}`);
      end = decimals[1];
      break;
    }
    i++;
    end = i;
  }
  if (end === first) return null;
  return { value: total + current, first, end };
}
