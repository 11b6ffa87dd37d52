import type { DraftComparison } from '../engine/compare';
import type { Finding } from '../engine/model';
import { positionAt } from '../engine/positions';
import { describeMove, effectWords, quote } from './describe';

// The comparison as a Markdown page: the CLI's `--format markdown` and the editor's
// "Compare with Previous Draft" summary. Moves that hurt the buyer come first, then the
// findings the turn introduced and resolved.

export interface ComparedNames {
  readonly old: string;
  readonly new: string;
}

/** Optional extra place names for findings (the page of a PDF, the heading of a Word file). */
export type FindingPlace = (side: 'old' | 'new', finding: Finding) => string | null;

export function comparisonMarkdown(comparison: DraftComparison, names: ComparedNames, place: FindingPlace = () => null): string {
  const out: string[] = [`# What changed: ${names.old} → ${names.new}`, ''];
  const worse = comparison.moves.filter((m) => m.effect === 'worse').length;
  out.push(
    `${comparison.introduced.length} new finding(s), ${comparison.resolved.length} resolved, ${comparison.unchanged.length} unchanged; ` +
      `${comparison.moves.length} key term(s) moved, ${worse} of them against the buyer.`,
    '',
  );

  out.push('## Key terms that moved', '');
  if (comparison.moves.length === 0) out.push('No key term changed its number.', '');
  for (const move of comparison.moves) {
    out.push(`- **${move.label}: ${describeMove(move)}** (${effectWords(move)})`);
    out.push(`  - before${move.oldClause?.number ? ` (${move.oldClause.number})` : ''}: ${quote(move.oldClause)}`);
    out.push(`  - now${move.newClause?.number ? ` (${move.newClause.number})` : ''}: ${quote(move.newClause)}`);
  }
  if (comparison.moves.length > 0) out.push('');

  const line = (side: 'old' | 'new', finding: Finding): string => {
    const review = side === 'old' ? comparison.old : comparison.new;
    const where = place(side, finding);
    const at = `line ${positionAt(review.contract.lineStarts, finding.span.start).line + 1}${where ? `, ${where}` : ''}`;
    return `- ${finding.severity}: ${finding.message} (\`${finding.ruleId}\`, ${at})`;
  };
  out.push(`## New in ${names.new}`, '');
  out.push(...(comparison.introduced.length === 0 ? ['Nothing new.'] : comparison.introduced.map((f) => line('new', f))), '');
  out.push(`## Resolved since ${names.old}`, '');
  out.push(...(comparison.resolved.length === 0 ? ['Nothing resolved.'] : comparison.resolved.map((f) => line('old', f))), '');
  out.push('## Still open', '');
  out.push(...(comparison.unchanged.length === 0 ? ['Nothing carried over.'] : comparison.unchanged.map((p) => line('new', p.new))), '');

  const c = comparison.clauses;
  out.push('## Clauses', '');
  out.push(`${c.unchanged} unchanged, ${c.reworded} reworded, ${c.renumbered} renumbered, ${c.moved} moved, ${c.added.length} added, ${c.deleted.length} deleted.`);
  for (const added of c.added) out.push(`- added${added.number ? ` ${added.number}` : ''}: ${quote(added)}`);
  for (const deleted of c.deleted) out.push(`- deleted${deleted.number ? ` ${deleted.number}` : ''}: ${quote(deleted)}`);
  return `${out.join('\n')}\n`;
}
