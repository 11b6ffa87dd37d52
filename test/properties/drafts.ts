import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// Random and mutated drafts for the property suite (npm test) and the fuzz run
// (npm run fuzz): made-up clauses that trigger every rule family, the project's
// own fixture drafts cut into lines, and the inputs that broke the review once:
// CRLF, NBSP, invisible characters, emoji, lone surrogates, very long lines,
// deep lists, tables, comments and code fences.

/** Clauses written for this suite, one per shape a rule reads. */
export const CLAUSES: readonly string[] = [
  '# Master Services Agreement',
  '## 3. Term and Renewal',
  '3.1 This Agreement starts on 1 April 2026 and continues for an initial term of two (2) years.',
  '3.2 It then renews automatically for successive three (3) year periods unless either party gives notice of non-renewal at least one hundred eighty (180) days before the end of the then-current term.',
  'Notice of non-renewal may be given no earlier than 120 and no later than 100 days before the renewal date.',
  'On each renewal the fees rise to the Vendor\'s then-current list prices.',
  '## 4. Service Levels',
  '4.1 The Vendor will use reasonable efforts to keep the platform available 99.0% of each calendar quarter, excluding scheduled maintenance.',
  '4.2 Service credits are the Customer\'s sole and exclusive remedy for any failure to meet this commitment.',
  '4.3 Credits must be claimed within five (5) days of the end of the month.',
  '## 5. Data Protection',
  '5.1 The Vendor shall process personal data of callers only on the Customer\'s written instructions.',
  '5.2 The Customer\'s audit rights are satisfied solely by the Vendor\'s annual SOC 2 report.',
  '5.3 The Vendor may update this DPA from time to time by posting a new version online.',
  '5.4 The Vendor shall notify the Customer of a personal data breach within ten (10) days.',
  '## 6. Exit',
  '6.1 After termination the Customer may download its data for fifteen (15) days, after which the Vendor deletes it.',
  'Payment is due within thirty (45) days of the invoice.',
  '- The Vendor may suspend the service on notice.',
  '  - nested item one',
  '    - nested item two (a) first (b) second',
  '| Availability | Credit |',
  '| --- | --- |',
  '| below 99.9% | 5% of monthly fees |',
  '| below 99.0% | ten (15) percent |',
  '<!-- contract-review-disable-next-line renewal/long-renewal-term -->',
  'contract-review-disable-next-line drafting/number-mismatch',
  '```',
  '---',
  '> quoted text: the Vendor shall not renew for more than one year.',
  '',
];

/** Strings that have broken parsers before, inserted anywhere. */
export const MARKS: readonly string[] = [
  '\r\n', '\r', '\n\n', '\u00a0', '\u200b', '\u00ad', '\u200d', '\u2060', '\ufeff', '😀', '👍🏽', '\ud800', '\udfff', '\u0000',
  '\t', '"', '“', '”', '(', ')', '|', '<!--', '-->', '#', '1.', '(a)', '§', ' (30) ', 'thirty', '%', '$', '.', ' ',
];

/** The project's own fixture drafts (written for its tests), split into lines to splice. */
export function fixtureLines(limit = 4000): string[] {
  const root = join(__dirname, '..', 'fixtures');
  const lines: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:md|txt)$/.test(entry.name)) lines.push(...readFileSync(path, 'utf8').split(/\r?\n/));
    }
  };
  walk(root);
  return [...new Set(lines)].slice(0, limit);
}

type Mutation = (text: string, at: number) => string;

const insert = (piece: string): Mutation => (text, at) => text.slice(0, at) + piece + text.slice(at);

/** Edits at a position: a mark, a long run, a deep list, a table, or a cut. */
function mutations(longLine: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...MARKS).map(insert) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((depth) => insert(`\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((rows) => insert(`\n| a | b |\n|---|:-:|\n${'| 30 (thirty) days | 99.5% |\n'.repeat(rows)}`)) },
    { weight: 1, arbitrary: fc.constantFrom('a', 'x ', '(', '0', ' |', '\u200b').map((unit) => insert(unit.repeat(Math.max(1, Math.floor(longLine / unit.length))))) },
    { weight: 1, arbitrary: fc.nat(200).map((n): Mutation => (text, at) => text.slice(0, at) + text.slice(at + n)) },
    { weight: 1, arbitrary: fc.constant<Mutation>((text) => text.replace(/\n/g, '\r\n')) },
  );
}

export interface DraftOptions {
  /** Extra lines to splice in (the fixtures, or in the fuzz run real drafts read at run time). */
  readonly extraLines?: readonly string[];
  /** Length of the long runs a mutation inserts. */
  readonly longLine?: number;
  readonly maxParts?: number;
  readonly maxMutations?: number;
  /** Random characters after the draft (default true). */
  readonly noise?: boolean;
}

/** A draft: parts joined by line breaks, then mutated at random places. */
export function draftArbitrary(options: DraftOptions = {}): fc.Arbitrary<string> {
  const pool = [...CLAUSES, ...(options.extraLines ?? [])];
  const parts = fc.array(fc.constantFrom(...pool), { maxLength: options.maxParts ?? 14 });
  const edits = fc.array(fc.tuple(mutations(options.longLine ?? 2000), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: options.maxMutations ?? 5 });
  return fc.tuple(parts, edits, options.noise === false ? fc.constant('') : fc.string({ unit: 'binary', maxLength: 40 })).map(([lines, changes, noise]) => {
    let text = lines.join('\n') + noise;
    for (const [mutate, where] of changes) text = mutate(text, Math.floor(where * (text.length + 1)));
    return text;
  });
}
