// Facts the rules read: numbers, durations, percentages, money and dates, each
// with spans into the normalised text (the same offsets as the original).
// One tokenising pass, then each scanner walks the tokens or the numbers found.
import type { Facts } from '../model';
import { scanDates } from './dates';
import { scanDurations } from './durations';
import { scanMoney } from './money';
import { scanNumbers } from './numbers';
import { scanPercents } from './percents';
import { tokenize } from './tokens';

export { numberToWords, styleOf, formatNumber, formatDuration, type NumberStyle } from './numberFormat';

export function extractFacts(normalized: string): Facts {
  const tokens = tokenize(normalized);
  const claimed = new Uint8Array(tokens.count);
  const dates = scanDates(tokens, claimed);
  const hits = scanNumbers(tokens, claimed);
  // A number read as a percentage or an amount of money is not also a duration.
  const used = new Uint8Array(hits.length);
  const percents = scanPercents(tokens, hits, used);
  const money = scanMoney(tokens, hits, used);
  const durations = scanDurations(tokens, hits, used);
  return { numbers: hits.map((hit) => hit.fact), durations, percents, money, dates };
}
