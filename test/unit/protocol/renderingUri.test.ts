import assert from 'node:assert/strict';
import { RENDERING_SCHEME, renderingUriOf, sourceUriOfRendering } from '../../../server/src/protocol';

describe('protocol: rendering URIs', () => {
  it('adds .md to the file path under the rendering scheme, and back', () => {
    const cases = ['file:///deal/msa.docx', 'file:///deal%20room/MSA%20v2.pdf', 'file:///c%3A/Deals/msa.docx', 'file://server/share/msa.docx'];
    for (const uri of cases) {
      const rendering = renderingUriOf(uri);
      assert.ok(rendering !== null && rendering.startsWith(`${RENDERING_SCHEME}:`), uri);
      assert.ok(rendering.endsWith('.md'), rendering);
      assert.equal(sourceUriOfRendering(rendering), uri);
    }
    assert.equal(renderingUriOf('file:///deal/msa.docx'), 'contract-review-rendering:/deal/msa.docx.md');
  });

  it('says nothing for other schemes', () => {
    assert.equal(renderingUriOf('untitled:Untitled-1'), null);
    assert.equal(sourceUriOfRendering('file:///deal/msa.md'), null);
    assert.equal(sourceUriOfRendering(`${RENDERING_SCHEME}:/deal/msa.docx`), null);
  });
});
