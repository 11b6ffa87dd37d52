// PLACEHOLDER (being replaced): the export name and id are fixed.
import type { Rule } from '../../rule';

export const narrowNoticeWindow: Rule = {
  meta: { id: 'renewal/narrow-notice-window', family: 'renewal', title: 'narrow-notice-window', defaultSeverity: 'warning', why: '', askFor: '', appliesTo: ['msa', 'order-form', 'unknown'] },
  check: () => [],
};
