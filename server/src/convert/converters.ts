import { convertDocx } from './docx';
import { convertPdf } from './pdf';
import { convertedKindOf, type ConversionProgress, type ConversionResult } from './types';

// The heavy half of the conversion layer (mammoth, PDF.js). It is bundled on its own
// (server/out/convert.js) and loaded only when a Word or PDF file comes in: see load.ts.

export async function convertBytes(path: string, bytes: Uint8Array, onProgress?: ConversionProgress): Promise<ConversionResult> {
  switch (convertedKindOf(path)) {
    case 'docx':
      return convertDocx(bytes);
    case 'pdf':
      return convertPdf(bytes, onProgress);
    default:
      return { ok: false, failure: 'unsupported', message: 'only Word (.docx) and PDF files are converted' };
  }
}
