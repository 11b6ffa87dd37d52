import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { review } from '../engine/review';
import { parseCliArgs, type CliOptions } from './args';
import { failsRun } from './failOn';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { describeKeyTerms, formatFindingLines, summarize } from './format/text';
import { formatChecklist } from './format/checklistText';
import { formatMemo } from './format/memo';
import { readDraft, type Draft } from './inputs';
import { isConvertedPath, readConvertedDraft } from './convertedInputs';
import { TOOL_NAME, TOOL_VERSION } from './packageInfo';
import { readPlaybook, reportPlaybookProblems } from './playbookFile';
import type { ReviewedFile } from './reviewedFile';
import { USAGE } from './usage';
import { runCompare } from './compare/run';
import { readSiblingDrafts } from '../siblingFiles';

/** Everything the CLI touches outside its arguments, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input, or null once it passes MAX_DRAFT_BYTES; called at most once. */
  readonly readStdin: () => Promise<Uint8Array | null>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs one command line and returns the exit status. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv[0] === 'compare') return runCompare(argv.slice(1), io);
  const parsed = parseCliArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      for (const problem of parsed.problems) io.stderr(`${TOOL_NAME}: ${problem}\n`);
      io.stderr(`Run "${TOOL_NAME} --help" for usage.\n`);
      return EXIT_USAGE;
    case 'review':
      return reviewFiles(parsed, io);
  }
}

async function reviewFiles(options: CliOptions, io: CliIo): Promise<number> {
  const playbook = readPlaybook(options.playbookPath, io.cwd);
  if (!reportPlaybookProblems(playbook, options.strictPlaybook, io.stderr)) return EXIT_USAGE;

  const stdinBytes = options.files.includes('-') ? await io.readStdin() : new Uint8Array();
  // Read every input before reviewing any, so a typo in the last name costs no output.
  const drafts: Draft[] = [];
  const errors: string[] = [];
  for (const path of options.files) {
    const result = isConvertedPath(path) ? await readConvertedDraft(path, io.cwd) : readDraft(path, io.cwd, () => stdinBytes, options.stdin);
    if (!result.ok) {
      errors.push(result.message);
      continue;
    }
    if (result.warning) io.stderr(`${TOOL_NAME}: warning: ${result.warning}\n`);
    drafts.push(result.draft);
  }
  if (errors.length > 0) {
    for (const message of errors) io.stderr(`${TOOL_NAME}: ${message}\n`);
    return EXIT_USAGE;
  }

  const files: ReviewedFile[] = drafts.map((draft) => ({
    draft,
    review: review(draft.text, {
      format: draft.format,
      playbook: playbook.playbook,
      // The DPA or SLA beside an MSA counts when it belongs to the same deal: an element found there is not missing here.
      siblings: draft.fromStdin ? [] : readSiblingDrafts(resolve(io.cwd, draft.path)),
      fileName: draft.fromStdin ? undefined : basename(draft.path),
    }),
  }));
  const output = await renderOutput(files, options, io);
  if (output !== null) {
    if (options.outputPath === null) io.stdout(typeof output === 'string' ? output : Buffer.from(output).toString('base64'));
    else {
      try {
        writeFileSync(resolve(io.cwd, options.outputPath), output);
      } catch (error) {
        io.stderr(`${TOOL_NAME}: cannot write ${options.outputPath}: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_USAGE;
      }
    }
  }
  const failed = files.some((file) => file.review.findings.some((f) => failsRun(f.severity, options.failOn)));
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** What goes to stdout (or --output); notes for people go to stderr as a side effect. */
async function renderOutput(files: readonly ReviewedFile[], options: CliOptions, io: CliIo): Promise<string | Uint8Array | null> {
  if (options.outputPath !== null && options.outputPath.toLowerCase().endsWith('.docx')) return formatMemo(files[0], 'docx');
  switch (options.format) {
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files, io.cwd);
    case 'markdown':
    case 'html':
      return formatMemo(files[0], options.format);
    case 'text': {
      const lines = files.flatMap(formatFindingLines);
      const findings = lines.length > 0 ? `${lines.join('\n')}\n` : null;
      // stdout stays one finding per line for tools; the notes for people go to stderr, after the findings.
      if (options.outputPath === null && findings !== null) io.stdout(findings);
      for (const file of files) {
        const keyTerms = describeKeyTerms(file.draft.path, file.review.keyTerms);
        if (keyTerms) io.stderr(`${keyTerms}\n`);
        io.stderr(`${formatChecklist(file)}\n`);
      }
      io.stderr(`${summarize(files.flatMap((f) => f.review.findings), files.length)}\n`);
      return options.outputPath === null ? null : findings ?? '';
    }
  }
}
