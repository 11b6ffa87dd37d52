import type { Contract, Span } from '../../model';
import { within } from '../../facts';
import type { MeasurementPeriod } from './types';
import type { SlaSentence } from './text';

// Over what period availability is averaged. A quarter or a year lets one bad
// week disappear into a good average.

const MEASURED = /\buptime|\bavailab|\bdowntime|\bmeasur|\bcalculat/;
const SKIP = /\bterminat|\bcredits?\b.{0,40}\b(?:cap|exceed|more than|maximum)|\bclaim|\brequest/;
const PERIOD = /\b(?:calendar )?(month|quarter|year)\b|\b(monthly|quarterly|annual|annually|yearly)\b/g;

const BY_WORD: Readonly<Record<string, MeasurementPeriod>> = {
  month: 'month', monthly: 'month', quarter: 'quarter', quarterly: 'quarter',
  year: 'year', annual: 'year', annually: 'year', yearly: 'year',
};

export function readMeasurementPeriod(contract: Contract, sentences: readonly SlaSentence[]): { period: MeasurementPeriod; span: Span } | null {
  for (const sentence of sentences) {
    if (!MEASURED.test(sentence.lower) || SKIP.test(sentence.lower)) continue;
    // Outside an SLA section, "available" counts only beside an availability figure.
    if (!sentence.slaContext && !within(contract.facts.percents, sentence.span).some((p) => p.value >= 90 && p.value <= 100)) continue;
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(sentence.lower); m !== null; m = PERIOD.exec(sentence.lower)) {
      const after = sentence.lower.slice(m.index + m[0].length, m.index + m[0].length + 8);
      // "a twelve (12) month period" counts time, it does not average uptime.
      if (/^[ -]period/.test(after) || /^s\b/.test(after)) continue;
      const word = m[1] ?? m[2];
      const start = sentence.span.start + m.index;
      return { period: BY_WORD[word], span: { start, end: start + m[0].length } };
    }
  }
  return null;
}
