import { closeSync, constants, fstatSync, openSync, readSync, promises as fsp } from 'node:fs';

// Every file the CLI and the language server read (drafts, sibling drafts,
// playbooks) comes through here, so none of them can hang or exhaust memory:
// only a regular file is read, and never more than a limit. A name that leads
// to /dev/zero, a FIFO with no writer or a socket (directly or through a
// symlink) is refused before a byte is read.
//
// The file is opened first and checked through its descriptor, so what is
// checked is what is read, and opened non-blocking, because opening a FIFO
// for reading blocks until something writes to it.

export type BoundedRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly reason: 'not-regular'; readonly kind: string }
  | { readonly ok: false; readonly reason: 'too-large' }
  | { readonly ok: false; readonly reason: 'error'; readonly error: unknown };

// O_NONBLOCK is absent on Windows, which has no FIFOs to open by path.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

interface StatsLike {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** What the file is, in words for a message, when it is not a regular file. */
function kindOf(stats: StatsLike): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The bytes of the regular file at `path`, at most `maxBytes` of them, or why not. */
export function readBoundedSync(path: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, reason: 'error', error };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large' };
    // Room for one byte more than allowed: a file that grew since fstat is caught too.
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) return { ok: false, reason: 'too-large' };
        buffer = enlarge(buffer, maxBytes);
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return { ok: true, bytes: buffer.subarray(0, filled) };
  } catch (error) {
    return { ok: false, reason: 'error', error };
  } finally {
    closeSync(fd);
  }
}

/** As readBoundedSync, without blocking the event loop (the language server's playbooks). */
export async function readBounded(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, reason: 'error', error };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, reason: 'not-regular', kind: kindOf(stats) };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large' };
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(maxBytes, stats.size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > maxBytes) return { ok: false, reason: 'too-large' };
        buffer = enlarge(buffer, maxBytes);
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { ok: true, bytes: buffer.subarray(0, filled) };
  } catch (error) {
    return { ok: false, reason: 'error', error };
  } finally {
    await handle.close();
  }
}

/** A full buffer, copied into one twice as large but never past the limit's extra byte. */
function enlarge(buffer: Buffer, maxBytes: number): Buffer {
  const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
  buffer.copy(larger);
  return larger;
}

/**
 * Reads a stream (standard input) to its end, or stops as soon as it has
 * passed `maxBytes`: `contract-review - < /dev/zero` ends with a message
 * instead of filling the memory.
 */
export async function readStreamBounded(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += bytes.length;
    if (total > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
