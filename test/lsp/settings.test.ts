import assert from 'node:assert/strict';
import { ChecklistRequest, type ChecklistResult } from '../../server/src/protocol';
import { LspClient, MINIMAL_CAPABILITIES } from './client';
import { LONG_NOTICE, LONG_TERM, RENEWAL_DRAFT } from './drafts';

const codes = (list: readonly { code?: unknown }[]) => list.map((d) => d.code);

describe('lsp: settings', function () {
  this.timeout(15000);
  let client: LspClient;
  afterEach(() => client.dispose());

  it('enable=false clears the diagnostics and enable=true brings them back', async () => {
    client = await LspClient.start();
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const before = await client.current(uri);
    assert.ok(before.length > 0, 'the renewal draft should have findings');

    client.settings.enable = false;
    await client.settingsChanged();
    assert.deepEqual(await client.diagnostics(uri, (p) => p.diagnostics.length === 0, 'the list is empty'), []);
    assert.equal(await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri }), null, 'no checklist while disabled');

    client.settings.enable = true;
    await client.settingsChanged();
    const again = await client.diagnostics(uri, (p) => p.diagnostics.length > 0, 'the findings are back');
    assert.deepEqual(codes(again), codes(before));
  });

  it('enable=false answers the checklist with null, enable=true with the checklist', async () => {
    client = await LspClient.start({ settings: { enable: false } });
    const uri = await client.open('notes.md', '# Notes\n');
    assert.equal(await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri }), null);
    client.settings.enable = true;
    await client.settingsChanged();
    const checklist = await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri });
    assert.ok(checklist && checklist.items.length > 0);
  });

  it('a playbook setting pointing at a file with maxNoticeDays 200 drops the notice finding', async () => {
    client = await LspClient.start();
    client.writeFile('positions/team.json', JSON.stringify({ renewal: { maxNoticeDays: 200 } }));
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const before = await client.current(uri);
    assert.ok(before.some((d) => d.code === LONG_NOTICE), `expected ${LONG_NOTICE}, got ${JSON.stringify(codes(before))}`);

    client.settings.playbook = 'positions/team.json';
    await client.settingsChanged();
    const after = await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === LONG_NOTICE), `${LONG_NOTICE} is gone`);
    assert.ok(after.some((d) => d.code === LONG_TERM), 'the renewal-term finding stays');

    // The named file is watched too, and an edit to it applies once the watcher reports it.
    const watched = client.registrations.flatMap((r) => r.registrations).flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers);
    assert.ok(watched.some((w) => JSON.stringify(w.globPattern).includes('team.json')), JSON.stringify(watched));
    client.writeFile('positions/team.json', JSON.stringify({ renewal: { maxNoticeDays: 90 } }));
    await client.watchedFileChanged('positions/team.json', 2);
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === LONG_NOTICE), `${LONG_NOTICE} is back`);
  });

  it('warns once when the configured playbook file does not exist, and reviews with the defaults', async () => {
    client = await LspClient.start({ settings: { playbook: 'missing/playbook.json' } });
    const first = await client.open('a.md', RENEWAL_DRAFT);
    await client.current(first);
    const second = await client.open('b.md', '# Other\n');
    await client.current(second);
    const warnings = client.messages.filter((m) => m.type === 2);
    assert.equal(warnings.length, 1, JSON.stringify(client.messages));
    assert.ok(warnings[0].message.includes('playbook.json'), warnings[0].message);
  });

  it('says nothing when the default playbook file is absent', async () => {
    client = await LspClient.start();
    const uri = await client.open('a.md', '# Notes\n');
    await client.current(uri);
    assert.deepEqual(client.messages, []);
  });

  it('uses the defaults, or settings pushed with didChangeConfiguration, when the client cannot be asked', async () => {
    client = await LspClient.start({ capabilities: MINIMAL_CAPABILITIES });
    const uri = await client.open('notes.md', '# Notes\n');
    await client.current(uri);
    assert.ok(await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri }), 'enabled by default');
    assert.equal(client.registrations.length, 0, 'no dynamic registration without the capability');

    client.settings.enable = false;
    await client.settingsChanged();
    assert.equal(await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri }), null);
  });

  it('ignores settings of the wrong type', async () => {
    client = await LspClient.start({ settings: { enable: 'yes', playbook: 42, trace: 'loud' } });
    const uri = await client.open('notes.md', '# Notes\n');
    await client.current(uri);
    assert.ok(await client.request<ChecklistResult | null>(ChecklistRequest.method, { uri }));
    assert.ok(client.alive);
  });

  it('logs to the output channel at trace level "messages" and stays quiet at "off"', async () => {
    client = await LspClient.start();
    const quiet = await client.open('quiet.md', '# Notes\n');
    await client.current(quiet);
    assert.equal(client.logs.filter((l) => l.type >= 3).length, 0, JSON.stringify(client.logs));

    client.settings.trace = { server: 'messages' };
    await client.settingsChanged();
    const uri = await client.open('loud.md', '# More notes\n');
    await client.current(uri);
    assert.ok(client.logs.some((l) => l.message.includes('loud.md')), JSON.stringify(client.logs));
  });
});
