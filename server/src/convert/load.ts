import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversionProgress, ConversionResult } from './types';

// The converters weigh about 2 MB (PDF.js alone is most of it), more than the rest of
// the server together. They live in their own bundle, server/out/convert.js, beside the
// server and CLI bundles, and are loaded the first time a Word or PDF file needs them,
// so reviewing Markdown never pays for them. Run from sources (tests, tsx), the same
// module is loaded from converters.ts. The path is computed so esbuild leaves it alone.

interface ConvertersModule {
  convertBytes(path: string, bytes: Uint8Array, onProgress?: ConversionProgress): Promise<ConversionResult>;
}

let loaded: ConvertersModule | undefined;

function converters(): ConvertersModule {
  if (!loaded) {
    const bundled = join(__dirname, 'convert.js');
    const target = existsSync(bundled) ? bundled : join(__dirname, 'converters');
    loaded = require(target) as ConvertersModule;
  }
  return loaded;
}

/** Converts a .docx or .pdf file's bytes to a Markdown rendering; never throws for a bad file. */
export async function convertDraftBytes(path: string, bytes: Uint8Array, onProgress?: ConversionProgress): Promise<ConversionResult> {
  try {
    return await converters().convertBytes(path, bytes, onProgress);
  } catch (error) {
    return { ok: false, failure: 'corrupt', message: `the file could not be converted (${error instanceof Error ? error.message : String(error)})` };
  }
}
