import assert from 'node:assert/strict';
import { activateExtension, openDraft } from './helpers';

describe('checklist', () => {
  it('returns items for the draft, with the renewal findings marked', async () => {
    const api = await activateExtension();
    const { document } = await openDraft();
    const checklist = await api.checklist(document.uri);
    assert.ok(checklist, 'the server should review the draft');
    assert.equal(checklist.version, document.version);
    assert.ok(checklist.items.length > 0, 'some checklist items');
    const renewal = checklist.items.filter((item) => item.ruleIds.includes('renewal/long-renewal-term'));
    assert.equal(renewal.length, 1, 'one item covers the renewal term');
    assert.notEqual(renewal[0].state, 'met', 'a three-year renewal does not meet a 12-month playbook');
    assert.equal(checklist.keyTerms.renewal?.noticeDays, 180);
  });

  it('answers through the API for a URI given as a string too', async () => {
    const api = await activateExtension();
    const { document } = await openDraft();
    const checklist = await api.checklist(document.uri.toString());
    assert.ok(checklist && checklist.items.length > 0);
  });
});
