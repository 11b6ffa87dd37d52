import type { ItemDefinition } from './types';

export const DRAFTING_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'drafting-numbers',
    title: 'Numbers in words and digits agree',
    ruleIds: ['drafting/number-mismatch'],
    appliesTo: ['msa', 'sla', 'dpa', 'order-form', 'unknown'],
    test: () => ({ met: 'every number written in words matches the digits beside it', weak: 'a number in words and its digits disagree' }),
    locate: () => null,
    flaggedWithoutClause: 'weak',
    whenAbsent: { state: 'met', detail: 'Every number written in words matches its digits' },
  },
];

