import type { Contract, Fix, Span, TextEdit } from '../../model';
import { creditTable } from '../../explain/slaCredits';
import type { DraftContext } from '../draftClause';
import type { Rule, RuleFinding } from '../../rule';
import type { SlaTerms } from '../../keyTerms/sla/types';
import { firstTier } from '../../keyTerms/sla/credits';
import type { Playbook } from '../../playbook/schema';
import { durationAt, percentPhrase, rewordDuration } from '../wording';
import { pct } from '../../explain/percent';
import { SLA_KINDS, hasServiceLevels, insertTemplateFix } from './common';

export const weakCredits: Rule = {
  meta: {
    id: 'sla/weak-credits',
    family: 'sla',
    title: 'Service credits too small',
    defaultSeverity: 'warning',
    why: 'Credits are what the buyer actually receives when the service fails. A few percent of one month\'s fees, capped low or counted on the affected module only, costs the vendor less than fixing the problem.',
    askFor: 'A first tier of at least 10% of the month\'s fees for the whole service, rising to at least 25% (better 50%) for larger misses.',
    appliesTo: SLA_KINDS,
  },
  check({ contract, keyTerms, playbook }): RuleFinding[] {
    const sla = keyTerms.sla;
    if (!hasServiceLevels(sla)) return [];
    const { minFirstCreditPercent: minFirst, minMaxCreditPercent: minMax } = playbook.sla;
    const first = firstTier(sla.credits);
    const problems: string[] = [];
    if (sla.credits.length === 0 && sla.maxCreditPercent === null) {
      if (sla.uptimePercent === null) return [];
      problems.push('no service credits are stated for missing the commitment');
    }
    if (first && first.creditPercent < minFirst) problems.push(`the first tier credits ${pct(first.creditPercent)} (your playbook: at least ${minFirst}%)`);
    if (sla.maxCreditPercent !== null && sla.maxCreditPercent < minMax) {
      const how = sla.maxCreditBasis === 'cap' ? 'credits are capped at' : 'the most a customer can earn is';
      problems.push(`${how} ${pct(sla.maxCreditPercent)} (your playbook: at least ${minMax}%)`);
    }
    if (sla.creditsAffectedServiceOnly) problems.push('credits are computed on the affected service\'s fees only');
    if (problems.length === 0) return [];
    const message = `Service credits are weak: ${problems.join('; ')}.`;
    return [{
      span: first?.span ?? sla.maxCreditSpan ?? sla.span,
      message: message.charAt(0).toUpperCase() + message.slice(1),
      facts: {
        firstTierCreditPercent: first?.creditPercent ?? null,
        maxCreditPercent: sla.maxCreditPercent,
        maxCreditBasis: sla.maxCreditBasis,
        affectedServiceOnly: sla.creditsAffectedServiceOnly,
        minFirstCreditPercent: minFirst,
        minMaxCreditPercent: minMax,
      },
      details: creditTable(sla, playbook),
      fixes: raiseFixes({ contract, keyTerms, playbook }, sla),
    }];
  },
};

/** Raise the first tier and the cap (or top tier) where the draft writes them as figures; else insert the library's schedule. */
function raiseFixes(context: DraftContext & { readonly playbook: Playbook }, sla: SlaTerms): Fix[] {
  const { contract, playbook } = context;
  const { minFirstCreditPercent: minFirst, minMaxCreditPercent: minMax } = playbook.sla;
  const edits: TextEdit[] = [];
  const first = firstTier(sla.credits);
  if (first && first.creditPercent < minFirst && first.creditSpan) {
    const edit = raiseTo(contract, first.creditSpan, first.creditPercent, minFirst);
    if (edit) edits.push(edit);
  }
  const maxSpan = sla.maxCreditSpan;
  if (sla.maxCreditPercent !== null && sla.maxCreditPercent < minMax && maxSpan && !edits.some((e) => e.span.start === maxSpan.start)) {
    const edit = raiseTo(contract, maxSpan, sla.maxCreditPercent, minMax);
    if (edit) edits.push(edit);
  }
  if (edits.length > 0) {
    return [{ title: `Raise the credits to the playbook's schedule (${minFirst}% first tier, ${minMax}% maximum)`, edits: edits.sort((a, b) => a.span.start - b.span.start), safe: false }];
  }
  const insert = insertTemplateFix(context, sla, 'sla/credit-schedule', 'Insert the playbook\'s service-credit schedule');
  return insert ? [insert] : [];
}

/** Rewrites a credit written as a percentage, or as days of service, so it is worth `target` percent. */
function raiseTo(contract: Contract, span: Span, current: number, target: number): TextEdit | null {
  if (contract.facts.percents.some((p) => p.span.start === span.start && p.span.end === span.end)) {
    return { span, newText: percentPhrase(contract, target) };
  }
  const duration = durationAt(contract, span);
  if (!duration || duration.unit !== 'day' || current <= 0) return null;
  // Days scale with the percent they stand for: 1 day = 3.33% of a month, so 10% needs 3 days.
  // current is rounded to cents of a percent, so allow for that before rounding up.
  const days = Math.ceil((duration.value * target) / current - 0.01);
  return { span, newText: rewordDuration(contract, duration, days, 'day') };
}
