import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';

// The client runs in VS Code's extension host next to other extensions: it must
// carry only vscode-languageclient and the shared protocol, never the review
// engine or the server's LSP library.

const ROOT = join(__dirname, '..', '..', '..');

describe('client bundle', () => {
  let inputs: string[];
  before(async () => {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: ['client/src/extension.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    inputs = Object.keys(result.metafile.inputs);
  });

  it('includes the language client and the shared protocol', () => {
    assert.ok(inputs.some((i) => i.startsWith('node_modules/vscode-languageclient/')));
    assert.ok(inputs.includes('server/src/protocol.ts'));
  });

  it('leaves out the engine, the server and vscode-languageserver', () => {
    const leaked = inputs.filter((i) =>
      (i.startsWith('server/src/') && i !== 'server/src/protocol.ts') || i.startsWith('node_modules/vscode-languageserver/'));
    assert.deepEqual(leaked, []);
  });
});
