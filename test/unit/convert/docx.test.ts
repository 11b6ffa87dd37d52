import assert from 'node:assert/strict';
import { convertDraftBytes } from '../../../server/src/convert/load';
import { htmlToMarkdown } from '../../../server/src/convert/htmlToMarkdown';
import { review } from '../../../server/src/engine/review';
import { makeDocx } from './makeFiles';

describe('convert: Word drafts', function () {
  this.timeout(30_000);

  it('reads tracked changes as accepted and says so', async () => {
    const bytes = await makeDocx([
      { kind: 'heading', level: 2, text: '9. Renewal' },
      {
        kind: 'paragraph',
        runs: [
          'This Agreement renews automatically for successive terms of ',
          { deleted: 'twelve (12) months' },
          { inserted: 'thirty-six (36) months' },
          ' unless either party gives notice of non-renewal at least sixty (60) days before the end of the current term.',
        ],
      },
    ]);
    const result = await convertDraftBytes('turn2.docx', bytes);
    assert.ok(result.ok);
    assert.match(result.draft.markdown, /^## 9\. Renewal$/m);
    assert.match(result.draft.markdown, /terms of thirty-six \(36\) months unless/);
    assert.doesNotMatch(result.draft.markdown, /twelve/);
    assert.equal(result.draft.notes.length, 1);
    assert.match(result.draft.notes[0], /2 tracked changes; the review reads the text as if every change were accepted/);
    // The accepted text is what the rules read.
    const renewal = review(result.draft.markdown, { format: 'markdown' }).keyTerms.renewal;
    assert.equal(renewal?.termMonths, 36);
  });

  it('keeps tables as pipe tables', async () => {
    const bytes = await makeDocx([
      { kind: 'paragraph', runs: ['Service credits are set out below.'] },
      { kind: 'table', rows: [['Monthly availability', 'Credit'], ['Below 99.9%', '10%'], ['Below 99.0% | severe', '25%']] },
    ]);
    const result = await convertDraftBytes('credits.docx', bytes);
    assert.ok(result.ok);
    assert.match(result.draft.markdown, /^\| Monthly availability \| Credit \|\n\| --- \| --- \|\n\| Below 99\.9% \| 10% \|\n\| Below 99\.0% \\\| severe \| 25% \|$/m);
  });

  it('writes numbered and nested lists with their numbers, headings with their level', () => {
    const html = '<h1>Order Form</h1><h3>Fees</h3><ol><li>Fees are fixed.<ol><li>Except taxes.</li><li>And&nbsp;travel &amp; costs.</li></ol></li><li>Invoices monthly.</li></ol><ul><li>A bullet</li></ul><p>Line one<br />line two</p>';
    assert.equal(
      htmlToMarkdown(html),
      '# Order Form\n\n### Fees\n\n1. Fees are fixed.\n\n   1. Except taxes.\n\n   2. And travel & costs.\n\n2. Invoices monthly.\n\n- A bullet\n\nLine one line two\n',
    );
  });

  it('gives one clear message for a damaged file and for a password-protected one', async () => {
    const damaged = await convertDraftBytes('broken.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    assert.equal(damaged.ok, false);
    assert.match(damaged.ok ? '' : damaged.message, /not a readable Word \(\.docx\) document/);
    // Word saves a password-protected .docx as an encrypted OLE compound file.
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const locked = await convertDraftBytes('locked.docx', ole);
    assert.equal(locked.ok ? null : locked.failure, 'encrypted');
    assert.match(locked.ok ? '' : locked.message, /password-protected/);
    const empty = await convertDraftBytes('empty.docx', await makeDocx([]));
    assert.equal(empty.ok ? null : empty.failure, 'empty');
  });
});
