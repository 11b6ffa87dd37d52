import assert from 'node:assert/strict';
import { activateExtension, describeRange, hasRule, openDraft, rangeOfText, ruleIdOf, waitForDiagnostics } from './helpers';
import * as vscode from 'vscode';

// The fixture has one finding per renewal rule and one drafting mistake; each
// expected range is the phrase the rule objects to, found in the text itself.
const EXPECTED = [
  { ruleId: 'drafting/number-mismatch', phrase: 'forty-five (30)', severity: vscode.DiagnosticSeverity.Error },
  { ruleId: 'renewal/long-renewal-term', phrase: 'three (3) years', severity: vscode.DiagnosticSeverity.Warning },
  { ruleId: 'renewal/long-notice-period', phrase: 'one hundred eighty (180) days', severity: vscode.DiagnosticSeverity.Warning },
];

describe('diagnostics', () => {
  it('underlines each finding with its rule id, range and severity', async () => {
    await activateExtension();
    const { document } = await openDraft();
    const diagnostics = await waitForDiagnostics(document.uri,
      (ds) => EXPECTED.every((e) => hasRule(e.ruleId)(ds)), 'the renewal and drafting findings');
    for (const expected of EXPECTED) {
      const found = diagnostics.filter((d) => ruleIdOf(d) === expected.ruleId);
      assert.equal(found.length, 1, `one ${expected.ruleId} finding`);
      assert.equal(describeRange(found[0].range), describeRange(rangeOfText(document, expected.phrase)), `${expected.ruleId} range`);
      assert.equal(found[0].severity, expected.severity, `${expected.ruleId} severity`);
    }
  });

  it('links each rule id to its section of the README and names the playbook limit', async () => {
    await activateExtension();
    const { document } = await openDraft();
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('renewal/long-notice-period'), 'the notice finding');
    const notice = diagnostics.find((d) => ruleIdOf(d) === 'renewal/long-notice-period');
    assert.ok(notice && typeof notice.code === 'object', 'the code should carry a documentation link');
    assert.ok(notice.code.target.fragment.endsWith('rule-renewal-long-notice-period'), `link: ${notice.code.target.toString()}`);
    assert.match(notice.message, /180 days/);
    assert.match(notice.message, /90 days/);
  });
});
