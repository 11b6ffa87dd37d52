import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { COMMANDS, RenewalCalendarRequest, type RenewalCalendarResult } from '../../server/src/protocol';
import { LspClient } from './client';
import { MISMATCH_DRAFT } from './drafts';
import { DATED_RENEWAL_DRAFT, DATED_RENEWAL_LINE, UNDATED_RENEWAL_DRAFT } from './workspaceDrafts';

// The renewal code lens and the calendar request behind its click.

const DEADLINE = /^(Non-renewal notice|Next renewal: notice) due by \d{1,2} \w{3} \d{4} — 90 days before the (initial|renewal) term ends on \d{1,2} \w{3} \d{4}$/;

describe('lsp: renewal code lens and calendar', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  const lenses = (uri: string) => client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } });

  it('offers code lenses', () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('puts the current and the next deadline above the renewal clause, each adding it to the calendar', async () => {
    const uri = await client.open('dialler.md', DATED_RENEWAL_DRAFT);
    const found = await lenses(uri);
    assert.ok(found);
    assert.equal(found.length, 2, JSON.stringify(found));
    for (const lens of found) {
      assert.equal(lens.range.start.line, DATED_RENEWAL_LINE);
      assert.equal(lens.command?.command, COMMANDS.exportCalendar);
      assert.deepEqual(lens.command?.arguments, [uri]);
      assert.match(lens.command?.title ?? '', DEADLINE);
    }
    assert.match(found[0].command?.title ?? '', /^Non-renewal notice due by/);
    assert.match(found[1].command?.title ?? '', /^Next renewal: notice due by/);
  });

  it('says which fact is missing when the deadline cannot be worked out', async () => {
    const uri = await client.open('undated.md', UNDATED_RENEWAL_DRAFT);
    const found = await lenses(uri);
    assert.ok(found);
    assert.equal(found.length, 1);
    assert.equal(found[0].command?.title, 'Non-renewal notice deadline unknown: the draft does not state the effective date');
    assert.equal(found[0].command?.command, '', 'nothing to click');
  });

  it('has no lens for a draft without an automatic renewal', async () => {
    const uri = await client.open('order.md', MISMATCH_DRAFT);
    assert.deepEqual(await lenses(uri), []);
  });

  it('writes the lens\'s deadlines as an iCalendar file with reminders 30 and 7 days before', async () => {
    const uri = await client.open('dialler.md', DATED_RENEWAL_DRAFT);
    const result = await client.request<RenewalCalendarResult | null>(RenewalCalendarRequest.method, { uri });
    assert.ok(result && result.calendar !== null);
    assert.equal(result.fileName, 'dialler.renewal.ics');
    assert.equal(result.events, 2);
    const calendar = new ICAL.Component(ICAL.parse(result.calendar));
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 2);
    const titles = (await lenses(uri) ?? []).map((lens) => lens.command?.title ?? '');
    events.forEach((vevent, index) => {
      const event = new ICAL.Event(vevent);
      const start = event.startDate;
      assert.ok(start.isDate, 'an all-day event');
      // The event's day is the lens's date (a weekday here: send-by and due-by agree).
      const due = titles[index].match(/due by (\d{1,2} \w{3} \d{4})/)?.[1];
      assert.equal(new Date(Date.UTC(start.year, start.month - 1, start.day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), due);
      assert.match(event.summary, /dialler\.md/);
      const triggers = vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));
      assert.deepEqual(triggers.sort(), ['-P30D', '-P7D']);
    });
  });

  it('explains why there is no calendar when a fact is missing', async () => {
    const uri = await client.open('undated.md', UNDATED_RENEWAL_DRAFT);
    const result = await client.request<RenewalCalendarResult | null>(RenewalCalendarRequest.method, { uri });
    assert.ok(result && result.calendar === null);
    assert.match(result.reason, /does not state the effective date/);
    assert.equal(await client.request(RenewalCalendarRequest.method, { uri: client.uri('closed.md') }), null);
  });
});
