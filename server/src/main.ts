// Entry point of the bundled language server (server/out/main.js). The
// transport comes from the command line: --stdio, --node-ipc or --socket=N.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './lsp/server';
import { FramingWatcher } from './lsp/framing';

// The bundle lives in server/out/, the README that documents every rule at the extension root.
const readme = path.resolve(__dirname, '..', '..', 'README.md');

const connection = createConnection(ProposedFeatures.all);
createServer(connection, { documentationUri: pathToFileURL(readme).href });

// A promise nobody awaited must cost a log line, not the editor's language server.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`contract-review: unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

// Over stdio a message with a broken header would leave the server running but deaf: log why and exit,
// and the client starts a new one. (IPC carries whole messages, with no headers to break.)
if (process.argv.includes('--stdio')) {
  const watcher = new FramingWatcher((reason) => {
    process.stderr.write(`contract-review: the client sent ${reason}; the message stream cannot be read any further, so the server exits (the client restarts it)\n`);
    process.exit(1);
  });
  process.stdin.on('data', (chunk: Buffer) => watcher.push(chunk));
}

connection.listen();
