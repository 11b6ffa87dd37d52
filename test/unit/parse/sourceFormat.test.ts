import assert from 'node:assert/strict';
import { formatForFileName, hasDraftExtension } from '../../../server/src/engine/parse/sourceFormat';

describe('parse: draft file names', () => {
  const drafts: [string, 'markdown' | 'plaintext'][] = [
    ['msa.md', 'markdown'], ['MSA.MD', 'markdown'], ['msa.markdown', 'markdown'], ['msa.txt', 'plaintext'],
    ['msa.contract.md', 'markdown'], ['msa.contract.txt', 'plaintext'], ['msa.contract.rst', 'plaintext'], ['v2 draft.TXT', 'plaintext'],
  ];
  for (const [name, format] of drafts) {
    it(`reads ${name} as a ${format} draft`, () => {
      assert.equal(hasDraftExtension(name), true);
      assert.equal(formatForFileName(name), format);
    });
  }

  for (const name of ['build.py', 'data.json', 'Untitled-1', '', '.contract.', 'msa.contract.', 'msa.contract.tar.gz', 'contract.pdf', 'notes.mdx']) {
    it(`does not take ${JSON.stringify(name)} for a draft`, () => {
      assert.equal(hasDraftExtension(name), false);
    });
  }
});
