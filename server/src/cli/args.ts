import { parseArgs } from 'node:util';
import type { SourceFormat } from '../engine/model';
import { formatForFileName, hasDraftExtension } from '../engine/parse/sourceFormat';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'html';
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown', 'html'];
/** Formats that write the review memo: one draft at a time. */
export const MEMO_FORMATS: readonly OutputFormat[] = ['markdown', 'html'];
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'information', 'never'];
/** How standard input is read: the words the command line takes. */
export const STDIN_FORMATS: readonly ('markdown' | 'text')[] = ['markdown', 'text'];

/** How to read "-": its format, and the name messages give it (null: "<stdin>"). */
export interface StdinOptions {
  readonly format: SourceFormat;
  readonly filename: string | null;
}

/** What the command line asked for. `files` may contain "-" for standard input. */
export interface CliOptions {
  readonly kind: 'review';
  readonly format: OutputFormat;
  readonly failOn: FailOn;
  readonly playbookPath: string | null;
  /** Where to write the output instead of stdout; a `.docx` name writes the memo as a Word document. */
  readonly outputPath: string | null;
  /** Refuse to review (exit 2) when the playbook has any problem, instead of warning and using defaults. */
  readonly strictPlaybook: boolean;
  readonly stdin: StdinOptions;
  readonly files: readonly string[];
}

export type ParsedArgs =
  | CliOptions
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly problems: readonly string[] };

const OPTION_CONFIG = {
  format: { type: 'string' },
  playbook: { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'stdin-format': { type: 'string' },
  'stdin-filename': { type: 'string' },
  'strict-playbook': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type StringOption = 'format' | 'playbook' | 'fail-on' | 'output' | 'stdin-format' | 'stdin-filename';
const STRING_OPTIONS: readonly string[] = ['format', 'playbook', 'fail-on', 'output', 'stdin-format', 'stdin-filename'] satisfies StringOption[];

function isStringOption(name: string): name is StringOption {
  return STRING_OPTIONS.includes(name);
}

/**
 * Node's parser runs in lenient mode and we check its tokens ourselves, so every
 * mistake is reported at once and in our words rather than Node's.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const { tokens } = parseArgs({ args: [...argv], options: OPTION_CONFIG, strict: false, allowPositionals: true, tokens: true });
  const problems: string[] = [];
  const values: Partial<Record<StringOption, string>> = {};
  const files: string[] = [];
  let help = false;
  let version = false;
  let strictPlaybook = false;

  for (const token of tokens) {
    if (token.kind === 'positional') {
      files.push(token.value);
    } else if (token.kind === 'option') {
      const name = token.name;
      if (name === 'help' || name === 'version') {
        if (token.value !== undefined) problems.push(`${token.rawName} takes no value.`);
        if (name === 'help') help = true;
        else version = true;
      } else if (name === 'strict-playbook') {
        if (token.value !== undefined) problems.push(`${token.rawName} takes no value.`);
        strictPlaybook = true;
      } else if (isStringOption(name)) {
        const value = token.value;
        // Lenient parsing swallows the next flag as a value ("--playbook --format"); refuse that.
        if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
          problems.push(`${token.rawName} needs a value.`);
        } else if (values[name] !== undefined) {
          problems.push(`${token.rawName} is given more than once.`);
        } else {
          values[name] = value;
        }
      } else {
        problems.push(`Unknown option "${token.rawName}".`);
      }
    }
  }

  if (help) return { kind: 'help' };
  if (version && problems.length === 0) return { kind: 'version' };

  const format = pickOne(values.format, OUTPUT_FORMATS, 'text', '--format', problems);
  const failOn = pickOne(values['fail-on'], FAIL_ON_LEVELS, 'error', '--fail-on', problems);
  if (files.length === 0 && problems.length === 0) problems.push('No draft to review: name at least one FILE, or "-" to read standard input.');
  const outputPath = values.output ?? null;
  const wordMemo = outputPath !== null && outputPath.toLowerCase().endsWith('.docx');
  if (wordMemo && values.format !== undefined && !MEMO_FORMATS.includes(format)) problems.push(`--output ${outputPath} writes a Word memo; drop --format ${format} or name another file.`);
  if ((wordMemo || MEMO_FORMATS.includes(format)) && files.length > 1) problems.push('A review memo covers one draft: name a single FILE.');
  const stdin = stdinOptions(values['stdin-format'], values['stdin-filename'], problems);
  if ((values['stdin-format'] !== undefined || values['stdin-filename'] !== undefined) && !files.includes('-') && files.length > 0) {
    problems.push('--stdin-format and --stdin-filename describe standard input: add "-" to the files to read it.');
  }
  if (problems.length > 0) return { kind: 'usage-error', problems };
  return { kind: 'review', format, failOn, playbookPath: values.playbook ?? null, outputPath, strictPlaybook, stdin, files };
}

/**
 * Standard input is Markdown unless --stdin-format says otherwise; a --stdin-filename
 * with a draft's extension (.txt, .md, …) decides when --stdin-format is not given,
 * as the same file opened by name would be read.
 */
function stdinOptions(formatWord: string | undefined, filename: string | undefined, problems: string[]): StdinOptions {
  const word = pickOne(formatWord, STDIN_FORMATS, 'markdown', '--stdin-format', problems);
  const byName = formatWord === undefined && filename !== undefined && hasDraftExtension(filename);
  const format: SourceFormat = byName ? formatForFileName(filename) : word === 'text' ? 'plaintext' : 'markdown';
  return { format, filename: filename ?? null };
}

function pickOne<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, flag: string, problems: string[]): T {
  if (value === undefined) return fallback;
  const match = allowed.find((a) => a === value);
  if (match === undefined) {
    problems.push(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
    return fallback;
  }
  return match;
}
