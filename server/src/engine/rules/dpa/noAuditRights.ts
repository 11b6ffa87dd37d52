import type { Rule, RuleFinding } from '../../rule';
import { missingElement } from './missingElement';
import type { RuleContext } from '../../rule';
import type { Fix, Span } from '../../model';
import { draftClause } from '../draftClause';
import { siblingWith } from './placement';
import { replaceOrInsert } from '../replaceOrInsert';
import { AUDIT } from '../../keyTerms/dpa/cues';

const SECTION = /\baudit|\binspection|\breports?\b|\bcompliance/;

export const noAuditRights: Rule = {
  meta: {
    id: 'dpa/no-audit-rights',
    family: 'dpa',
    title: 'No audit right, or audits limited to the vendor\'s reports',
    defaultSeverity: 'warning',
    why: 'The buyer answers for how its customers\' data is processed. Certificates and summary reports chosen by the vendor show what the vendor wants shown; a regulator may expect the buyer to be able to check for itself.',
    askFor: 'An audit right (by the buyer or an independent auditor, on notice, once a year and after any breach), with the vendor\'s reports as a first step rather than the only one.',
    appliesTo: ['msa', 'dpa'],
  },
  check(context): RuleFinding[] {
    const dpa = context.keyTerms.dpa;
    if (!dpa || dpa.auditRights === 'full') return [];
    const fixTitle = 'Insert an audit rights clause';
    if (dpa.auditRights === 'none') {
      return missingElement(context, {
        has: (d) => d.auditRights !== 'none',
        section: SECTION,
        message: 'The DPA gives the buyer no right to audit the vendor\'s processing.',
        clauseId: 'dpa/audit-rights',
        fixTitle,
        facts: () => ({ auditRights: 'none' }),
      });
    }
    const span = dpa.spans.auditRights;
    if (!span || siblingWith(context, (t) => t.dpa?.auditRights === 'full')) return [];
    return [{
      span,
      message: 'Audits are limited to the vendor\'s own reports and questionnaires; the buyer cannot audit or inspect.',
      facts: { auditRights: 'reports-only' },
      fixes: replaceWithClause(context, span),
    }];
  },
};

/**
 * The limiting sentence gives way to the library's audit clause (which keeps reports as a first step)
 * when it is itself about audits; a sentence read only for its "reports" or "certificates" stays, and
 * the clause is inserted instead.
 */
function replaceWithClause(context: RuleContext, span: Span): Fix[] {
  const text = draftClause(context, 'dpa/audit-rights');
  return text ? replaceOrInsert(context, {
    sentence: span,
    newText: text,
    cue: AUDIT,
    replaceTitle: 'Replace the limitation with an audit rights clause',
    insertTitle: 'Insert an audit rights clause',
  }) : [];
}
