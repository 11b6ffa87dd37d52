import type { DocumentKind } from '../model';
import type { KeyTerms } from '../keyTerms/types';
import type { Evidence, ItemDefinition } from './types';

// What the deal costs over its life and what it costs to leave: the pricing
// items of the commercial family, and the figures a reader can work out from
// the draft (the minimum over the initial term, the cost of leaving at month 12).

const COMMERCIAL_KINDS: readonly DocumentKind[] = ['msa', 'order-form', 'unknown'];
const NOT_FOUND = (what: string) => ({ state: 'not-found' as const, detail: `No ${what} found` });
/** Information items: what the draft says is shown as found, for the buyer to weigh; the rules judge it. */
const found = (evidence: Omit<Evidence, 'state'> | null): Evidence | null => (evidence ? { ...evidence, state: 'found' } : null);
const PER_MONTH = { month: 1, quarter: 3, year: 12 } as const;

function amount(value: number, currency: string | null): string {
  return `${currency ? `${currency} ` : ''}${Math.round(value).toLocaleString('en-US')}`;
}

/** The minimum spend over the initial term and what leaving at month 12 costs, when the draft gives the figures. */
export function lifeOfContract(keyTerms: KeyTerms): Evidence | null {
  const m = keyTerms.commercial?.minimumCommitment;
  const months = keyTerms.initialTermMonths;
  if (!m || m.kind !== 'spend' || m.amount === null || months === null) return null;
  const monthly = m.period === 'term' || m.period === null ? null : m.amount / PER_MONTH[m.period];
  const total = monthly !== null ? monthly * months : m.period === 'term' ? m.amount : null;
  if (total === null) return null;
  const parts = [`Minimum spend over the ${months}-month initial term: ${amount(total, m.currency)}`];
  const exit = keyTerms.commercial?.earlyTermination;
  if (monthly !== null && months > 12 && (exit?.monthsRemaining || m.survivesTermination)) {
    parts.push(`leaving at month 12 still costs about ${amount(monthly * (months - 12), m.currency)} (the minimum for the ${months - 12} months left)`);
  }
  return { span: m.span, detail: parts.join('; ') };
}

export const PRICING_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'life-of-contract-cost',
    title: 'Cost over the life of the contract',
    ruleIds: [],
    appliesTo: COMMERCIAL_KINDS,
    test: () => ({ found: 'a minimum spend and an initial term, from which the least the contract costs is worked out' }),
    locate: ({ keyTerms }) => found(lifeOfContract(keyTerms)),
    whenAbsent: NOT_FOUND('minimum spend and initial term to work out the total'),
  },
  {
    id: 'usage-pricing',
    title: 'Overage, usage and seat pricing',
    ruleIds: ['commercial/undefined-true-up-pricing', 'commercial/uncapped-consumption', 'commercial/named-user-seats'],
    appliesTo: COMMERCIAL_KINDS,
    test: () => ({ found: 'how overage, usage and seats are priced', weak: 'overage with no stated price, or usage charges with no cap' }),
    locate: ({ keyTerms: { commercial: c } }) => found((() => {
      const span = c?.trueUp?.span ?? c?.consumption?.span ?? c?.seatModel?.span;
      if (!c || !span) return null;
      const parts = [
        c.trueUp ? `overage ${c.trueUp.priced === 'fixed' ? 'at stated prices' : c.trueUp.priced === 'list' ? 'at list prices' : 'unpriced'}` : null,
        c.consumption ? `usage charged per ${c.consumption.units.join(', ')}${c.consumption.capped ? ', capped' : ''}` : null,
        c.seatModel ? `${c.seatModel.model} seats${c.seatModel.counting ? ` (${c.seatModel.counting.replace(/-/g, ' ')})` : ''}` : null,
      ].filter((p): p is string => p !== null);
      return { span, detail: parts.join('; ').replace(/^./, (ch) => ch.toUpperCase()) };
    })()),
    whenAbsent: NOT_FOUND('overage, usage or seat pricing'),
  },
  {
    id: 'add-ons',
    title: 'Modules priced outside the quoted fees',
    ruleIds: ['commercial/add-on-pricing'],
    appliesTo: COMMERCIAL_KINDS,
    test: () => ({ found: 'modules or channels priced outside the quoted fees' }),
    locate: ({ keyTerms: { commercial: c } }) => found(c && c.addOns.length > 0 ? { span: c.addOns[0].span, detail: `Priced separately: ${c.addOns.map((a) => a.name).join(', ')}` } : null),
    whenAbsent: NOT_FOUND('add-on modules'),
  },
  {
    id: 'cost-of-leaving',
    title: 'Cost of leaving: early-termination charges, non-cancellable fees',
    ruleIds: ['commercial/early-termination-charge', 'commercial/non-cancellable-fees'],
    appliesTo: COMMERCIAL_KINDS,
    test: () => ({
      found: 'what leaving early costs: an early-termination charge, or fees that cannot be cancelled',
      weak: 'a charge beyond the playbook\'s months of fees, or fees that stay payable when the agreement ends early',
    }),
    locate: ({ keyTerms: { commercial: c } }) => found((() => {
      if (c?.earlyTermination) return { span: c.earlyTermination.span, detail: `Early-termination charge${c.earlyTermination.formula ? `: ${c.earlyTermination.formula}` : ''}` };
      if (c?.feesCancellable) return { span: c.feesCancellable.span, detail: c.feesCancellable.cancellable ? 'Orders may be cancelled' : `Fees are non-cancellable${c.feesCancellable.refundOnTermination ? ', with a refund when the agreement ends early' : ''}` };
      return null;
    })()),
    whenAbsent: NOT_FOUND('early-termination charge or cancellation term'),
  },
];
