import type { DocumentKind } from '../model';
import type { ItemDefinition } from './types';
import { PRICING_ITEMS } from './pricing';

// What the draft says about its end, its law, its liability cap, leaving without
// cause and minimums: 'met' with what the draft says when found and no rule
// objects, and 'not-applicable' when the draft says nothing and no rule asks.

const ALL_KINDS: readonly DocumentKind[] = ['msa', 'sla', 'dpa', 'order-form', 'unknown'];
const NOT_FOUND = (what: string) => ({ state: 'not-applicable' as const, detail: `No ${what} found` });

// A limit that is neither an amount cap nor an exclusion of indirect loss, in the words a buyer would check it by.
const OTHER_LIMITS = {
  cap: 'Liability capped; the clause states no amount or fee basis the reader could take',
  exclusion: 'Some kinds of loss are excluded; no amount cap found',
  remedy: 'A remedy is made exclusive (for example service credits); no amount cap found',
  timeBar: 'Claims must be brought within a time limit; no amount cap found',
} as const;

export const COMMERCIAL_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'expiration-date',
    title: 'End of the initial term',
    ruleIds: [],
    appliesTo: ALL_KINDS,
    locate: ({ keyTerms: { expirationDate: e } }) => {
      if (!e) return null;
      if (e.perpetual) return { span: e.span, detail: 'Runs until terminated (no fixed end date)' };
      if (e.basis === 'event') return { span: e.span, detail: 'Ends on an event, not a date: check what triggers it' };
      if (e.iso === null && e.undatedMonths !== undefined) {
        return { span: e.span, detail: `Initial term of ${e.undatedMonths} months, counted from a start date this draft leaves blank: the end date cannot be worked out` };
      }
      const how = e.basis === 'stated' ? 'as stated' : 'from the effective date and the initial term';
      return { span: e.span, detail: `Initial term ends ${e.iso} (${how})` };
    },
    whenAbsent: NOT_FOUND('end date for the initial term'),
  },
  {
    id: 'governing-law',
    title: 'Governing law',
    ruleIds: [],
    appliesTo: ALL_KINDS,
    locate: ({ keyTerms: { governingLaw: g } }) => (g ? { span: g.span, detail: `Governed by the law of ${g.jurisdiction}` } : null),
    whenAbsent: NOT_FOUND('governing-law clause'),
  },
  {
    id: 'liability-cap',
    title: 'Limitation of liability',
    ruleIds: ['liability/low-cap', 'liability/no-data-breach-carve-out'],
    appliesTo: ALL_KINDS,
    locate: ({ keyTerms: { liabilityCap: c } }) => {
      if (!c) return null;
      const cap = c.amount !== null
        ? `Liability capped at ${c.currency ?? ''} ${c.amount.toLocaleString('en-US')}`.replace('  ', ' ')
        : c.feesBased
          ? `Liability capped at the fees paid${c.feesMonths !== null ? ` over ${c.feesMonths} months` : ''}`
          : c.excludesIndirect ? 'Indirect and consequential damages excluded; no amount cap found' : OTHER_LIMITS[c.kind];
      return { span: c.span, detail: cap };
    },
    whenAbsent: NOT_FOUND('limitation of liability'),
  },
  {
    id: 'termination-for-convenience',
    title: 'Termination for convenience',
    ruleIds: ['commercial/no-termination-for-convenience'],
    appliesTo: ALL_KINDS,
    locate: ({ keyTerms: { terminationForConvenience: t } }) => {
      if (!t) return null;
      const who = t.party === 'either' ? 'Either party' : t.party === 'customer' ? 'The customer' : t.party === 'provider' ? 'The provider' : 'A named party';
      const notice = t.noticeDays !== null ? ` on ${t.noticeDays} days' notice` : '';
      return { span: t.span, detail: `${who} may end the agreement without cause${notice}` };
    },
    whenAbsent: NOT_FOUND('right to terminate without cause'),
  },
  {
    id: 'minimum-commitment',
    title: 'Minimum commitment',
    ruleIds: ['commercial/rigid-minimum-commitment'],
    appliesTo: ALL_KINDS,
    locate: ({ keyTerms: { minimumCommitment: m } }) => {
      if (!m) return null;
      const amount = m.amount !== null ? ` of ${m.currency ?? ''} ${m.amount.toLocaleString('en-US')}`.replace('  ', ' ') : '';
      return { span: m.span, detail: `Minimum purchase or spend commitment${amount}` };
    },
    whenAbsent: NOT_FOUND('minimum commitment'),
  },
  ...PRICING_ITEMS,
];
