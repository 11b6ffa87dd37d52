import assert from 'node:assert/strict';
import { checklistTitle, describeChecklistItem, summarizeChecklist } from '../../../client/src/commands/checklistView';
import type { ChecklistState } from '../../../server/src/protocol';
import type { KeyTerms } from '../../../server/src/engine/keyTerms/types';
import type { ChecklistResult, ProtocolChecklistItem, UpcomingDeadline } from '../../../server/src/protocol';

const NO_KEY_TERMS: KeyTerms = {
  effectiveDate: null,
  effectiveDateSpan: null,
  initialTermMonths: null,
  initialTermSpan: null,
  renewal: null,
  priceIncrease: null,
  nonRenewalNoticeDeadline: null,
  sla: null,
};

function item(state: ChecklistState, title = 'Auto-renewal term'): ProtocolChecklistItem {
  return { id: 'renewal-term', family: 'renewal', title, state, ruleIds: ['renewal/long-renewal-term'], detail: 'Renews automatically for 3 years', range: null, findings: [] };
}

function result(items: ProtocolChecklistItem[], keyTerms: KeyTerms = NO_KEY_TERMS): ChecklistResult {
  return { version: 1, kind: 'msa', keyTerms, items, families: [], upcomingDeadline: null };
}

describe('checklist quick pick text', () => {
  const icons: [ChecklistState, string, string][] = [
    ['met', '$(pass)', 'Met'],
    ['weak', '$(warning)', 'Weak: worth negotiating'],
    ['missing', '$(error)', 'Missing'],
    ['not-applicable', '$(circle-slash)', 'Not applicable'],
    ['found', '$(info)', 'Found (for information)'],
    ['not-found', '$(circle-outline)', 'Not found (for information)'],
  ];
  for (const [state, icon, words] of icons) {
    it(`shows a ${state} item with ${icon} and "${words}"`, () => {
      const text = describeChecklistItem(item(state));
      assert.equal(text.label, `${icon} Auto-renewal term`);
      assert.equal(text.description, words);
      assert.equal(text.detail, 'Renews automatically for 3 years');
    });
  }

  it('summarises the kind and the count per state, worst first', () => {
    const summary = summarizeChecklist(result([item('met'), item('weak'), item('met'), item('not-applicable')]));
    assert.equal(summary, 'Reviewed as a master agreement · 1 weak, 2 met, 1 not applicable');
  });

  const DEADLINE: UpcomingDeadline = { noticeDue: '2026-10-17', sendBy: '2026-10-16', label: '17 Oct 2026', description: 'Notice of non-renewal is due by 17 Oct 2026.', passed: false };

  it('puts the notice deadline in the title, which stays in view while filtering, and the counts in the placeholder', () => {
    const withDeadline = { ...result([item('missing')], { ...NO_KEY_TERMS, nonRenewalNoticeDeadline: '2026-10-17' }), upcomingDeadline: DEADLINE };
    assert.equal(checklistTitle(withDeadline, 'deals/msa.md'), 'Contract checklist: deals/msa.md · notice of non-renewal due by 17 Oct 2026');
    assert.equal(summarizeChecklist(withDeadline), 'Reviewed as a master agreement · 1 missing');
  });

  it('says a deadline that has passed, and leaves it out when there is none', () => {
    const passed = { ...result([item('met')]), upcomingDeadline: { ...DEADLINE, passed: true } };
    assert.equal(checklistTitle(passed, 'msa.md'), 'Contract checklist: msa.md · notice of non-renewal was due by 17 Oct 2026');
    assert.equal(checklistTitle(result([item('met')]), 'msa.md'), 'Contract checklist: msa.md');
  });

  it('names each document kind in words', () => {
    const kinds: [ChecklistResult['kind'], string][] = [
      ['sla', 'a service level agreement'],
      ['dpa', 'a data processing agreement'],
      ['order-form', 'an order form'],
      ['unknown', 'a contract of unknown type'],
    ];
    for (const [kind, words] of kinds) {
      assert.equal(summarizeChecklist({ ...result([]), kind }), `Reviewed as ${words}`);
    }
  });
});
