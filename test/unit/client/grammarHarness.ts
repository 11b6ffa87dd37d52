import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IRawGrammar, type StateStack } from 'vscode-textmate';

// Loads syntaxes/contract.tmLanguage.json the way VS Code does (vscode-textmate
// over the oniguruma WASM build) so tests can check the scopes a line gets.

const ROOT = join(__dirname, '..', '..', '..');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'contract.tmLanguage.json');

/**
 * A small stand-in for VS Code's Markdown grammar, which is not installed here. It
 * copies the shapes that matter to the injection: paragraphs that begin with a
 * zero-width match, fenced code, inline code, bold and HTML comments.
 */
const MARKDOWN_STAND_IN = {
  scopeName: 'text.html.markdown',
  patterns: [{ include: '#fenced' }, { include: '#comment' }, { include: '#paragraph' }],
  repository: {
    fenced: {
      begin: '(^|\\G)(```)',
      end: '(^|\\G)(```)[ \\t]*$',
      name: 'markup.fenced_code.block.markdown',
    },
    comment: { begin: '<!--', end: '-->', name: 'comment.block.html' },
    paragraph: {
      begin: '(^|\\G)[ ]{0,3}(?=[^ \\t\\n])',
      while: '(^|\\G)((?=[ \\t]*[-=]{3,}[ \\t]*$)|[ ]{4,}(?=[^ \\t\\n]))',
      name: 'meta.paragraph.markdown',
      patterns: [
        { match: '`[^`]+`', name: 'markup.inline.raw.string.markdown' },
        { match: '\\*\\*[^*]+\\*\\*', name: 'markup.bold.markdown' },
      ],
    },
  },
};

let grammarPromise: Promise<IGrammar> | undefined;

export function loadContractGrammar(): Promise<IGrammar> {
  grammarPromise ??= createGrammar();
  return grammarPromise;
}

async function createGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string): Promise<IRawGrammar | null> => {
      if (scopeName === 'text.contract') return parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      if (scopeName === 'text.html.markdown') return parseRawGrammar(JSON.stringify(MARKDOWN_STAND_IN), 'markdown.json');
      return null;
    },
  });
  const grammar = await registry.loadGrammar('text.contract');
  if (!grammar) throw new Error('text.contract did not load');
  return grammar;
}

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

/** Tokenizes lines in order, carrying the rule stack from one line to the next. */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): Token[][] {
  let stack: StateStack = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    // The last token reaches one past the line, over the line break vscode-textmate appends.
    return result.tokens.map((t) => {
      const end = Math.min(t.endIndex, line.length);
      return { text: line.slice(t.startIndex, end), start: t.startIndex, end, scopes: t.scopes };
    });
  });
}

/** The tokens covering `needle` in the line, or a thrown error if the token edges do not line up with it. */
export function tokensOf(tokens: readonly Token[], line: string, needle: string): Token[] {
  const start = line.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in "${line}"`);
  const end = start + needle.length;
  return tokens.filter((t) => t.start < end && t.end > start);
}

/** Does some scope in the token's stack start with `prefix` (TextMate selectors match by prefix)? */
export function hasScope(token: Token, prefix: string): boolean {
  return token.scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

export function describeTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}
