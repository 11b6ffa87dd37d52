import { basename, resolve } from 'node:path';
import { compareReviews, type DraftComparison } from '../../engine/compare';
import type { Finding } from '../../engine/model';
import { positionAt, rangeOf } from '../../engine/positions';
import { review } from '../../engine/review';
import { comparisonMarkdown } from '../../compareReport/markdown';
import { describeMove, effectWords, quote } from '../../compareReport/describe';
import { createLocator, type Locator } from '../../convert/locations';
import { readSiblingDrafts } from '../../siblingFiles';
import { isConvertedPath, readConvertedDraft } from '../convertedInputs';
import { readDraft, type Draft } from '../inputs';
import { TOOL_NAME } from '../packageInfo';
import { readPlaybook, reportPlaybookProblems } from '../playbookFile';
import type { CliIo } from '../run';
import { parseCompareArgs, type CompareOptions } from './args';
import { rangeToJson } from '../format/spanRanges';

export const COMPARE_USAGE = `Usage: contract-review compare OLD NEW [--format text|json|markdown] [--playbook FILE] [--strict-playbook]

Compares two turns of a draft (Markdown, text, .docx or .pdf): the findings the new
draft introduced, resolved and left standing (matched by rule and clause, so
renumbered and moved clauses are recognised), and the key terms whose numbers moved,
with both clauses, the moves that hurt the buyer first.

Exit status: 0 when the new draft introduced no finding and moved no key term
against the buyer, 1 when it did, 2 for a usage or input problem. A playbook
with problems is reported on stderr and its bad fields keep their defaults;
--strict-playbook exits 2 instead.
`;

export async function runCompare(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCompareArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(COMPARE_USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    for (const problem of parsed.problems) io.stderr(`${TOOL_NAME}: ${problem}\n`);
    io.stderr(`Run "${TOOL_NAME} compare --help" for usage.\n`);
    return 2;
  }
  const playbook = readPlaybook(parsed.playbookPath, io.cwd);
  if (!reportPlaybookProblems(playbook, parsed.strictPlaybook, io.stderr)) return 2;
  const drafts: Draft[] = [];
  for (const path of [parsed.oldPath, parsed.newPath]) {
    const result = isConvertedPath(path) ? await readConvertedDraft(path, io.cwd) : readDraft(path, io.cwd, () => new Uint8Array());
    if (!result.ok) {
      io.stderr(`${TOOL_NAME}: ${result.message}\n`);
      return 2;
    }
    if (result.warning) io.stderr(`${TOOL_NAME}: warning: ${result.warning}\n`);
    drafts.push(result.draft);
  }
  const [oldDraft, newDraft] = drafts;
  // The old turn usually sits beside the new one: neither counts as the other's sibling.
  const siblingsOf = (draft: Draft) => readSiblingDrafts(resolve(io.cwd, draft.path)).filter((s) => ![oldDraft, newDraft].some((d) => basename(d.path) === s.path));
  const reviewOf = (draft: Draft) => review(draft.text, { format: draft.format, playbook: playbook.playbook, siblings: siblingsOf(draft), fileName: basename(draft.path) });
  const comparison = compareReviews(reviewOf(oldDraft), reviewOf(newDraft));
  const locate = { old: locatorOf(oldDraft, comparison, 'old'), new: locatorOf(newDraft, comparison, 'new') };
  writeComparison(comparison, parsed, { old: oldDraft, new: newDraft }, locate, io);
  return comparison.introduced.length > 0 || comparison.moves.some((m) => m.effect === 'worse') ? 1 : 0;
}

type Side = 'old' | 'new';

function locatorOf(draft: Draft, comparison: DraftComparison, side: Side): Locator | null {
  return draft.converted ? createLocator(draft.converted.kind, draft.text, comparison[side].contract.headings) : null;
}

function writeComparison(comparison: DraftComparison, options: CompareOptions, drafts: Record<Side, Draft>, locate: Record<Side, Locator | null>, io: CliIo): void {
  const place = (side: Side, finding: Finding): string | null => locate[side]?.(finding.span.start) ?? null;
  switch (options.format) {
    case 'markdown':
      io.stdout(comparisonMarkdown(comparison, { old: drafts.old.path, new: drafts.new.path }, place));
      return;
    case 'json':
      io.stdout(`${JSON.stringify(comparisonJson(comparison, drafts, place), null, 2)}\n`);
      return;
    case 'text': {
      const lines: string[] = [];
      const findingLine = (side: Side, finding: Finding): string => {
        const p = positionAt(comparison[side].contract.lineStarts, finding.span.start);
        const where = place(side, finding);
        return `${drafts[side].path}:${p.line + 1}:${p.character + 1} ${finding.severity} ${where ? `(${where}) ` : ''}${finding.message.replace(/\s+/g, ' ')} [${finding.ruleId}]`;
      };
      for (const move of comparison.moves) {
        lines.push(`moved ${move.effect}: ${move.label}: ${describeMove(move)} (${effectWords(move)})`);
        lines.push(`  before${move.oldClause?.number ? ` ${move.oldClause.number}` : ''}: ${quote(move.oldClause)}`);
        lines.push(`  now${move.newClause?.number ? ` ${move.newClause.number}` : ''}: ${quote(move.newClause)}`);
      }
      for (const finding of comparison.introduced) lines.push(`new ${findingLine('new', finding)}`);
      for (const finding of comparison.resolved) lines.push(`resolved ${findingLine('old', finding)}`);
      for (const pair of comparison.unchanged) lines.push(`unchanged ${findingLine('new', pair.new)}`);
      if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
      const c = comparison.clauses;
      io.stderr(
        `${comparison.introduced.length} new, ${comparison.resolved.length} resolved, ${comparison.unchanged.length} unchanged finding(s); ` +
          `${comparison.moves.length} key term(s) moved; clauses: ${c.reworded} reworded, ${c.renumbered} renumbered, ${c.moved} moved, ${c.added.length} added, ${c.deleted.length} deleted\n`,
      );
      return;
    }
  }
}

function comparisonJson(comparison: DraftComparison, drafts: Record<Side, Draft>, place: (side: Side, f: Finding) => string | null) {
  const finding = (side: Side, f: Finding) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: rangeToJson(rangeOf(comparison[side].contract.lineStarts, f.span)),
    location: place(side, f),
  });
  const quoteJson = (side: Side, q: { span: { start: number; end: number }; number: string | null; text: string } | null) =>
    q ? { number: q.number, text: q.text, range: rangeToJson(rangeOf(comparison[side].contract.lineStarts, q.span)) } : null;
  return {
    version: 1,
    old: { path: drafts.old.path, ...(drafts.old.converted ? { converted: drafts.old.converted } : {}) },
    new: { path: drafts.new.path, ...(drafts.new.converted ? { converted: drafts.new.converted } : {}) },
    moves: comparison.moves.map((m) => ({
      id: m.id, label: m.label, unit: m.unit, old: m.old.value, new: m.new.value, effect: m.effect,
      oldClause: quoteJson('old', m.oldClause), newClause: quoteJson('new', m.newClause),
    })),
    introduced: comparison.introduced.map((f) => finding('new', f)),
    resolved: comparison.resolved.map((f) => finding('old', f)),
    unchanged: comparison.unchanged.map((p) => ({ old: finding('old', p.old), new: finding('new', p.new) })),
    clauses: {
      unchanged: comparison.clauses.unchanged,
      reworded: comparison.clauses.reworded,
      renumbered: comparison.clauses.renumbered,
      moved: comparison.clauses.moved,
      added: comparison.clauses.added.map((q) => quoteJson('new', q)),
      deleted: comparison.clauses.deleted.map((q) => quoteJson('old', q)),
    },
  };
}
