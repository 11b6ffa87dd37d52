import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDisputed, disputedKey, readDisputed } from '../../eval/disputed';
import { partOf } from '../../eval/parts';
import { gap, gapFlagged } from '../../eval/cuadTable';

// A disputed label changes figures, so the harness must refuse any entry it cannot apply honestly.

const names = Array.from({ length: 40 }, (_, i) => `Made-up contract ${i}.txt`);
const open = names.find((n) => partOf(n) === 'open') as string;
const sealed = names.find((n) => partOf(n) === 'sealed') as string;

describe('eval: disputed labels', () => {
  it('reads a list of labels with reasons, and refuses an entry without a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'disputed-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ labels: [{ contract: open, category: 'Renewal Term', reason: 'renews only by a later agreement' }] }));
    assert.deepEqual(readDisputed(good), [{ contract: open, category: 'Renewal Term', reason: 'renews only by a later agreement' }]);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ labels: [{ contract: open, category: 'Renewal Term', reason: '' }] }));
    assert.throws(() => readDisputed(bad), /reason/);
    assert.deepEqual(readDisputed(join(dir, 'absent.json')), []);
  });

  it('refuses a sealed contract, a row the labels do not hold and a label disputed twice; ignores another split', () => {
    const rows = new Set([disputedKey(open, 'Audit Rights'), disputedKey(sealed, 'Audit Rights')]);
    const contracts = new Set([open, sealed]);
    const label = (contract: string, category: string) => ({ contract, category, reason: 'a reason of some words' });
    assert.deepEqual(checkDisputed([label(open, 'Audit Rights')], rows, contracts), []);
    assert.match(checkDisputed([label(sealed, 'Audit Rights')], rows, contracts).join(), /sealed part/);
    assert.match(checkDisputed([label(open, 'Renewal Term')], rows, contracts).join(), /names no row/);
    assert.match(checkDisputed([label(open, 'Audit Rights'), label(open, 'Audit Rights')], rows, contracts).join(), /twice/);
    const elsewhere = names.find((n) => partOf(n) === 'open' && n !== open) as string;
    assert.deepEqual(checkDisputed([label(elsewhere, 'Audit Rights')], rows, contracts), []);
  });

  it('flags a gap between the parts only above 0.03, either way', () => {
    assert.equal(gap(0.9, 0.95), 0.05);
    assert.equal(gap(null, 0.95), null);
    assert.equal(gapFlagged(gap(0.9, 0.93)), false);
    assert.equal(gapFlagged(gap(0.95, 0.9)), true);
    assert.equal(gapFlagged(null), false);
  });
});
