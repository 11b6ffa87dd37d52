import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { RULE_IDS, ruleById } from '../../../server/src/engine/rules';
import { loadPlaybook } from '../../../server/src/engine/playbook/load';
import { DEFAULT_PLAYBOOK, playbookSchema, type PlaybookInput } from '../../../server/src/engine/playbook/schema';
import type { Rule } from '../../../server/src/engine/rule';
import { RENEWAL_DRAFT, SLA_DRAFT, underTest } from './drafts';

function playbook(input: PlaybookInput) {
  return playbookSchema.parse(input);
}

/** Counts calls to a rule's check while `run` runs; the rule is restored afterwards. */
function countChecks(ruleId: string, run: () => void): number {
  const rule = ruleById(ruleId) as Rule;
  assert.ok(rule, ruleId);
  const original = rule.check;
  let calls = 0;
  rule.check = (context) => {
    calls++;
    return original.call(rule, context);
  };
  try {
    run();
  } finally {
    rule.check = original;
  }
  return calls;
}

describe('review: the playbook', () => {
  it('runs every rule with its default severity under the default playbook', () => {
    const found = review(RENEWAL_DRAFT, { playbook: DEFAULT_PLAYBOOK }).findings;
    for (const finding of found) assert.equal(finding.severity, ruleById(finding.ruleId)?.meta.defaultSeverity, finding.ruleId);
    assert.equal(underTest(found).length, 4);
  });

  it('a rule switched off does not run at all', () => {
    const off = playbook({ rules: { 'renewal/long-notice-period': 'off' } });
    let ids: string[] = [];
    const calls = countChecks('renewal/long-notice-period', () => {
      ids = review(RENEWAL_DRAFT, { playbook: off }).findings.map((f) => f.ruleId);
    });
    assert.equal(calls, 0);
    assert.ok(!ids.includes('renewal/long-notice-period'));
    assert.ok(ids.includes('renewal/long-renewal-term'), 'the other rules still run');
    // The counter itself works: with the rule on, it is called once.
    assert.equal(countChecks('renewal/long-notice-period', () => review(RENEWAL_DRAFT)), 1);
  });

  it('severities follow the playbook', () => {
    const severities = playbook({ rules: { 'drafting/number-mismatch': 'hint', 'renewal/long-renewal-term': 'error', 'renewal/long-notice-period': 'information' } });
    const bySeverity = Object.fromEntries(underTest(review(RENEWAL_DRAFT, { playbook: severities }).findings).map((f) => [f.ruleId, f.severity]));
    assert.deepEqual(bySeverity, {
      'drafting/number-mismatch': 'hint',
      'renewal/long-renewal-term': 'error',
      'renewal/long-notice-period': 'information',
      'renewal/uncapped-price-increase': 'warning',
    });
  });

  it('thresholds from a playbook file decide what is flagged', () => {
    const loaded = loadPlaybook('{ "renewal": { "maxTermMonths": 36, "maxNoticeDays": 120 }, "rules": { "drafting/number-mismatch": "off" } }', RULE_IDS);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(underTest(review(RENEWAL_DRAFT, { playbook: loaded.playbook }).findings).map((f) => f.ruleId), ['renewal/uncapped-price-increase']);
  });

  it('messages and fixes state the playbook position', () => {
    const strict = playbook({ renewal: { maxNoticeDays: 30, preferredNoticeDays: 45 } });
    const notice = review(RENEWAL_DRAFT, { playbook: strict }).findings.find((f) => f.ruleId === 'renewal/long-notice-period');
    assert.ok(notice);
    assert.match(notice.message, /at most 30 days/);
    assert.equal(notice.fixes[0]?.edits[0]?.newText, 'forty-five (45) days');
  });

  it('a playbook with a bad value keeps the default for that field and still reviews', () => {
    const loaded = loadPlaybook('{ "renewal": { "maxTermMonths": "three years", "maxNoticeDays": 150 }, "rules": { "renewal/no-such-rule": "off" } }', RULE_IDS);
    assert.deepEqual(loaded.problems.map((p) => p.field).sort(), ['renewal.maxTermMonths', 'rules.renewal/no-such-rule']);
    assert.equal(loaded.playbook.renewal.maxTermMonths, 12);
    assert.deepEqual(underTest(review(RENEWAL_DRAFT, { playbook: loaded.playbook }).findings).map((f) => f.ruleId), [
      'drafting/number-mismatch',
      'renewal/uncapped-price-increase',
      'renewal/long-renewal-term',
    ]);
  });

  it('rules run on the kinds they apply to, and elsewhere only where the draft states their family\'s clauses', () => {
    assert.equal(review(SLA_DRAFT).kind, 'sla');
    assert.equal(countChecks('renewal/long-renewal-term', () => review(SLA_DRAFT)), 0);
    // Renewal terms in a text given as an SLA are judged all the same: the kind only excuses absent terms.
    assert.equal(countChecks('renewal/long-renewal-term', () => review(RENEWAL_DRAFT, { kind: 'sla' })), 1);
    assert.ok(underTest(review(RENEWAL_DRAFT, { kind: 'sla' }).findings).some((f) => f.ruleId === 'renewal/long-renewal-term'));
  });
});
