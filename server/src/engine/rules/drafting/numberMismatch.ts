// PLACEHOLDER (being replaced): the export name and id are fixed.
import type { Rule } from '../../rule';

export const numberMismatch: Rule = {
  meta: { id: 'drafting/number-mismatch', family: 'drafting', title: 'number-mismatch', defaultSeverity: 'error', why: '', askFor: '', appliesTo: ['msa', 'sla', 'dpa', 'order-form', 'unknown'] },
  check: () => [],
};
