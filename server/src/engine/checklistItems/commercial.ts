import type { DocumentKind } from '../model';
import type { LiabilityCapTerms } from '../keyTerms/commercialTypes';
import type { Playbook } from '../playbook/schema';
import type { RuleContext } from '../rule';
import type { Evidence, ItemDefinition } from './types';
import { PRICING_ITEMS } from './pricing';

// Items the playbook takes no position on are 'found' or 'not-found', never 'met';
// the liability cap is judged against the playbook's months of fees and its
// data-breach position, and the buyer's right to leave without cause is met or missing.

const ALL_KINDS: readonly DocumentKind[] = ['msa', 'sla', 'dpa', 'order-form', 'unknown'];
const NOT_FOUND = (what: string) => ({ state: 'not-found' as const, detail: `No ${what} found` });
const found = (evidence: Omit<Evidence, 'state'>): Evidence => ({ ...evidence, state: 'found' });

// A limit that is neither an amount cap nor an exclusion of indirect loss, in the words a buyer would check it by.
const OTHER_LIMITS = {
  cap: 'Liability capped; the clause states no amount or fee basis the reader could take',
  exclusion: 'Some kinds of loss are excluded; no amount cap found',
  remedy: 'A remedy is made exclusive; no amount cap found',
  timeBar: 'Claims must be brought within a time limit; no amount cap found',
} as const;

/** A cap of the fees over N months is met or weak against the playbook; any other limit is information only. */
function judgeLiability(c: LiabilityCapTerms, playbook: Playbook): Evidence {
  const least = playbook.liability.minCapMonths;
  if (c.kind === 'cap' && c.feesBased && c.feesMonths !== null) {
    const detail = `Liability capped at the fees paid over ${months(c.feesMonths)}`;
    return c.feesMonths >= least
      ? { span: c.span, detail, state: 'met' }
      : { span: c.span, detail: `${detail}; your playbook asks for at least ${months(least)}`, state: 'weak' };
  }
  if (c.kind === 'cap' && c.amount !== null) {
    const amount = `${c.currency ?? ''} ${c.amount.toLocaleString('en-US')}`.trim();
    return found({ span: c.span, detail: `Liability capped at ${amount}: compare it with ${months(least)} of fees by hand` });
  }
  if (c.kind === 'cap' && c.feesBased) return found({ span: c.span, detail: `Liability capped at fees paid over a period the clause does not state: check it against ${months(least)}` });
  const limit = c.kind === 'cap' ? OTHER_LIMITS.cap : c.excludesIndirect ? 'Indirect and consequential damages excluded; no amount cap found' : OTHER_LIMITS[c.kind];
  return found({ span: c.span, detail: limit });
}

export const COMMERCIAL_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'expiration-date',
    title: 'End of the initial term',
    ruleIds: [],
    appliesTo: ALL_KINDS,
    test: () => ({ found: 'the date the initial term ends, or how it is worked out' }),
    locate: (context) => {
      const evidence = locateExpiration(context);
      return evidence ? found(evidence) : null;
    },
    whenAbsent: NOT_FOUND('end date for the initial term'),
  },
  {
    id: 'governing-law',
    title: 'Governing law',
    ruleIds: [],
    appliesTo: ALL_KINDS,
    test: () => ({ found: 'the law that governs the agreement' }),
    locate: ({ keyTerms: { governingLaw: g } }) => (g ? found({ span: g.span, detail: `Governed by the law of ${g.jurisdiction}` }) : null),
    whenAbsent: NOT_FOUND('governing-law clause'),
  },
  {
    id: 'liability-cap',
    title: 'Limitation of liability',
    ruleIds: ['liability/low-cap', 'liability/no-data-breach-carve-out'],
    appliesTo: ALL_KINDS,
    test: (p) => ({
      met: `the liability cap is at least the fees of ${months(p.liability.minCapMonths)} (playbook liability.minCapMonths)`,
      weak: `a cap of the fees of fewer months, or data-protection and confidentiality breaches left under the general cap (playbook liability.dataBreach: ${p.liability.dataBreach}). A fixed amount, or a limit that is no amount cap (excluded losses, an exclusive remedy, a time bar), is shown as found, to check by hand`,
    }),
    locate: ({ keyTerms: { liabilityCap: c }, playbook }) => (c ? judgeLiability(c, playbook) : null),
    whenAbsent: { state: 'not-found', detail: 'No limitation of liability found: the vendor\'s liability is not capped' },
  },
  {
    id: 'termination-for-convenience',
    title: 'Termination for convenience',
    ruleIds: ['commercial/no-termination-for-convenience'],
    appliesTo: ALL_KINDS,
    test: () => ({
      met: 'the customer (alone or with the vendor) may end the agreement without cause',
      weak: 'only the vendor may',
      missing: 'a master agreement that charges fees gives no right to leave without cause',
    }),
    locate: ({ keyTerms: { terminationForConvenience: t } }) => {
      if (!t) return null;
      const who = t.party === 'either' ? 'Either party' : t.party === 'customer' ? 'The customer' : t.party === 'provider' ? 'The provider' : 'A named party';
      const notice = t.noticeDays !== null ? ` on ${t.noticeDays} days' notice` : '';
      const customerMay = (t.holders ?? [t.party]).some((holder) => holder === 'customer' || holder === 'either');
      const detail = `${who} may end the agreement without cause${notice}`;
      return customerMay ? { span: t.span, detail, state: 'met' } : found({ span: t.span, detail });
    },
    whenAbsent: { state: 'missing', detail: 'No right to terminate without cause found' },
  },
  {
    id: 'minimum-commitment',
    title: 'Minimum commitment',
    ruleIds: ['commercial/rigid-minimum-commitment'],
    appliesTo: ALL_KINDS,
    test: () => ({
      found: 'a commitment to buy or pay at least an amount (spend, seats, volume)',
      weak: 'the customer cannot reduce it, roll unused amounts over or true down, or it survives termination for the vendor\'s breach',
    }),
    locate: ({ keyTerms: { minimumCommitment: m } }) => {
      if (!m) return null;
      const amount = m.amount !== null ? ` of ${m.currency ?? ''} ${m.amount.toLocaleString('en-US')}`.replace('  ', ' ') : '';
      return found({ span: m.span, detail: `Minimum purchase or spend commitment${amount}` });
    },
    whenAbsent: NOT_FOUND('minimum commitment'),
  },
  ...PRICING_ITEMS,
];

function locateExpiration({ keyTerms: { expirationDate: e } }: RuleContext): Omit<Evidence, 'state'> | null {
  if (!e) return null;
  if (e.perpetual) return { span: e.span, detail: 'Runs until terminated (no fixed end date)' };
  if (e.basis === 'event') return { span: e.span, detail: 'Ends on an event, not a date: check what triggers it' };
  if (e.iso === null && e.undatedMonths !== undefined) {
    return { span: e.span, detail: `Initial term of ${e.undatedMonths} months, counted from a start date this draft leaves blank: the end date cannot be worked out` };
  }
  const how = e.basis === 'stated' ? 'as stated' : 'from the effective date and the initial term';
  return { span: e.span, detail: `Initial term ends ${e.iso} (${how})` };
}

function months(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}
