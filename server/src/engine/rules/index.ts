import type { Rule } from '../rule';
import { longRenewalTerm } from './renewal/longRenewalTerm';
import { longNoticePeriod } from './renewal/longNoticePeriod';
import { narrowNoticeWindow } from './renewal/narrowNoticeWindow';
import { uncappedPriceIncrease } from './renewal/uncappedPriceIncrease';
import { DPA_RULES } from './dpa';
import { EXIT_RULES } from './exit';
import { SLA_RULES } from './sla';
import { COMMERCIAL_RULES } from './commercial';
import { numberMismatch } from './drafting/numberMismatch';
import { invisibleCharacters } from './drafting/invisibleCharacters';

/** Every rule the review runs, in the order findings are reported on a line. */
export const RULES: readonly Rule[] = [
  longRenewalTerm,
  longNoticePeriod,
  narrowNoticeWindow,
  uncappedPriceIncrease,
  ...DPA_RULES,
  ...EXIT_RULES,
  ...SLA_RULES,
  ...COMMERCIAL_RULES,
  numberMismatch,
  invisibleCharacters,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
