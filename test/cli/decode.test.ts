import assert from 'node:assert/strict';
import { decodeDraft } from '../../server/src/cli/decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('cli: decoding drafts', () => {
  it('reads UTF-8 and drops a byte-order mark so columns match the editor', () => {
    const decoded = decodeDraft(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Term: “three (3) years”')]));
    assert.deepEqual(decoded, { ok: true, text: 'Term: “three (3) years”' });
  });

  it('reads UTF-16 text as Word saves it, in both byte orders', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('thirty (30) days\r\n', 'utf16le')]);
    assert.deepEqual(decodeDraft(le), { ok: true, text: 'thirty (30) days\r\n' });
    const be = Buffer.from(le.subarray(2)).swap16();
    assert.deepEqual(decodeDraft(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { ok: true, text: 'thirty (30) days\r\n' });
  });

  it('reviews invalid UTF-8 with the bad bytes replaced, and says so', () => {
    const decoded = decodeDraft(Uint8Array.from([...utf8('fees of '), 0xa3, ...utf8('5,000')]));
    assert.equal(decoded.ok, true);
    assert.ok(decoded.ok && decoded.text === 'fees of \uFFFD5,000');
    assert.match(decoded.ok && decoded.warning ? decoded.warning : '', /not valid UTF-8/);
  });

  it('keeps a draft with a stray NUL byte', () => {
    const text = `${'The initial term is one (1) year. '.repeat(20)}\u0000end`;
    assert.deepEqual(decodeDraft(utf8(text)), { ok: true, text });
  });

  it('refuses binary files, naming PDF and Word files', () => {
    const binary = new Uint8Array(4096).map((_, i) => (i % 7 === 0 ? 0 : 65 + (i % 26)));
    const refused = decodeDraft(binary);
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : refused.reason, /binary/);
    const pdf = decodeDraft(utf8('%PDF-1.7\n%âãÏÓ\n'));
    assert.match(pdf.ok ? '' : pdf.reason, /PDF/);
    const docx = decodeDraft(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]));
    assert.match(docx.ok ? '' : docx.reason, /Word document/);
  });

  it('reads an empty file as an empty draft', () => {
    assert.deepEqual(decodeDraft(new Uint8Array()), { ok: true, text: '' });
  });
});
