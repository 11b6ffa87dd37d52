import assert from 'node:assert/strict';
import { isPart, partOf } from '../../eval/parts';

describe('eval: open and sealed parts', () => {
  it('puts a file in the same part every time, and about a third of a list in the sealed part', () => {
    const names = Array.from({ length: 600 }, (_, i) => `Vendor${i}_2019_EX-10 - Reseller Agreement.txt`);
    const first = names.map(partOf);
    assert.deepEqual(names.map(partOf), first);
    const sealed = first.filter((p) => p === 'sealed').length;
    assert.ok(sealed > 160 && sealed < 240, `sealed part holds ${sealed} of 600`);
  });

  it('depends on the whole file name', () => {
    const parts = new Set(Array.from({ length: 30 }, (_, i) => partOf(`Same prefix ${i}.txt`)));
    assert.deepEqual([...parts].sort(), ['open', 'sealed']);
  });

  it('accepts only the two part names', () => {
    assert.equal(isPart('open'), true);
    assert.equal(isPart('sealed'), true);
    assert.equal(isPart('tune'), false);
  });
});
