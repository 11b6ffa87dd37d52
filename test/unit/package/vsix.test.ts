import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listZipEntries, type ZipEntry } from './zipEntries';

// The .vsix ships the esbuild bundles, the grammars, the playbook schema, the
// manifest and the README, and nothing else: no node_modules, no sources, no
// tests, no source maps. It is packaged here with the vsce command from
// `npm run package` (minus its build step: `npm test` has just built), into a
// temporary file, so the test never touches a .vsix someone else is using.

const ROOT = path.join(__dirname, '..', '..', '..');
/**
 * Compressed size limit. The server, CLI and client bundles are about 0.55 MB zipped; the Word and
 * PDF converters (server/out/convert.js: mammoth and PDF.js, loaded only for .docx and .pdf files)
 * add about 0.7 MB (1.24 MB in all when they came in). Growing past this means something unbundled slipped in.
 */
const MAX_VSIX_BYTES = 2 * 1024 * 1024;

const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|README\.md|LICENSE(\.md|\.txt)?|CHANGELOG\.md)$/,
  /^extension\/client\/out\/extension\.js$/,
  /^extension\/client\/playbook\.schema\.json$/,
  // The activity-bar icon, the walkthrough's pages and the sample draft it opens, and the gallery icon.
  /^extension\/client\/media\/[\w.\/-]+\.(svg|md)$/,
  /^extension\/client\/media\/icon\.png$/,
  /^extension\/server\/out\/(main|cli|convert)\.js$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
];

const REQUIRED = [
  'extension/package.json',
  'extension/README.md',
  // vsce adds the licence as LICENSE.txt.
  'extension/LICENSE.txt',
  'extension/client/media/icon.png',
  'extension/client/out/extension.js',
  'extension/server/out/main.js',
  'extension/server/out/convert.js',
  'extension/client/playbook.schema.json',
];

/** The vsce invocation of the `package` script: the part after the build. */
function vsceArguments(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = manifest.scripts.package;
  assert.ok(script, 'package.json has a "package" script');
  const vsce = script.split('&&').map((part) => part.trim()).find((part) => part.startsWith('vsce '));
  assert.ok(vsce, `the package script runs vsce: ${script}`);
  return vsce.split(/\s+/).slice(1);
}

describe('packaged .vsix', function () {
  // vsce reads the whole tree and zips two megabytes of bundles: seconds, more on a busy machine.
  this.timeout(120_000);
  let dir: string;
  let vsix: string;
  let entries: ZipEntry[];

  before(() => {
    for (const bundle of ['client/out/extension.js', 'server/out/main.js']) {
      assert.ok(fs.existsSync(path.join(ROOT, bundle)), `${bundle} is missing: run npm run build first`);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vsix-test-'));
    vsix = path.join(dir, 'contract-review.vsix');
    // No input: vsce asks about a missing repository or licence on the terminal, and must not need to.
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'vsce'), [...vsceArguments(), '--out', vsix], { cwd: ROOT, stdio: 'pipe', input: '' });
    entries = listZipEntries(vsix);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('holds only the bundles, grammars, schema, manifest and README', () => {
    const unexpected = entries.map((e) => e.name).filter((name) => !ALLOWED.some((pattern) => pattern.test(name)));
    assert.deepEqual(unexpected, []);
  });

  it('holds everything the extension needs at run time', () => {
    const names = new Set(entries.map((e) => e.name));
    assert.deepEqual(REQUIRED.filter((name) => !names.has(name)), []);
    assert.ok(entries.some((e) => e.name.startsWith('extension/syntaxes/') && e.name.endsWith('.tmLanguage.json')), 'a grammar');
  });

  it('packages without flags that skip the repository and licence questions', () => {
    const args = vsceArguments();
    for (const flag of ['--allow-missing-repository', '--skip-license']) assert.ok(!args.includes(flag), `${flag} in ${args.join(' ')}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string; icon: string; repository?: unknown; galleryBanner?: unknown };
    assert.ok(manifest.repository && manifest.galleryBanner, 'repository and galleryBanner in package.json');
    assert.match(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), new RegExp(`^${manifest.license} License`), 'LICENSE is the licence package.json names');
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.deepEqual([...icon.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG', 'the gallery takes a PNG icon');
    assert.ok(icon.length < 16 * 1024, `the icon is ${icon.length} bytes`);
  });

  it('points the manifest at a bundle it contains', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    const main = `extension/${path.posix.normalize(manifest.main)}`;
    assert.ok(entries.some((e) => e.name === main), `${main} in the package`);
  });

  it('stays small', () => {
    const bytes = fs.statSync(vsix).size;
    assert.ok(bytes < MAX_VSIX_BYTES, `${(bytes / 1024 / 1024).toFixed(2)} MB; the limit is ${MAX_VSIX_BYTES / 1024 / 1024} MB`);
  });
});
