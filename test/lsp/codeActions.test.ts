import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyEdits, versionedEdits } from './client';
import { LONG_NOTICE, LONG_TERM, RENEWAL_DRAFT, RENEWAL_LINE } from './drafts';

// Code actions are built from Diagnostic.data alone, so the plumbing can be tested
// with diagnostics written here; the last tests use the real rules end to end.

function diagnosticAt(line: number, ruleId: string, version: number, fixes: unknown[] = []): Diagnostic {
  return {
    range: { start: { line, character: 2 }, end: { line, character: 8 } },
    source: 'contract-review',
    code: ruleId,
    message: 'made up for the test',
    data: { ruleId, version, fixes },
  };
}

function titled(actions: readonly CodeAction[], title: string): CodeAction {
  const found = actions.find((a) => a.title === title);
  assert.ok(found, `expected an action "${title}", got ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

describe('lsp: code actions', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  describe('plumbing (diagnostics written by the test)', () => {
    const text = 'First line\n  second line here\nthird line\n';

    it('turns each fix into a versioned quick fix and prefers the first safe one', async () => {
      const uri = await client.open('doc.md', text);
      await client.current(uri);
      const fixes = [
        { title: 'Suggest wording', safe: false, edits: [{ span: { start: 13, end: 19 }, newText: 'other' }] },
        { title: 'Fix wording', safe: true, edits: [{ span: { start: 13, end: 19 }, newText: '2nd' }, { span: { start: 30, end: 35 }, newText: '3rd' }] },
        { title: 'Also safe', safe: true, edits: [{ span: { start: 0, end: 5 }, newText: 'Top' }] },
      ];
      const actions = await client.codeActions(uri, [diagnosticAt(1, LONG_TERM, 1, fixes)]);
      assert.deepEqual(actions.map((a) => a.title), [
        'Suggest wording', 'Fix wording', 'Also safe',
        `Disable ${LONG_TERM} for this line`, `Disable ${LONG_TERM} for this file`,
      ]);
      assert.deepEqual(actions.map((a) => a.isPreferred === true), [false, true, false, false, false]);
      for (const action of actions) {
        assert.equal(action.kind, 'quickfix');
        assert.equal(action.diagnostics?.length, 1);
      }
      const edits = versionedEdits(titled(actions, 'Fix wording'), uri, 1);
      assert.equal(applyEdits(text, edits), 'First line\n  2nd line here\n3rd line\n');
    });

    it('disables a rule for one line with a Markdown comment indented like the line', async () => {
      const uri = await client.open('doc.md', text);
      await client.current(uri);
      const actions = await client.codeActions(uri, [diagnosticAt(1, LONG_TERM, 1)]);
      const edits = versionedEdits(titled(actions, `Disable ${LONG_TERM} for this line`), uri, 1);
      assert.equal(applyEdits(text, edits), `First line\n  <!-- contract-review-disable-next-line ${LONG_TERM} -->\n  second line here\nthird line\n`);
      const fileEdits = versionedEdits(titled(actions, `Disable ${LONG_TERM} for this file`), uri, 1);
      assert.equal(applyEdits(text, fileEdits), `<!-- contract-review-disable ${LONG_TERM} -->\n${text}`);
    });

    it('writes plain-text comments and keeps CRLF line ends in a plain-text draft', async () => {
      const crlf = 'Heading\r\nClause one\r\nClause two\r\n';
      const uri = await client.open('doc.txt', crlf, 'plaintext');
      await client.current(uri);
      const actions = await client.codeActions(uri, [diagnosticAt(2, LONG_NOTICE, 1)]);
      const line = versionedEdits(titled(actions, `Disable ${LONG_NOTICE} for this line`), uri, 1);
      assert.equal(applyEdits(crlf, line), `Heading\r\nClause one\r\ncontract-review-disable-next-line ${LONG_NOTICE}\r\nClause two\r\n`);
      const file = versionedEdits(titled(actions, `Disable ${LONG_NOTICE} for this file`), uri, 1);
      assert.equal(applyEdits(crlf, file), `contract-review-disable ${LONG_NOTICE}\r\n${crlf}`);
    });

    it('puts the file-wide comment after YAML front matter', async () => {
      const withFrontMatter = '---\ntitle: MSA\n---\n# Agreement\n\nText.\n';
      const uri = await client.open('front.md', withFrontMatter);
      await client.current(uri);
      const actions = await client.codeActions(uri, [diagnosticAt(5, LONG_TERM, 1)]);
      const edits = versionedEdits(titled(actions, `Disable ${LONG_TERM} for this file`), uri, 1);
      assert.equal(applyEdits(withFrontMatter, edits), `---\ntitle: MSA\n---\n<!-- contract-review-disable ${LONG_TERM} -->\n# Agreement\n\nText.\n`);
    });

    it('adds the rule to a disable-next-line comment already above the line', async () => {
      const commented = `Intro\n<!-- contract-review-disable-next-line ${LONG_NOTICE} -->\nClause\n`;
      const uri = await client.open('commented.md', commented);
      await client.current(uri);
      const actions = await client.codeActions(uri, [diagnosticAt(2, LONG_TERM, 1)]);
      const edits = versionedEdits(titled(actions, `Disable ${LONG_TERM} for this line`), uri, 1);
      assert.equal(applyEdits(commented, edits), `Intro\n<!-- contract-review-disable-next-line ${LONG_NOTICE}, ${LONG_TERM} -->\nClause\n`);
    });

    it('refuses diagnostics from an older version, from other tools, or with data it did not write', async () => {
      const uri = await client.open('doc.md', text);
      await client.current(uri);
      await client.change(uri, `${text}more\n`);
      await client.current(uri);
      assert.deepEqual(await client.codeActions(uri, [diagnosticAt(1, LONG_TERM, 1)]), [], 'stale version');
      assert.ok((await client.codeActions(uri, [diagnosticAt(1, LONG_TERM, 2)])).length > 0, 'current version');
      const foreign = { ...diagnosticAt(1, LONG_TERM, 2), source: 'cspell' };
      assert.deepEqual(await client.codeActions(uri, [foreign]), [], 'other source');
      const outOfRange = diagnosticAt(1, LONG_TERM, 2, [{ title: 'Bad', safe: true, edits: [{ span: { start: 0, end: 10_000 }, newText: '' }] }]);
      assert.deepEqual(await client.codeActions(uri, [outOfRange]), [], 'span outside the text');
      const malformed = { ...diagnosticAt(1, LONG_TERM, 2), data: { ruleId: 7 } };
      assert.deepEqual(await client.codeActions(uri, [malformed]), [], 'malformed data');
      assert.deepEqual(await client.codeActions(uri, [diagnosticAt(1, LONG_TERM, 2)], ['refactor']), [], 'kinds not asked for');
      assert.deepEqual(await client.codeActions(client.uri('closed.md'), [diagnosticAt(1, LONG_TERM, 1)]), [], 'unknown document');
    });
  });

  describe('with the real rules', () => {
    async function openRenewal(): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
      const uri = await client.open('msa.md', RENEWAL_DRAFT);
      const diagnostics = await client.current(uri);
      assert.ok(diagnostics.some((d) => d.code === LONG_TERM), `expected ${LONG_TERM}, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
      return { uri, diagnostics };
    }

    it('applies the preferred fix for a long renewal term and the finding goes away', async () => {
      const { uri, diagnostics } = await openRenewal();
      const term = diagnostics.find((d) => d.code === LONG_TERM);
      assert.ok(term);
      const actions = await client.codeActions(uri, [term]);
      const fixes = actions.filter((a) => !a.title.startsWith('Disable '));
      assert.ok(fixes.length > 0, `expected a fix, got ${JSON.stringify(actions.map((a) => a.title))}`);
      const chosen = fixes.find((a) => a.isPreferred) ?? fixes[0];
      const fixed = applyEdits(RENEWAL_DRAFT, versionedEdits(chosen, uri, 1));
      assert.notEqual(fixed, RENEWAL_DRAFT);
      await client.change(uri, fixed);
      const after = await client.current(uri);
      assert.equal(after.some((d) => d.code === LONG_TERM), false, `still flagged after "${chosen.title}":\n${fixed}`);
    });

    it('disables one rule on one line, leaving the other findings there', async () => {
      const { uri, diagnostics } = await openRenewal();
      const term = diagnostics.find((d) => d.code === LONG_TERM);
      assert.ok(term);
      assert.equal(term.range.start.line, RENEWAL_LINE);
      const actions = await client.codeActions(uri, [term]);
      const edited = applyEdits(RENEWAL_DRAFT, versionedEdits(titled(actions, `Disable ${LONG_TERM} for this line`), uri, 1));
      assert.ok(edited.includes(`<!-- contract-review-disable-next-line ${LONG_TERM} -->\n12.1 `), edited);
      await client.change(uri, edited);
      const after = await client.current(uri);
      assert.equal(after.some((d) => d.code === LONG_TERM), false);
      assert.equal(after.some((d) => d.code === LONG_NOTICE), true, 'the notice finding is not disabled');
    });

    it('disables one rule for the whole file', async () => {
      const { uri, diagnostics } = await openRenewal();
      const notice = diagnostics.find((d) => d.code === LONG_NOTICE);
      assert.ok(notice);
      const actions = await client.codeActions(uri, [notice]);
      const edited = applyEdits(RENEWAL_DRAFT, versionedEdits(titled(actions, `Disable ${LONG_NOTICE} for this file`), uri, 1));
      await client.change(uri, edited);
      const after = await client.current(uri);
      assert.equal(after.some((d) => d.code === LONG_NOTICE), false);
      assert.equal(after.some((d) => d.code === LONG_TERM), true);
    });
  });
});
