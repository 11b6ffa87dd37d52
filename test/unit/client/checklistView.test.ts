import assert from 'node:assert/strict';
import { describeChecklistItem, summarizeChecklist } from '../../../client/src/commands/checklistView';
import type { ChecklistState } from '../../../server/src/protocol';
import type { KeyTerms } from '../../../server/src/engine/keyTerms/types';
import type { ChecklistResult, ProtocolChecklistItem } from '../../../server/src/protocol';

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

  it('adds the non-renewal notice deadline when the server computed one', () => {
    const summary = summarizeChecklist(result([item('missing')], { ...NO_KEY_TERMS, nonRenewalNoticeDeadline: '2026-10-17' }));
    assert.equal(summary, 'Reviewed as a master agreement · 1 missing · non-renewal notice due by 2026-10-17');
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
