// The clause layer's table: every group of rows, by the shape it covers.
import { OBLIGATIONS, PASSIVES, PERMISSIONS, REFUSALS, TRANSFERS, type Row } from './clauseRows';
import { CONDITIONS, LISTS, PROVISOS, SHARED_AND_SUBORDINATE } from './clauseRows2';
import { COMBINATIONS, ISSUE_SHAPES, NAMED, NUMBERS_AND_DATES, PARTIES, TIME_ANCHORS } from './clauseRows3';
import { COMMERCIAL_SHAPES } from './clauseRows4';

export type { Row };

export const GROUPS: Readonly<Record<string, readonly Row[]>> = {
  permissions: PERMISSIONS,
  obligations: OBLIGATIONS,
  'refusals and double negation': REFUSALS,
  'passives, with and without an agent': PASSIVES,
  'rights passed on ("X shall permit Y to …")': TRANSFERS,
  'semicolons and enumerations': LISTS,
  'provisos, "but" and exceptions': PROVISOS,
  conditions: CONDITIONS,
  'modal words that are not the modal, and shared subjects': SHARED_AND_SUBORDINATE,
  'parties named by the draft': NAMED,
  'role words and groups of parties': PARTIES,
  'numbers, dates and section references': NUMBERS_AND_DATES,
  'time anchors': TIME_ANCHORS,
  'the shapes quoted in issue 10': ISSUE_SHAPES,
  combinations: COMBINATIONS,
  'commercial refusals and asides': COMMERCIAL_SHAPES,
};

export const ALL_ROWS: readonly Row[] = Object.values(GROUPS).flat();
