// Measures the renewal key terms against CUAD's lawyer labels.
//   npx tsx test/eval/renewal.ts [--cuad DIR] [--verbose]
// For every contract whose "Renewal Term" label has a span: is keyTerms.renewal
// found, and does termMonths equal the labelled answer? For every contract whose
// "Notice Period To Terminate Renewal" label has an answer: does noticeDays?
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { review } from '../../server/src/engine/review';
import type { RenewalTerms } from '../../server/src/engine/keyTerms/types';
import { readCsv } from './csv';

const args = process.argv.slice(2);
const cuad = resolve(valueOf('--cuad') ?? join(__dirname, '../../../shared/corpus/cuad'));
const verbose = args.includes('--verbose');

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

const UNIT_MONTHS: Record<string, number> = { year: 12, years: 12, month: 1, months: 1, day: 12 / 365, days: 12 / 365 };
const UNIT_DAYS: Record<string, number> = { year: 365, years: 365, month: 365 / 12, months: 365 / 12, day: 1, days: 1, week: 7, weeks: 7 };

/** Every "N unit" pair in an answer such as "successive 1 year", "(6) months", "5 years; 2 years". */
function pairs(answer: string): Array<{ n: number; unit: string }> {
  const found: Array<{ n: number; unit: string }> = [];
  const re = /(\d+(?:\.\d+)?)\)?\s*(years?|months?|days?|weeks?)/gi;
  for (let m = re.exec(answer); m; m = re.exec(answer)) found.push({ n: Number(m[1]), unit: m[2].toLowerCase() });
  return found;
}

function termMatches(r: RenewalTerms, answer: string): boolean | null {
  const lower = answer.toLowerCase();
  if (/perpetual|indefinite/.test(lower)) return r.termBasis === 'evergreen' || r.termMonths === null;
  const expected = pairs(lower).map((p) => Math.round(p.n * UNIT_MONTHS[p.unit]));
  if (expected.length === 0) return null;
  return r.termMonths !== null && expected.includes(r.termMonths);
}

function noticeMatches(r: RenewalTerms | null, answer: string): boolean | null {
  const expected = pairs(answer).map((p) => p.n * (UNIT_DAYS[p.unit] ?? NaN)).filter((d) => !Number.isNaN(d));
  if (expected.length === 0) return null;
  const got = r?.noticeDays;
  return got !== null && got !== undefined && expected.some((d) => Math.abs(d - got) <= Math.max(1, d * 0.025));
}

const rows = readCsv(readFileSync(join(cuad, 'labels_selected.csv'), 'utf8'));
const byFile = new Map<string, RenewalTerms | null>();
const renewalOf = (file: string): RenewalTerms | null => {
  if (!byFile.has(file)) {
    const text = readFileSync(join(cuad, 'contracts', file), 'utf8');
    byFile.set(file, review(text, { format: 'plaintext' }).keyTerms.renewal);
  }
  return byFile.get(file) ?? null;
};

let labelled = 0, found = 0, termAnswered = 0, termRight = 0, noticeAnswered = 0, noticeRight = 0;
const misses: string[] = [];
for (const row of rows) {
  if (row.category === 'Renewal Term' && row.has_span === '1') {
    labelled++;
    const r = renewalOf(row.txt_file);
    if (r) found++;
    else misses.push(`renewal not found: ${row.txt_file} (answer "${row.answer}")`);
    const ok = r ? termMatches(r, row.answer) : pairs(row.answer).length || /perpetual/i.test(row.answer) ? false : null;
    if (ok !== null) {
      termAnswered++;
      if (ok) termRight++;
      else if (r) misses.push(`term: ${row.txt_file}: expected "${row.answer}", got ${r.termMonths} months (${r.termBasis})`);
    }
  }
  if (row.category === 'Notice Period To Terminate Renewal' && row.has_span === '1') {
    const r = renewalOf(row.txt_file);
    const ok = noticeMatches(r, row.answer);
    if (ok !== null) {
      noticeAnswered++;
      if (ok) noticeRight++;
      else misses.push(`notice: ${row.txt_file}: expected "${row.answer}", got ${r?.noticeDays ?? 'none'} days`);
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);
console.log(`CUAD at ${cuad}`);
console.log(`renewal found:        ${found}/${labelled} = ${pct(found, labelled)}`);
console.log(`renewal term right:   ${termRight}/${termAnswered} = ${pct(termRight, termAnswered)}`);
console.log(`notice period right:  ${noticeRight}/${noticeAnswered} = ${pct(noticeRight, noticeAnswered)}`);
if (verbose) for (const m of misses) console.log(`  ${m}`);
