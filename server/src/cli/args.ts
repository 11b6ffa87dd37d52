import { parseArgs } from 'node:util';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'html';
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown', 'html'];
/** Formats that write the review memo: one draft at a time. */
export const MEMO_FORMATS: readonly OutputFormat[] = ['markdown', 'html'];
export const FAIL_ON_LEVELS: readonly FailOn[] = ['error', 'warning', 'information', 'never'];

/** What the command line asked for. `files` may contain "-" for standard input. */
export interface CliOptions {
  readonly kind: 'review';
  readonly format: OutputFormat;
  readonly failOn: FailOn;
  readonly playbookPath: string | null;
  /** Where to write the output instead of stdout; a `.docx` name writes the memo as a Word document. */
  readonly outputPath: string | null;
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
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type StringOption = 'format' | 'playbook' | 'fail-on' | 'output';

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

  for (const token of tokens) {
    if (token.kind === 'positional') {
      files.push(token.value);
    } else if (token.kind === 'option') {
      const name = token.name;
      if (name === 'help' || name === 'version') {
        if (token.value !== undefined) problems.push(`${token.rawName} takes no value.`);
        if (name === 'help') help = true;
        else version = true;
      } else if (name === 'format' || name === 'playbook' || name === 'fail-on' || name === 'output') {
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
  if (problems.length > 0) return { kind: 'usage-error', problems };
  return { kind: 'review', format, failOn, playbookPath: values.playbook ?? null, outputPath, files };
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
