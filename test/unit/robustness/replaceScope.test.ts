import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { parseContract } from '../../../server/src/engine/parse';
import { confineFixes } from '../../../server/src/engine/fixScope';
import type { Finding, Fix } from '../../../server/src/engine/model';

// Issue 12.8: a replacement only ever covers the clause its finding is about; where
// the rule cannot find that clause it inserts its wording instead.

const FILING_STYLE = [
  'LICENSE AGREEMENT',
  '',
  'ARTICLE ONE DEFINITIONS     1.1 "Content" means the video programmes the Licensor delivers under this Agreement.     1.2 The Licensee shall process personal data of viewers only on the Licensor\'s documented instructions and shall keep such data confidential.',
  '',
  'ARTICLE TWO FORCE MAJEURE     Where a storm, a flood, a strike or any other event outside a Party\'s control stops that Party from performing this Agreement, such Party shall tell the other Party by email within ten days and then provide a written report of the event together with a certification document from a local chamber of commerce describing its cause.',
  '',
].join('\n');

const DPA = [
  '# Data Processing Addendum',
  '',
  '## 1. Processing',
  '',
  '1.1 Processor shall process Personal Data only on the documented instructions of Controller.',
  '',
  '## 2. Audits',
  '',
  '2.1 Controller\'s right to audit shall be satisfied solely through the Processor\'s most recent SOC 2 report, provided on request once a year.',
  '',
  '2.2 Processor shall notify Controller of any Personal Data Breach within 48 hours.',
  '',
].join('\n');

function only(findings: readonly Finding[], ruleId: string): Finding {
  const found = findings.filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `${ruleId}: ${JSON.stringify(findings.map((f) => f.ruleId))}`);
  return found[0];
}

describe('robustness: replacements stay inside their clause (issue 12.8)', () => {
  it('inserts the audit clause instead of replacing a force-majeure sentence read for its "report"', () => {
    const finding = only(review(FILING_STYLE, { format: 'plaintext' }).findings, 'dpa/no-audit-rights');
    assert.equal(finding.fixes.length, 1);
    const [edit] = finding.fixes[0].edits;
    assert.equal(edit.span.start, edit.span.end, 'an insertion, deleting nothing');
    assert.match(finding.fixes[0].title, /^Insert/);
    const applied = FILING_STYLE.slice(0, edit.span.start) + edit.newText + FILING_STYLE.slice(edit.span.end);
    assert.ok(applied.includes('ARTICLE TWO FORCE MAJEURE     Where a storm'), 'the article is still there');
  });

  it('still replaces a sentence that is itself the audit limitation', () => {
    const finding = only(review(DPA).findings, 'dpa/no-audit-rights');
    const [edit] = finding.fixes[0].edits;
    assert.match(finding.fixes[0].title, /^Replace/);
    assert.equal(DPA.slice(edit.span.start, edit.span.end), 'Controller\'s right to audit shall be satisfied solely through the Processor\'s most recent SOC 2 report, provided on request once a year.');
  });

  it('the engine drops a fix whose replacement reaches outside the finding\'s clause, and keeps insertions', () => {
    const contract = parseContract(DPA, 'markdown');
    const clause = contract.clauses.find((c) => DPA.slice(c.span.start, c.span.end).startsWith('2.1'));
    assert.ok(clause);
    const inside: Fix = { title: 'inside', safe: false, edits: [{ span: { start: clause.span.start + 4, end: clause.span.start + 14 }, newText: 'x' }] };
    const across: Fix = { title: 'across', safe: false, edits: [{ span: { start: clause.span.start, end: clause.span.end + 5 }, newText: 'x' }] };
    const insertion: Fix = { title: 'insertion', safe: false, edits: [{ span: { start: 3, end: 3 }, newText: 'x' }] };
    const kept = confineFixes(contract, { start: clause.span.start + 5, end: clause.span.start + 9 }, [inside, across, insertion]);
    assert.deepEqual(kept.map((f) => f.title), ['inside', 'insertion']);
  });

  it('every replacement the engine offers on the sample drafts lies inside its finding\'s clause', () => {
    for (const [text, format] of [[FILING_STYLE, 'plaintext'], [DPA, 'markdown']] as const) {
      const result = review(text, { format });
      for (const finding of result.findings) {
        for (const fix of finding.fixes) {
          const kept = confineFixes(result.contract, finding.span, [fix]);
          assert.equal(kept.length, 1, `${finding.ruleId}: ${fix.title}`);
        }
      }
    }
  });
});
