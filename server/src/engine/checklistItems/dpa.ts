import type { DocumentKind, Span } from '../model';
import type { DpaTerms } from '../keyTerms/dpa/types';
import type { RuleContext } from '../rule';
import { fromSibling, type Evidence, type ItemDefinition } from './types';

const DPA_KINDS: readonly DocumentKind[] = ['msa', 'dpa'];

/** Evidence from this draft, else from a sibling draft (named in the detail), else null. */
function locateElement(context: RuleContext, has: (dpa: DpaTerms) => Span | undefined | false, detail: (dpa: DpaTerms) => string): Evidence | null {
  const own = context.keyTerms.dpa;
  const span = own ? has(own) : undefined;
  if (own && span) return { span, detail: detail(own) };
  for (const sibling of context.siblings ?? []) {
    const dpa = sibling.keyTerms.dpa;
    if (dpa && has(dpa)) return { span: { start: 0, end: 0 }, detail: `${detail(dpa)} (${fromSibling(sibling)})` };
  }
  return null;
}

const when = (ok: boolean, span: Span | undefined): Span | undefined | false => ok && span;

export const DPA_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'dpa-present',
    title: 'Data processing agreement in place, fixed version',
    ruleIds: ['dpa/missing-dpa', 'dpa/mutable-dpa'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'a DPA in this draft or the deal, in a fixed version', weak: 'a DPA the vendor may change alone (by URL, "as updated")', missing: 'no DPA although the service handles personal data' }),
    locate: (c) => locateElement(c, (d) => when(d.present, d.spans.present), (d) => d.presentAs === 'reference' ? 'Refers to a separate DPA' : 'Has a DPA'),
    whenAbsent: { state: 'not-applicable', detail: 'No personal data found' },
  },
  {
    id: 'dpa-residency',
    title: 'Data residency',
    ruleIds: ['dpa/no-data-residency'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'the regions where the data is stored and processed are named', weak: 'regions named with room to move the data', missing: 'no data location in the DPA' }),
    locate: (c) => locateElement(c, (d) => when(d.residency.length > 0, d.spans.residency), (d) => `Data stays in ${d.residency.join(', ')}`),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
  {
    id: 'dpa-subprocessors',
    title: 'Subprocessor list, change notice and right to object',
    ruleIds: ['dpa/no-subprocessor-disclosure', 'dpa/no-subprocessor-change-notice'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'subprocessors listed, with notice of changes and a right to object', weak: 'a list without notice of changes or a right to object', missing: 'no list of subprocessors' }),
    locate: (c) => locateElement(c, (d) => when(d.subprocessorList, d.spans.subprocessorList), (d) =>
      d.subprocessorChangeNotice ? `Subprocessors listed; ${d.subprocessorChangeNoticeDays ?? 'unstated'} days' notice of changes${d.objectionRight ? ', right to object' : ''}` : 'Subprocessors listed'),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
  {
    id: 'dpa-breach-notice',
    title: 'Breach notice within the playbook\'s hours',
    ruleIds: ['dpa/breach-notice-timeline'],
    appliesTo: DPA_KINDS,
    test: (p) => ({ met: `breach notice within ${p.dpa.maxBreachNoticeHours} hours or less`, weak: `a longer time, or "without undue delay" with no hours`, missing: 'no breach notice duty' }),
    locate: (c) => locateElement(c, (d) => when(d.breachNotice !== 'none', d.spans.breachNotice), (d) => d.breachNoticeHours === null ? 'Breach notice with no number of hours' : `Breach notice within ${d.breachNoticeHours} hours`),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
  {
    id: 'dpa-audit',
    title: 'Audit rights',
    ruleIds: ['dpa/no-audit-rights'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'the buyer may audit', weak: 'audits limited to the vendor\'s own reports', missing: 'no audit right' }),
    locate: (c) => locateElement(c, (d) => when(d.auditRights !== 'none', d.spans.auditRights), (d) => d.auditRights === 'full' ? 'The buyer may audit' : 'Vendor reports only'),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
  {
    id: 'dpa-deletion',
    title: 'Return and deletion of data',
    ruleIds: ['dpa/no-deletion-or-return'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'the data is returned or deleted at the end', weak: 'return or deletion on terms that fall short', missing: 'no return or deletion duty' }),
    locate: (c) => locateElement(c, (d) => when(d.deletionOrReturn, d.spans.deletionOrReturn), () => 'Data returned or deleted'),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
  {
    id: 'dpa-laws',
    title: 'Privacy laws named',
    ruleIds: ['dpa/no-privacy-law-reference'],
    appliesTo: DPA_KINDS,
    test: () => ({ met: 'the privacy laws the DPA answers to are named, for every region the deal serves', weak: 'laws named for some regions only', missing: 'no privacy law named' }),
    locate: (c) => locateElement(c, (d) => when(d.laws.length > 0, d.spans.laws), (d) => `Names ${d.laws.join(', ')}`),
    whenAbsent: { state: 'not-applicable', detail: 'Not checked: the DPA is not part of this draft' },
  },
];
