// Measures the SLA key terms against the hand-read facts of real vendor clauses.
//   npx tsx test/eval/vendorClauses.ts [--clauses FILE] [--verbose]
// Each clause is reviewed on its own, as a one-paragraph draft. For every clause
// whose facts carry uptime_pct, credit_max_pct or sole_remedy, keyTerms.sla must
// hold the same value (a null uptime_pct means "not stated in this document":
// the reader must report no figure, and name the term that stands for it).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { review } from '../../server/src/engine/review';
import type { SlaTerms } from '../../server/src/engine/keyTerms/sla/types';

type FactValue = string | number | boolean | null;
interface ClauseRow { vendor: string; topic: string; text: string; facts: Record<string, FactValue> }

const args = process.argv.slice(2);
const file = resolve(valueOf('--clauses') ?? join(__dirname, '../../../shared/corpus/vendor-clauses/clauses.jsonl'));
const verbose = args.includes('--verbose');

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** What keyTerms.sla says for each fact the corpus labels. */
const READERS: Readonly<Record<string, (sla: SlaTerms | null, expected: FactValue) => boolean>> = {
  uptime_pct: (sla, expected) => expected === null
    ? sla !== null && sla.uptimePercent === null && sla.uptimeStatedElsewhere !== null
    : sla?.uptimePercent === expected,
  credit_max_pct: (sla, expected) => sla?.maxCreditPercent === expected,
  sole_remedy: (sla, expected) => (sla?.soleRemedy ?? false) === expected,
};

const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ClauseRow);
const tally = new Map<string, { hit: number; total: number }>();
for (const row of rows) {
  const sla = review(row.text, { format: 'plaintext' }).keyTerms.sla;
  for (const [fact, matches] of Object.entries(READERS)) {
    if (!(fact in row.facts)) continue;
    const counts = tally.get(fact) ?? { hit: 0, total: 0 };
    const ok = matches(sla, row.facts[fact]);
    counts.total++;
    if (ok) counts.hit++;
    tally.set(fact, counts);
    if (!ok || verbose) {
      const got = fact === 'uptime_pct' ? sla?.uptimePercent : fact === 'credit_max_pct' ? sla?.maxCreditPercent : sla?.soleRemedy;
      console.log(`${ok ? 'ok  ' : 'MISS'} ${fact}: expected ${JSON.stringify(row.facts[fact])}, read ${JSON.stringify(got ?? null)} — ${row.vendor}: ${row.text.slice(0, 100)}`);
    }
  }
}
for (const [fact, { hit, total }] of tally) {
  console.log(`${fact}: ${hit}/${total} (${((hit / total) * 100).toFixed(1)}%)`);
}
