import assert from 'node:assert/strict';
import { describeItemState, describeOpenItems, groupByFamily, openItemCount } from '../../../client/src/views/checklistGroups';
import type { ChecklistItem, ChecklistState } from '../../../server/src/engine/checklist';
import type { KeyTerms } from '../../../server/src/engine/keyTerms/types';
import type { RuleFamily } from '../../../server/src/engine/rule';
import { checklistFamilies } from '../../../server/src/lsp/checklistFamilies';
import type { ChecklistFinding, ChecklistResult, ProtocolChecklistItem } from '../../../server/src/protocol';

const RANGE = { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } };

function item(id: string, family: RuleFamily, state: ChecklistState, findings: ChecklistFinding[] = []): ProtocolChecklistItem {
  return { id, family, title: id, state, ruleIds: findings.map((f) => f.ruleId), detail: '', range: null, findings };
}

function finding(ruleId: string): ChecklistFinding {
  return { ruleId, severity: 'warning', message: 'm', range: RANGE };
}

/** A checklist answer as the server builds it: the families from the engine items. */
function result(items: ProtocolChecklistItem[]): ChecklistResult {
  const engineItems = items.map((i): ChecklistItem => ({ id: i.id, family: i.family, title: i.title, state: i.state, ruleIds: i.ruleIds, span: null, detail: i.detail, test: '' }));
  return { version: 1, kind: 'msa', keyTerms: {} as KeyTerms, items, families: checklistFamilies(engineItems), upcomingDeadline: null };
}

describe('checklist view grouping', () => {
  it('groups items by family in the reviewer\'s order, leaving out empty families', () => {
    const groups = groupByFamily(result([
      item('notice', 'renewal', 'weak'),
      item('uptime', 'sla', 'missing'),
      item('numbers', 'drafting', 'met'),
      item('term', 'renewal', 'met'),
    ]));
    assert.deepEqual(groups.map((g) => g.label), ['SLA', 'Renewal', 'Drafting']);
    assert.deepEqual(groups[1].items.map((i) => i.id), ['notice', 'term']);
  });

  it('counts each family\'s states and shows its worst one', () => {
    const [renewal] = groupByFamily(result([
      item('a', 'renewal', 'met'), item('b', 'renewal', 'weak'), item('c', 'renewal', 'met'), item('d', 'renewal', 'not-applicable'),
    ]));
    assert.equal(renewal.counts, '1 weak, 2 met, 1 not applicable');
    assert.equal(renewal.worst, 'weak');
    assert.equal(groupByFamily(result([item('x', 'exit', 'not-applicable')]))[0].worst, 'not-applicable');
    assert.equal(groupByFamily(result([item('x', 'exit', 'met'), item('y', 'exit', 'missing')]))[0].worst, 'missing');
  });

  it('says the state and how many findings an item has', () => {
    assert.equal(describeItemState(item('a', 'sla', 'met')), 'Met');
    assert.equal(describeItemState(item('a', 'sla', 'weak', [finding('sla/x')])), 'Weak · 1 finding');
    assert.equal(describeItemState(item('a', 'sla', 'missing', [finding('sla/x'), finding('sla/y')])), 'Missing · 2 findings');
  });

  it('counts the items that are missing or weak for the badge and the status bar', () => {
    const open = result([item('a', 'sla', 'met'), item('b', 'sla', 'weak'), item('c', 'dpa', 'missing'), item('d', 'exit', 'not-applicable'), item('e', 'exit', 'missing')]);
    assert.equal(openItemCount(open), 3);
    assert.equal(describeOpenItems(open), '2 missing, 1 weak');
    assert.equal(describeOpenItems(result([item('a', 'sla', 'met')])), 'checklist met');
  });
});
