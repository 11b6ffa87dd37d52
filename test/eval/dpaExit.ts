// Measures the DPA and exit key terms.
//   npx tsx test/eval/dpaExit.ts [--cuad DIR] [--vendor FILE] [--standard-terms DIR] [--verbose]
// 1. CUAD, contract level: keyTerms.dpa.anyAuditRight against "Audit Rights",
//    keyTerms.exit.postTerminationServices against "Post-Termination Services"
//    (a contract is positive when the lawyers labelled at least one span).
// 3. (first) What the Common Paper DPA and Cloud Service Agreement state, element by element.
// 2. The DPA and exit clauses of the vendor-clauses corpus: each fact the
//    corpus states that the key terms also read, compared one by one.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { review } from '../../server/src/engine/review';
import type { KeyTerms } from '../../server/src/engine/keyTerms/types';
import type { Span } from '../../server/src/engine/model';
import { readCsv } from './csv';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const cuad = resolve(valueOf('--cuad') ?? join(__dirname, '../../../shared/corpus/cuad'));
const vendorFile = resolve(valueOf('--vendor') ?? join(__dirname, '../../../shared/corpus/vendor-clauses/clauses.jsonl'));
const standardTerms = resolve(valueOf('--standard-terms') ?? join(__dirname, '../../../shared/corpus/standard-terms'));
const verbose = args.includes('--verbose');

interface Score { tp: number; fp: number; fn: number; tn: number; misses: string[]; falseAlarms: string[] }

/** CUAD category → the sentences the key terms found for it (none: not found). */
const CATEGORIES: ReadonlyArray<readonly [string, (k: KeyTerms) => readonly Span[]]> = [
  ['Audit Rights', (k) => (k.dpa?.anyAuditRight ? k.dpa.auditSentences : [])],
  ['Post-Termination Services', (k) => (k.exit?.postTerminationServices ? k.exit.postTerminationSentences : [])],
];

/** One line of a sentence, for the --verbose listing. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 220 ? `${flat.slice(0, 220)}…` : flat;
}

function measureCuad(): void {
  const rows = readCsv(readFileSync(join(cuad, 'labels_selected.csv'), 'utf8'));
  const cache = new Map<string, { text: string; keyTerms: KeyTerms }>();
  const reviewed = (file: string): { text: string; keyTerms: KeyTerms } => {
    let r = cache.get(file);
    if (!r) {
      const text = readFileSync(join(cuad, 'contracts', file), 'utf8');
      r = { text, keyTerms: review(text, { format: 'plaintext' }).keyTerms };
      cache.set(file, r);
    }
    return r;
  };
  for (const [category, detect] of CATEGORIES) {
    const score: Score = { tp: 0, fp: 0, fn: 0, tn: 0, misses: [], falseAlarms: [] };
    for (const row of rows.filter((r) => r.category === category)) {
      const labelled = row.has_span === '1';
      const { text, keyTerms } = reviewed(row.txt_file);
      const found = detect(keyTerms);
      if (labelled && found.length > 0) score.tp++;
      else if (labelled) {
        score.fn++;
        // What the lawyers labelled and the reader did not see.
        const labels = (JSON.parse(row.spans_json || '[]') as string[]).map((t) => `\n      label: ${shorten(t)}`);
        score.misses.push(`${row.txt_file}${labels.join('')}`);
      } else if (found.length > 0) {
        score.fp++;
        const said = found.map((span) => `\n      found: ${shorten(text.slice(span.start, span.end))}`);
        score.falseAlarms.push(`${row.txt_file}${said.join('')}`);
      } else score.tn++;
    }
    const recall = score.tp / Math.max(1, score.tp + score.fn);
    const precision = score.tp / Math.max(1, score.tp + score.fp);
    console.log(`${category}: ${score.tp + score.fn} labelled of ${score.tp + score.fn + score.fp + score.tn} contracts; recall ${pct(recall)}, precision ${pct(precision)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`);
    if (verbose) {
      for (const f of score.misses) console.log(`  miss: ${f}`);
      for (const f of score.falseAlarms) console.log(`  false alarm: ${f}`);
    }
  }
}

/** Corpus fact → how the key terms state it; undefined when the key terms have no such field. */
const FACTS: Readonly<Record<string, (k: KeyTerms) => unknown>> = {
  subprocessor_change_notice_days: (k) => k.dpa?.subprocessorChangeNoticeDays,
  breach_notice_hours: (k) => k.dpa?.breachNoticeHours,
  audit_right: (k) => (k.dpa?.auditRights === 'reports-only' ? 'limited to reports/due diligence' : k.dpa?.auditRights),
  data_residency_commitment: (k) => (k.dpa ? k.dpa.residency.length > 0 : undefined),
  data_location: (k) => k.dpa?.residency,
  gdpr: (k) => k.dpa?.laws.includes('GDPR'),
  ccpa: (k) => k.dpa?.laws.includes('CCPA'),
  post_termination_access_days: (k) => k.exit?.postTerminationAccessDays,
  export_days: (k) => k.exit?.exportDays,
  deletion_days: (k) => k.exit?.deletionDaysAfterEnd,
  return_or_delete: (k) => (k.dpa?.deletionOrReturn ? 'at Customer\'s instruction' : null),
};

/** Business days in the corpus are calendar days in the key terms (10 business days → 14 days). */
function sameFact(name: string, expected: unknown, actual: unknown, facts: Record<string, unknown>): boolean {
  if (name === 'subprocessor_change_notice_days' && facts.notice_day_type === 'business days' && typeof expected === 'number') {
    return actual === Math.round((expected * 7) / 5);
  }
  if (name === 'deletion_days' && facts.deletion_on_request_only === true) return actual === null;
  return JSON.stringify(expected) === JSON.stringify(actual);
}

function measureVendorClauses(): void {
  const lines = readFileSync(vendorFile, 'utf8').split('\n').filter((l) => l.trim().length > 0);
  let compared = 0;
  let right = 0;
  for (const line of lines) {
    const clause = JSON.parse(line) as { topic: string; document: string; text: string; facts: Record<string, unknown> };
    if (clause.topic !== 'dpa' && clause.topic !== 'exit') continue;
    const keyTerms = review(clause.text, { format: 'plaintext' }).keyTerms;
    for (const [name, expected] of Object.entries(clause.facts)) {
      const read = FACTS[name];
      if (!read) continue;
      const actual = read(keyTerms);
      compared++;
      const ok = sameFact(name, expected, actual, clause.facts);
      if (ok) right++;
      if (verbose || !ok) console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(actual)} (${clause.text.slice(0, 60)}…)`);
    }
  }
  console.log(`Vendor DPA/exit clauses: ${right} of ${compared} facts read as the corpus states them`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The key terms of a standard agreement, without spans, for reading against the document by eye. */
function describeStandardTerms(): void {
  for (const name of ['common-paper-dpa.md', 'common-paper-csa.md']) {
    const result = review(readFileSync(join(standardTerms, name), 'utf8'), { format: 'markdown' });
    const { dpa, exit } = result.keyTerms;
    // Offsets are for the editor; the lists of sentences are printed by count.
    const strip = (o: object | undefined): Record<string, unknown> | undefined => {
      if (!o) return undefined;
      const rest: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(o)) {
        if (key === 'spans') continue;
        rest[key] = key.endsWith('Sentences') && Array.isArray(value) ? `${value.length} sentence(s)` : value;
      }
      return rest;
    };
    console.log(`${name} (${result.kind}):`);
    console.log(`  dpa:  ${JSON.stringify(strip(dpa))}`);
    console.log(`  exit: ${JSON.stringify(strip(exit))}`);
    console.log(`  findings: ${result.findings.filter((f) => /^(?:dpa|exit)\//.test(f.ruleId)).map((f) => f.ruleId).join(', ') || 'none'}`);
  }
}

describeStandardTerms();
measureCuad();
measureVendorClauses();
