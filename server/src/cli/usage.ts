import { FAIL_ON_LEVELS, OUTPUT_FORMATS, STDIN_FORMATS } from './args';

export const USAGE = `Usage: contract-review [options] FILE...
       contract-review compare OLD NEW [--format text|json|markdown]

Reviews contract drafts from the buyer's side and reports risky terms.
FILE may be "-" to read a draft from standard input (Markdown unless
--stdin-format says otherwise). Files ending in .md or .markdown are read as
Markdown; .docx (Word) and .pdf files are converted to a Markdown rendering
first (Word tracked changes read as accepted); everything else is read as
plain text. For Word and PDF drafts, lines and columns are those of the
rendering (the JSON output includes it) and each finding also names its page
(PDF) or heading (Word).

Options:
  --format ${OUTPUT_FORMATS.join('|')}    output format (default: text)
  --playbook FILE             the team's playbook (default: .contract-review.json
                              in the current directory, when there is one); its
                              problems are warnings on stderr and each bad field
                              keeps its default
  --strict-playbook           exit 2 without reviewing when the playbook has any
                              problem (for CI)
  --stdin-format ${STDIN_FORMATS.join('|')}  how to read "-" (default: markdown, or by the
                              extension of --stdin-filename)
  --stdin-filename NAME       the name "-" goes by in the output (default: <stdin>)
  -o, --output FILE           write the output to FILE instead of stdout; a FILE
                              ending in .docx gets the review memo as a Word document
  --fail-on ${FAIL_ON_LEVELS.join('|')}
                              lowest severity that makes the exit status 1
                              (default: error; hints never do)
  -h, --help                  show this help
  -v, --version               show the version

Output:
  text    one line per finding on stdout, "file:line:column severity message [rule]",
          with 1-based lines and columns; key terms, the checklist and a summary go to stderr
  json    one JSON object on stdout, positions 0-based as in the Language Server Protocol
  sarif   a SARIF 2.1.0 log on stdout, for GitHub code scanning and other viewers
  markdown  the review memo for one draft: summary, checklist, every finding with its
          clause quoted, why it matters, what to ask for, and the key terms
  html    the same memo as a standalone HTML page

Exit status:
  0  nothing at or above the --fail-on severity was found
  1  at least one finding at or above the --fail-on severity
  2  a usage or input problem: unknown option, unreadable or binary file, or a
     playbook problem with --strict-playbook
  3  an internal error (please report it with the draft that caused it)
`;
