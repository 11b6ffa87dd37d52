import { execFile } from 'node:child_process';
import * as path from 'node:path';

// The previous git revision of a draft, fetched as bytes for the server to compare.
// `git` is run directly rather than through the vscode.git extension: its API returns
// a revision as a string, which would mangle a .docx or .pdf. Only text is fetched here;
// the comparison itself happens in the server.

export type Revision =
  | { readonly ok: true; readonly name: string; readonly label: string; readonly bytes: Buffer }
  | { readonly ok: false; readonly message: string };

const MAX_BYTES = 64 * 1024 * 1024;

/**
 * The draft as git last knew it: HEAD when the file has changes not yet committed,
 * otherwise the revision before the last commit that changed it.
 */
export async function previousRevision(filePath: string): Promise<Revision> {
  const name = path.basename(filePath);
  try {
    const root = (await git(path.dirname(filePath), ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    const relative = path.relative(root, filePath).split(path.sep).join('/');
    const status = (await git(root, ['status', '--porcelain', '--', relative])).toString('utf8');
    if (status.startsWith('??')) return { ok: false, message: `${name} is not in git yet: there is no earlier revision to compare with.` };
    let revision = 'HEAD';
    if (status.trim() === '') {
      const commits = (await git(root, ['log', '-n', '2', '--format=%h', '--', relative])).toString('utf8').split('\n').filter((l) => l !== '');
      if (commits.length < 2) return { ok: false, message: `${name} has no earlier revision in git to compare with.` };
      revision = commits[1];
    }
    const bytes = await git(root, ['show', `${revision}:${relative}`]);
    return { ok: true, name, label: `${name} at ${revision}`, bytes };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `Cannot fetch the previous revision of ${name} from git: ${detail}` };
  }
}

function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: MAX_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(stderr.toString('utf8').trim() || error.message));
      else resolve(stdout);
    });
  });
}
