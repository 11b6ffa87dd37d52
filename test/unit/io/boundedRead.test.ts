import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBounded, readBoundedSync, readStreamBounded, type BoundedRead } from '../../../server/src/boundedRead';

// Issue 12.2: every file the CLI and the server read goes through these, so a
// name that leads to /dev/zero or a FIFO with no writer costs a refusal, never
// gigabytes of memory or a read that never returns.

describe('io: bounded reads', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cr-bounded-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const both = async (path: string, max: number): Promise<BoundedRead[]> => [readBoundedSync(path, max), await readBounded(path, max)];

  it('reads a regular file whole when it is within the limit, also at exactly the limit', async () => {
    writeFileSync(join(dir, 'a.txt'), 'twelve bytes');
    for (const read of await both(join(dir, 'a.txt'), 12)) {
      assert.ok(read.ok);
      assert.equal(read.bytes.toString('utf8'), 'twelve bytes');
    }
    writeFileSync(join(dir, 'empty.txt'), '');
    for (const read of await both(join(dir, 'empty.txt'), 12)) assert.ok(read.ok && read.bytes.length === 0);
  });

  it('refuses a regular file one byte over the limit', async () => {
    writeFileSync(join(dir, 'a.txt'), 'thirteen byte');
    for (const read of await both(join(dir, 'a.txt'), 12)) assert.deepEqual(read, { ok: false, reason: 'too-large' });
  });

  it('refuses a directory and reports a missing file as an error', async () => {
    mkdirSync(join(dir, 'sub'));
    for (const read of await both(join(dir, 'sub'), 100)) assert.ok(!read.ok && read.reason === 'not-regular' && read.kind === 'a directory');
    for (const read of await both(join(dir, 'missing.txt'), 100)) {
      assert.ok(!read.ok && read.reason === 'error');
      assert.equal((read.error as NodeJS.ErrnoException).code, 'ENOENT');
    }
  });

  it('refuses /dev/zero, and a symlink to it, without reading', async () => {
    symlinkSync('/dev/zero', join(dir, 'link.json'));
    for (const path of ['/dev/zero', join(dir, 'link.json')]) {
      for (const read of await both(path, 1024)) assert.deepEqual(read, { ok: false, reason: 'not-regular', kind: 'a device' });
    }
  });

  it('refuses a FIFO with no writer at once instead of waiting for one', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'link.md'));
    for (const path of [fifo, join(dir, 'link.md')]) {
      for (const read of await both(path, 1024)) assert.deepEqual(read, { ok: false, reason: 'not-regular', kind: 'a pipe (FIFO)' });
    }
  });

  it('stops reading an endless stream once it passes the limit', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        produced += 1000;
        yield Buffer.alloc(1000);
      }
    }
    assert.equal(await readStreamBounded(endless(), 10_000), null);
    assert.ok(produced <= 11_000, `read ${produced} bytes`);
    async function* short(): AsyncGenerator<Buffer | string> {
      yield Buffer.from('ab');
      yield 'cd';
    }
    assert.equal((await readStreamBounded(short(), 4))?.toString('utf8'), 'abcd');
  });
});
