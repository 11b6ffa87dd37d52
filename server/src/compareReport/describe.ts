import type { ClauseQuote, KeyTermMoveWithClauses } from '../engine/compare';

// Words for a comparison, shared by the CLI's text and Markdown output and the editor's
// summary view, so every surface says a move the same way.

const EFFECT_WORDS = { worse: 'worse for the buyer', better: 'better for the buyer', unclear: 'changed' } as const;

export function effectWords(move: KeyTermMoveWithClauses): string {
  return EFFECT_WORDS[move.effect];
}

/** "12 -> 36 months", "99.95 -> 99.9 %", "30 days -> not stated". */
export function describeMove(move: KeyTermMoveWithClauses): string {
  return `${value(move.old.value, move.unit)} → ${value(move.new.value, move.unit)}`;
}

function value(n: number | null, unit: string): string {
  if (n === null) return 'not stated';
  const number = Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
  if (unit === '') return number;
  return unit === '%' ? `${number} %` : `${number} ${unit}`;
}

/** The clause as a short quote: its number, then the first words. */
export function quote(clause: ClauseQuote | null, max = 160): string {
  if (!clause) return '(not in this draft)';
  const text = clause.text;
  if (text.length <= max) return text;
  // A long clause is cut around the words the quote is about, so the changed number stays in view.
  const focus = clause.focus ?? '';
  const at = focus === '' ? -1 : text.indexOf(focus);
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor((max - focus.length) / 2), text.length - max));
  const cut = text.slice(start, start + max).trim();
  return `${start > 0 ? '…' : ''}${cut}${start + max < text.length ? '…' : ''}`;
}
