// Checks that the repository's tests quote no corpus: every string literal of 40 or more
// characters in test/ (and every sentence of 40 or more in its fixture files) is searched
// for in the corpora, after folding case, quotes and white space. Prints each one found
// and exits 1 when any is.
//   npx tsx test/eval/copiedText.ts [CORPUS_DIR ...]   (default ../shared/corpus)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const REPO = resolve(__dirname, '../..');
const MIN = 40;

export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function files(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Every string literal and template text of a TypeScript file. */
export function literals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The pieces of a fixture file worth searching for: its sentences and lines. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;:!?])\s+|\n/);
}

/** The corpus text, folded, one string per file (JSON lines give their string values). */
function corpusTexts(dirs: readonly string[]): string[] {
  const texts: string[] = [];
  for (const dir of dirs) {
    for (const path of files(dir, (p) => ['.txt', '.md', '.jsonl'].includes(extname(p)))) {
      const raw = readFileSync(path, 'utf8');
      if (extname(path) === '.jsonl') {
        for (const line of raw.split('\n').filter(Boolean)) texts.push(fold(JSON.stringify(JSON.parse(line), (_, v: unknown) => v).replace(/\\n/g, ' ').replace(/\\"/g, '"')));
      } else texts.push(fold(raw));
    }
  }
  return texts;
}

function main(): void {
  const given = process.argv.slice(2);
  const dirs = given.length > 0 ? given.map((d) => resolve(d)) : [resolve(REPO, '../shared/corpus')];
  const missing = dirs.filter((d) => !existsSync(d));
  if (missing.length > 0) {
    console.error(`copiedText: corpus folder not found: ${missing.join(', ')} (pass the folders as arguments, default ../shared/corpus beside the checkout)`);
    process.exit(2);
  }
  const corpus = corpusTexts(dirs);
  const quoted = new Map<string, string>();
  const test = join(REPO, 'test');
  for (const path of files(test, (p) => !p.includes(`${join('test', 'e2e', 'artifacts')}`))) {
    const ext = extname(path);
    const pieces = ext === '.ts' ? literals(readFileSync(path, 'utf8')) : ['.md', '.txt', '.json'].includes(ext) ? sentences(readFileSync(path, 'utf8')) : [];
    for (const piece of pieces) {
      const folded = fold(piece);
      if (folded.length >= MIN && !quoted.has(folded)) quoted.set(folded, relative(REPO, path));
    }
  }
  const found = [...quoted].filter(([text]) => corpus.some((c) => c.includes(text)));
  for (const [text, where] of found) console.log(`${where}: ${text.slice(0, 160)}`);
  console.log(`copiedText: ${quoted.size} quoted strings of ${MIN}+ characters in test/, ${found.length} found in ${dirs.join(', ')}`);
  process.exit(found.length > 0 ? 1 : 0);
}

if (require.main === module) main();
