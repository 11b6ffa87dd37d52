import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/engine/rules';
import { LspClient } from './client';
import { LONG_NOTICE, LONG_TERM, RENEWAL_DRAFT } from './drafts';

/** Hover Markdown with the backslash escapes removed, to compare with plain text. */
function plain(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('lsp: hover', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('explains the finding under the cursor: title, why and what to ask for, without the message again', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    const term = diagnostics.find((d) => d.code === LONG_TERM);
    assert.ok(term, `expected ${LONG_TERM}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);

    const hover = await client.hover(uri, term.range.start);
    assert.ok(hover, 'a hover inside the finding');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const text = plain(contents.value);
    const meta = ruleById(LONG_TERM)?.meta;
    assert.ok(meta);
    assert.ok(text.includes(meta.title), `title "${meta.title}" in:\n${text}`);
    assert.ok(!text.includes(term.message), `the editor shows the message already; not again in:\n${text}`);
    assert.doesNotMatch(text, /max term months|term basis|Found:/, 'no field names of the engine');
    assert.ok(text.includes('Why it matters') && text.includes(meta.why), `why in:\n${text}`);
    assert.ok(text.includes('What to ask for') && text.includes(meta.askFor), `ask-for in:\n${text}`);
    assert.ok(hover.range, 'the hover names the range it explains');
  });

  it('shows every finding at a place where several overlap', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    const term = diagnostics.find((d) => d.code === LONG_TERM);
    const notice = diagnostics.find((d) => d.code === LONG_NOTICE);
    assert.ok(term && notice, `expected both renewal findings, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    // Any position inside both ranges, if they overlap; otherwise each hover names its own rule only.
    const hover = await client.hover(uri, notice.range.start);
    assert.ok(hover);
    const text = plain((hover.contents as MarkupContent).value);
    const [termTitle, noticeTitle] = [LONG_TERM, LONG_NOTICE].map((id) => ruleById(id)?.meta.title ?? id);
    assert.ok(text.includes(noticeTitle), text);
    const overlaps = term.range.start.line === notice.range.start.line
      && term.range.start.character <= notice.range.start.character
      && (term.range.end.line > notice.range.start.line || term.range.end.character > notice.range.start.character);
    assert.equal(text.includes(termTitle), overlaps);
  });

  it('answers null away from any finding and for unknown documents', async () => {
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    await client.current(uri);
    assert.equal(await client.hover(uri, { line: 0, character: 2 }), null);
    assert.equal(await client.hover(uri, { line: 999, character: 999 }), null);
    assert.equal(await client.hover(client.uri('never-opened.md'), { line: 0, character: 0 }), null);
  });
});
