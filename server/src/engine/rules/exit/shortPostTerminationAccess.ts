import type { Rule, RuleFinding } from '../../rule';
import type { Fix } from '../../model';
import { durationAt, describeDays, rewordDuration } from '../wording';
import { insertClauseFix } from '../dpa/placement';
import { exitAnchor } from './exitAnchor';

export const shortPostTerminationAccess: Rule = {
  meta: {
    id: 'exit/short-post-termination-access',
    family: 'exit',
    title: 'Access to the data ends too soon after termination',
    defaultSeverity: 'warning',
    why: 'Moving a contact center takes weeks: the buyer needs the old platform\'s data while the new one is tested. Deletion at termination, or a short window, turns a delayed cut-over into lost recordings.',
    askFor: 'Read and export access to all customer data for at least the playbook\'s days (60 by default; 90 is common) after the end, and deletion only after that, on notice.',
    appliesTo: ['msa', 'order-form', 'unknown'],
  },
  check(context): RuleFinding[] {
    const { contract, playbook } = context;
    const exit = context.keyTerms.exit;
    if (!exit) return [];
    const min = playbook.exit.minAccessDays;
    const preferred = playbook.exit.preferredAccessDays;
    const access = exit.postTerminationAccessDays;
    const insert = insertClauseFix(context, exitAnchor(context), 'exit/post-termination-access', `Insert a ${preferred}-day post-termination access clause`);
    const facts = { postTerminationAccessDays: access, deletionAtTermination: exit.deletionAtTermination, deletionDaysAfterEnd: exit.deletionDaysAfterEnd, minAccessDays: min };

    if (exit.deletionAtTermination && exit.spans.deletionAtTermination && (access === null || access < min)) {
      return [{ span: exit.spans.deletionAtTermination, message: `The vendor deletes the data at termination; your playbook wants at least ${describeDays(min)} of access afterwards.`, facts, fixes: insert }];
    }
    if (access !== null && access < min && exit.spans.postTerminationAccess) {
      const span = exit.spans.postTerminationAccess;
      const duration = access > 0 ? durationAt(contract, span) : undefined;
      const reword: Fix[] = duration
        ? [{ title: `Change the access period to ${rewordDuration(contract, duration, preferred, 'day')}`, edits: [{ span, newText: rewordDuration(contract, duration, preferred, 'day') }], safe: false }]
        : insert;
      const what = access === 0 ? 'Access to the data ends at termination' : `Access to the data lasts ${describeDays(access)} after termination`;
      return [{ span, message: `${what}; your playbook wants at least ${describeDays(min)}.`, facts, fixes: reword }];
    }
    const deletion = exit.deletionDaysAfterEnd;
    if (access === null && deletion !== null && deletion < min && exit.spans.deletionAtTermination) {
      return [{
        span: exit.spans.deletionAtTermination,
        message: `The vendor deletes the data ${describeDays(deletion)} after termination, with no access period stated; your playbook wants at least ${describeDays(min)}.`,
        facts,
        fixes: insert,
      }];
    }
    return [];
  },
};
