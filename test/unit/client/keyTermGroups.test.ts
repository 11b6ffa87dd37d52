import assert from 'node:assert/strict';
import { groupKeyTerms } from '../../../client/src/views/keyTermGroups';
import type { ProtocolKeyTermRow } from '../../../server/src/protocol';

function row(group: ProtocolKeyTermRow['group'], label: string): ProtocolKeyTermRow {
  return { group, label, value: 'v', range: null, confidence: 'read' };
}

describe('key terms view grouping', () => {
  it('keeps the server\'s order of groups and rows, and each row\'s place in the list', () => {
    const groups = groupKeyTerms([row('Dates', 'Effective date'), row('Renewal', 'Renewal'), row('Dates', 'End of initial term'), row('Exit', 'Data export')]);
    assert.deepEqual(groups.map((g) => g.group), ['Dates', 'Renewal', 'Exit']);
    assert.deepEqual(groups[0].rows.map((r) => [r.row.label, r.index]), [['Effective date', 0], ['End of initial term', 2]]);
  });

  it('has no groups for no rows', () => {
    assert.deepEqual(groupKeyTerms([]), []);
  });
});
