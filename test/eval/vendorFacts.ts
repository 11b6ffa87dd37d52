import { readFileSync } from 'node:fs';
import type { KeyTerms } from '../../server/src/engine/keyTerms/types';
import { toDays } from '../../server/src/engine/facts';
import { review } from '../../server/src/engine/review';

// Real vendor clauses with hand-read facts: each clause is reviewed on its own as
// a one-paragraph draft, and each labelled fact is compared with the key term
// that carries it. A fact whose key term does not exist yet is reported as "not
// read yet", never guessed.

type FactValue = string | number | boolean | null;
interface ClauseRow { readonly vendor: string; readonly topic: string; readonly text: string; readonly facts: Readonly<Record<string, FactValue>> }

/** What the engine reads for a fact, or undefined when no key term carries it yet. */
type FactReader = (keyTerms: KeyTerms) => FactValue | undefined;

const FACTS: Readonly<Record<string, FactReader>> = {
  uptime_pct: (k) => (k.sla === undefined ? undefined : k.sla?.uptimePercent ?? null),
  credit_max_pct: (k) => (k.sla === undefined ? undefined : k.sla?.maxCreditPercent ?? null),
  sole_remedy: (k) => (k.sla === undefined ? undefined : k.sla?.soleRemedy ?? false),
  chronic_failure_termination: (k) => (k.sla === undefined ? undefined : k.sla?.chronicFailureExit ?? false),
  claim_deadline_days: (k) => (k.sla === undefined ? undefined : k.sla?.claimWindowDays ?? null),
  notice_days: (k) => k.renewal?.noticeDays ?? null,
  renewal_term_months: (k) => k.renewal?.termMonths ?? null,
  breach_notice_hours: (k) => (k.dpa === undefined ? undefined : k.dpa.breachNoticeHours),
  subprocessor_change_notice_days: (k) => (k.dpa === undefined ? undefined : k.dpa.subprocessorChangeNoticeDays),
  export_days: (k) => (k.exit === undefined ? undefined : k.exit.exportDays),
  post_termination_access_days: (k) => (k.exit === undefined ? undefined : k.exit.postTerminationAccessDays),
};

export interface FactResult {
  readonly fact: string;
  readonly status: 'measured' | 'not read yet';
  readonly total: number;
  readonly right: number;
  readonly accuracy: number | null;
}

export interface FactMiss {
  readonly fact: string;
  readonly vendor: string;
  readonly expected: FactValue;
  readonly read: FactValue;
  readonly text: string;
}

/**
 * The engine reports every day count in calendar days ("10 business days" is 14),
 * while a hand-read fact keeps the unit the clause states and names it in
 * `notice_day_type`; compare like with like.
 */
function expectedInCalendarDays(facts: ClauseRow['facts'], fact: string): FactValue {
  const value = facts[fact];
  const businessDays = facts.notice_day_type === 'business days' && fact.endsWith('_days') && typeof value === 'number';
  return businessDays ? toDays({ value, unit: 'business-day' }) : value;
}

export function measureVendorFacts(file: string): { results: FactResult[]; misses: FactMiss[] } {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ClauseRow);
  const tally = new Map<string, { total: number; right: number; wired: boolean }>();
  const misses: FactMiss[] = [];
  for (const row of rows) {
    const keyTerms = review(row.text, { format: 'plaintext' }).keyTerms;
    for (const [fact, read] of Object.entries(FACTS)) {
      if (!(fact in row.facts)) continue;
      const counts = tally.get(fact) ?? { total: 0, right: 0, wired: false };
      tally.set(fact, counts);
      const value = read(keyTerms);
      if (value === undefined) continue;
      counts.wired = true;
      counts.total++;
      const expected = expectedInCalendarDays(row.facts, fact);
      if (value === expected) counts.right++;
      else misses.push({ fact, vendor: row.vendor, expected, read: value, text: row.text.slice(0, 200) });
    }
  }
  const results = [...tally].map(([fact, t]): FactResult => ({
    fact,
    status: t.wired ? 'measured' : 'not read yet',
    total: t.total,
    right: t.right,
    accuracy: t.total === 0 ? null : Math.round((t.right / t.total) * 1000) / 1000,
  }));
  return { results, misses };
}
