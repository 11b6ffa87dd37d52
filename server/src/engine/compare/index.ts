import type { Contract, Finding, Span } from '../model';
import { review, type Review, type ReviewOptions } from '../review';
import { matchClauses, type ClauseMatching } from './clauseMatch';
import { clauseAt, compareFindings, type FindingPair } from './findingChanges';
import { keyTermMoves, type KeyTermMove, type MoveEffect } from './keyTermMoves';

// Two turns of the same draft, compared: the findings a turn introduced, resolved and
// left standing, the key terms whose numbers moved (the moves that hurt the buyer
// first), and what happened to the clauses. Pure: two reviews in, one comparison out.

export type { KeyTermMove, MoveEffect } from './keyTermMoves';
export type { FindingPair } from './findingChanges';

/** A place in one draft, with the clause around it, so a reader sees both wordings side by side. */
export interface ClauseQuote {
  readonly span: Span;
  readonly number: string | null;
  readonly text: string;
  /** The words the quote is about (the key term's own span), when it is about some. */
  readonly focus?: string;
}

export interface KeyTermMoveWithClauses extends KeyTermMove {
  readonly oldClause: ClauseQuote | null;
  readonly newClause: ClauseQuote | null;
}

export interface ClauseSummary {
  readonly unchanged: number;
  readonly reworded: number;
  readonly renumbered: number;
  readonly moved: number;
  readonly added: readonly ClauseQuote[];
  readonly deleted: readonly ClauseQuote[];
}

export interface DraftComparison {
  readonly old: Review;
  readonly new: Review;
  readonly introduced: readonly Finding[];
  readonly resolved: readonly Finding[];
  readonly unchanged: readonly FindingPair[];
  /** Worse for the buyer first, then unclear, then better; in reading order within each. */
  readonly moves: readonly KeyTermMoveWithClauses[];
  readonly clauses: ClauseSummary;
  readonly matching: ClauseMatching;
}

const EFFECT_ORDER: readonly MoveEffect[] = ['worse', 'unclear', 'better'];

export function compareReviews(oldReview: Review, newReview: Review): DraftComparison {
  const matching = matchClauses(oldReview.contract, newReview.contract);
  const findings = compareFindings(oldReview.contract, oldReview.findings, newReview.contract, newReview.findings, matching);
  const moves = keyTermMoves(oldReview.keyTerms, newReview.keyTerms)
    .map((move) => ({ ...move, oldClause: quoteAt(oldReview.contract, move.old.span), newClause: quoteAt(newReview.contract, move.new.span) }))
    .sort((a, b) => EFFECT_ORDER.indexOf(a.effect) - EFFECT_ORDER.indexOf(b.effect) || (a.new.span?.start ?? Infinity) - (b.new.span?.start ?? Infinity));
  const pairs = matching.pairs;
  return {
    old: oldReview,
    new: newReview,
    ...findings,
    moves,
    clauses: {
      unchanged: pairs.filter((p) => p.change === 'same').length,
      reworded: pairs.filter((p) => p.change === 'reworded').length,
      renumbered: pairs.filter((p) => p.renumbered).length,
      moved: pairs.filter((p) => p.moved).length,
      added: matching.added.map((i) => quoteClause(newReview.contract, i)),
      deleted: matching.deleted.map((i) => quoteClause(oldReview.contract, i)),
    },
    matching,
  };
}

/** Reviews both texts with the same options and compares them. */
export function compareDrafts(oldText: string, newText: string, options: ReviewOptions & { readonly oldOptions?: ReviewOptions } = {}): DraftComparison {
  const { oldOptions, ...newOptions } = options;
  return compareReviews(review(oldText, { ...newOptions, ...oldOptions }), review(newText, newOptions));
}

function quoteAt(contract: Contract, span: Span | null): ClauseQuote | null {
  if (!span) return null;
  const index = clauseAt(contract, span.start);
  const focus = oneLine(contract.text.slice(span.start, span.end));
  if (index < 0) return { span, number: null, text: focus, focus };
  return { ...quoteClause(contract, index), focus };
}

function quoteClause(contract: Contract, index: number): ClauseQuote {
  const clause = contract.clauses[index];
  return { span: clause.span, number: clause.number ?? null, text: oneLine(contract.text.slice(clause.span.start, clause.span.end)) };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
