import assert from 'node:assert/strict';
import { readText, type ClauseReading, type PartyRole, type SentenceReading } from '../../../server/src/engine/semantics';
import { ALL_ROWS, GROUPS } from './clauseTable';

/** The names a draft would define in its preamble ("Acme, Inc. ("Acme")"); none says which side it is on. */
const NAMES = new Map<string, PartyRole>([['acme', 'named'], ['globex', 'named'], ['company', 'named']]);

const MODALS: Record<string, readonly [ClauseReading['modality'], boolean]> = {
  may: ['permission', false], 'may!': ['permission', true],
  shall: ['obligation', false], 'shall!': ['obligation', true],
  is: ['statement', false], 'is!': ['statement', true],
};

function read(sentence: string): SentenceReading {
  const lower = sentence.toLowerCase();
  return readText(lower, { span: { start: 100, end: 100 + lower.length } }, NAMES);
}

function show(reading: SentenceReading): string {
  return reading.clauses
    .map((c) => `  ${c.role} ${c.subject.role}(${c.subject.text}) ${c.modality}${c.negated ? ' refused' : ''} [${c.verb}] :: ${c.lower.trim()}`)
    .join('\n');
}

function check(reading: SentenceReading, expectation: string): void {
  const [key, ...values] = expectation.split(/\s+/);
  if (key === 'roles:') {
    assert.deepEqual(reading.clauses.map((c) => c.role), values, `clause roles\n${show(reading)}`);
    return;
  }
  if (key === 'anchors:') {
    assert.deepEqual(reading.timeAnchors.map((a) => a.relation), values, `time anchors: ${reading.timeAnchors.map((a) => a.text).join(' | ')}`);
    return;
  }
  const role = key.endsWith(':') ? key.slice(0, -1) : 'main';
  const [subject, modal, ...verbWords] = role === 'main' ? [key, ...values] : values;
  const verb = verbWords.join(' ') === '-' ? '' : verbWords.join(' ');
  const [modality, negated] = MODALS[modal] ?? assert.fail(`bad modal ${modal} in '${expectation}'`);
  const candidates = reading.clauses.filter((c) => c.role === role && c.verb === verb);
  assert.ok(candidates.length > 0, `no ${role} clause with the verb '${verb}'\n${show(reading)}`);
  // A verb may stand in several clauses ("may be terminated: (a) by Customer …; (b) by Provider …"): one must read so.
  const readings = candidates.map((c) => ({ subject: c.subject.role, modality: c.modality, negated: c.negated }));
  const wanted = { subject, modality, negated };
  if (!readings.some((r) => r.subject === subject && r.modality === modality && r.negated === negated)) {
    assert.deepEqual(readings[0], wanted, `reading of '${verb}'\n${show(reading)}`);
  }
}

describe('clause layer: the table', () => {
  it('has at least 220 sentences, none twice', () => {
    assert.ok(ALL_ROWS.length >= 220, `${ALL_ROWS.length} rows`);
    assert.equal(new Set(ALL_ROWS.map((r) => r[0])).size, ALL_ROWS.length);
  });

  for (const [group, rows] of Object.entries(GROUPS)) {
    describe(group, () => {
      for (const [sentence, ...expectations] of rows) {
        it(sentence, () => {
          assert.ok(expectations.length > 0, 'a row says what it expects');
          const reading = read(sentence);
          for (const expectation of expectations) check(reading, expectation);
          for (const clause of reading.clauses) {
            assert.ok(clause.span.start >= 100 && clause.span.end <= 100 + sentence.length && clause.span.start < clause.span.end, 'clause span inside the sentence');
          }
        });
      }
    });
  }
});
