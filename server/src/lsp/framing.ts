// Watches the framing of the messages a client writes to a stream transport
// (stdio). vscode-jsonrpc reports a header without a usable Content-Length to
// an error event the server library never listens to, then keeps reading the
// rest of the stream as headers: the server stays up but hears nothing more, and
// says nothing (issue 12.9). This watcher reads the same bytes alongside it and
// calls `onBroken` once, so the server can log the reason and exit, and the
// client restarts it. It keeps only header bytes: a body is skipped by counting.

const HEADER_END = Buffer.from('\r\n\r\n');
/** A header block is a line or two; this much without its end is no header. */
export const MAX_HEADER_BYTES = 64 * 1024;

export class FramingWatcher {
  private header = Buffer.alloc(0);
  private bodyLeft = 0;
  private broken = false;

  constructor(private readonly onBroken: (reason: string) => void) {}

  push(chunk: Buffer): void {
    let data = chunk;
    while (!this.broken && data.length > 0) {
      if (this.bodyLeft > 0) {
        const skip = Math.min(this.bodyLeft, data.length);
        this.bodyLeft -= skip;
        data = data.subarray(skip);
        continue;
      }
      // Look for the end of the header block, including one that straddles the previous chunk.
      const from = Math.max(0, this.header.length - (HEADER_END.length - 1));
      this.header = Buffer.concat([this.header, data]);
      const end = this.header.indexOf(HEADER_END, from);
      if (end === -1) {
        if (this.header.length > MAX_HEADER_BYTES) this.fail(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
        return;
      }
      const length = contentLength(this.header.subarray(0, end).toString('ascii'));
      const rest = this.header.subarray(end + HEADER_END.length);
      this.header = Buffer.alloc(0);
      if (typeof length === 'string') {
        this.fail(length);
        return;
      }
      this.bodyLeft = length;
      data = rest;
    }
  }

  private fail(reason: string): void {
    this.broken = true;
    this.header = Buffer.alloc(0);
    this.onBroken(reason);
  }
}

/** The Content-Length of a header block, or why there is none: the checks vscode-jsonrpc makes, in its words' order. */
function contentLength(block: string): number | string {
  let value: string | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1) return `a message header line without a ':' (${JSON.stringify(line.slice(0, 80))})`;
    if (line.slice(0, colon).toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined || value === '') return `a message header without Content-Length (${JSON.stringify(block.slice(0, 80))})`;
  const length = parseInt(value, 10);
  return Number.isNaN(length) ? `a Content-Length that is not a number (${JSON.stringify(value.slice(0, 40))})` : length;
}
