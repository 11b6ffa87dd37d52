import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToMarkdown } from './htmlToMarkdown';
import type { ConversionResult } from './types';

// A Word draft, read as Markdown. Mammoth reads the text as it stands with every
// tracked change accepted (insertions kept, deletions and moved-away text dropped);
// the buyer is reviewing the vendor's proposal, so that is the text to review, and
// the rendering says so whenever the file has tracked changes.

/** Word parts that hold body text, where tracked changes can sit. */
const TEXT_PARTS = /^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/;

export async function convertDocx(bytes: Uint8Array): Promise<ConversionResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // A password-protected Word file is an encrypted OLE container, not a zip at all.
    return isOleContainer(bytes)
      ? { ok: false, failure: 'encrypted', message: 'the Word file is password-protected or encrypted; save an unprotected copy and review that' }
      : { ok: false, failure: 'corrupt', message: 'the file is not a readable Word (.docx) document: it may be damaged, or another format renamed to .docx' };
  }
  if (!zip.file('word/document.xml')) {
    return { ok: false, failure: 'corrupt', message: 'the file is not a readable Word (.docx) document: it has no document body' };
  }

  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return { ok: false, failure: 'corrupt', message: `the Word file could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const markdown = htmlToMarkdown(html);
  if (markdown.trim() === '') return { ok: false, failure: 'empty', message: 'the Word file has no text to review' };

  const notes: string[] = [];
  const changes = await countTrackedChanges(zip);
  if (changes > 0) {
    notes.push(`The Word file has ${changes} tracked change${changes === 1 ? '' : 's'}; the review reads the text as if every change were accepted.`);
  }
  return { ok: true, draft: { kind: 'docx', markdown, notes } };
}

/** Insertions, deletions and moves still waiting to be accepted or rejected. */
async function countTrackedChanges(zip: JSZip): Promise<number> {
  let count = 0;
  for (const name of Object.keys(zip.files)) {
    if (!TEXT_PARTS.test(name)) continue;
    const xml = await zip.files[name].async('string');
    count += (xml.match(/<w:(?:ins|del|moveFrom|moveTo)[\s>]/g) ?? []).length;
  }
  return count;
}

/** The signature of an OLE compound file, which is how Word stores an encrypted .docx. */
function isOleContainer(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && signature.every((b, i) => bytes[i] === b);
}
