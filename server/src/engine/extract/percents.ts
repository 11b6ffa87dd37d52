// Percentages: "10%", "10 %", "ten percent (10%)", "99.95 percent", "five per cent".
import type { PercentFact } from '../model';
import { percentAfter } from './markers';
import type { NumberHit } from './numbers';
import type { Tokens } from './tokens';

/** Reads a percentage at each number that has one; marks the hits it used in `used`. */
export function scanPercents(t: Tokens, hits: readonly NumberHit[], used: Uint8Array): PercentFact[] {
  const percents: PercentFact[] = [];
  hits.forEach((hit, index) => {
    if (hit.currency) return;
    let end = hit.end;
    if (!hit.percent) {
      const marker = percentAfter(t, hit.end);
      if (!marker) return;
      end = marker.end;
    }
    used[index] = 1;
    percents.push({
      span: { start: hit.fact.span.start, end: t.end[end - 1] },
      value: hit.fact.value,
      number: hit.fact,
    });
  });
  return percents;
}
