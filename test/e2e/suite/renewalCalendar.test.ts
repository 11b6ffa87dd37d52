import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import { activateExtension, workspaceFile } from './helpers';
import { openSavedDraft } from './savedDraft';

// The renewal code lens above the clause, and the calendar file its command writes,
// read back with ical.js (an iCalendar parser independent of the writer).

describe('renewal code lens and calendar', () => {
  it('shows the current and next deadlines above the renewal clause', async () => {
    const api = await activateExtension();
    const { document } = await openSavedDraft();
    const view = await api.views.whenShowing(document.uri);
    assert.equal(view.status, 'reviewed');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const ours = lenses.filter((lens) => lens.command?.command === 'contractReview.exportCalendar');
    assert.equal(ours.length, 2, JSON.stringify(lenses.map((l) => l.command?.title)));
    const clauseLine = document.getText().split('\n').findIndex((line) => line.startsWith('2.2 '));
    for (const lens of ours) assert.equal(lens.range.start.line, clauseLine);
    assert.match(ours[0].command?.title ?? '', /^Non-renewal notice due by \d{1,2} \w{3} \d{4} — 180 days before the (initial|renewal) term ends on \d{1,2} \w{3} \d{4}/);
    assert.match(ours[1].command?.title ?? '', /^Next renewal: notice due by \d{1,2} \w{3} \d{4} — 180 days before the renewal term ends on/);
    // The lens and the status bar name the same next deadline (both the server's, as of its today).
    assert.ok(view.status === 'reviewed' && view.checklist.upcomingDeadline);
    assert.equal(ours[0].command?.title, view.checklist.upcomingDeadline.description);
  });

  it('writes the deadlines as an iCalendar file with reminders 30 and 7 days before', async () => {
    await activateExtension();
    const { document } = await openSavedDraft();
    const target = workspaceFile('exports/renewal-msa.renewal.ics');
    const saved = await vscode.commands.executeCommand<vscode.Uri | undefined>('contractReview.exportCalendar', document.uri, target);
    assert.equal(saved?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 2);
    for (const vevent of events) {
      const event = new ICAL.Event(vevent);
      assert.ok(event.startDate.isDate, 'an all-day event');
      assert.match(event.summary, /^Last day to send non-renewal notice: renewal-msa\.md$/);
      assert.match(event.description, /180 days before the (initial|renewal) term ends on/);
      const triggers = vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))).sort();
      assert.deepEqual(triggers, ['-P30D', '-P7D']);
    }
    const [first, second] = events.map((e) => new ICAL.Event(e).startDate.toJSDate().getTime());
    assert.ok(first < second, 'the current deadline, then the next');
  });
});
