import assert from 'node:assert/strict';
import { halfOf, isHalf } from '../../eval/halves';

describe('eval: tune and check halves', () => {
  it('puts a file in the same half every time, and splits a list roughly in two', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Contract ${i} - Supply Agreement.txt`);
    const first = names.map(halfOf);
    assert.deepEqual(names.map(halfOf), first);
    const tune = first.filter((h) => h === 'tune').length;
    assert.ok(tune > 160 && tune < 240, `tune half holds ${tune} of 400`);
  });

  it('accepts only the two half names', () => {
    assert.equal(isHalf('tune'), true);
    assert.equal(isHalf('check'), true);
    assert.equal(isHalf('all'), false);
  });
});
