import type { Rule, RuleFinding } from '../../rule';
import { appendTemplateFix, COMMERCIAL_KINDS } from './common';

// How use is priced: above the commitment, by the unit, and by the seat.

export const undefinedTrueUpPricing: Rule = {
  meta: {
    id: 'commercial/undefined-true-up-pricing',
    family: 'commercial',
    title: 'True-up or overage pricing undefined or at list price',
    defaultSeverity: 'warning',
    why: 'Growth above the commitment is where a contact centre\'s bill moves most. Priced at the vendor\'s list or then-current rates, or not priced at all, every extra agent or minute costs whatever the vendor says at the time.',
    askFor: 'Overage and true-up charged at the committed unit prices in the order form, fixed for the term.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const t = context.keyTerms.commercial?.trueUp;
    if (!t || t.priced === 'fixed') return [];
    const how = t.priced === 'list' ? 'at the vendor\'s list or then-current rates' : 'at a price the draft does not state';
    return [{
      span: t.span,
      message: `Use above the commitment is charged ${how}.`,
      facts: { priced: t.priced },
      fixes: appendTemplateFix(context, t.span, 'commercial/true-up-pricing', 'Price overage at the committed unit rates'),
    }];
  },
};

export const uncappedConsumption: Rule = {
  meta: {
    id: 'commercial/uncapped-consumption',
    family: 'commercial',
    title: 'Usage charges with no cap',
    defaultSeverity: 'warning',
    why: 'Per-minute, per-interaction or per-AI-transaction charges grow with traffic the buyer does not control (a campaign, an outage elsewhere, a bot loop). Without a ceiling or an alert, the first sign is the invoice.',
    askFor: 'A monthly ceiling on usage charges, or at least an alert at a threshold and the buyer\'s approval before charges pass it.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const c = context.keyTerms.commercial?.consumption;
    if (!c || c.capped) return [];
    return [{
      span: c.span,
      message: `Usage is charged by the unit (${c.units.join(', ')}) with no cap or ceiling on the charges.`,
      facts: { units: c.units.join(', '), capped: false },
      fixes: appendTemplateFix(context, c.span, 'commercial/consumption-cap', 'Add an alert and a ceiling on usage charges'),
    }];
  },
};

export const namedUserSeats: Rule = {
  meta: {
    id: 'commercial/named-user-seats',
    family: 'commercial',
    title: 'Seats priced per named user, or "seat" left undefined',
    defaultSeverity: 'information',
    why: 'A contact centre staffs shifts: named-user pricing pays for every agent on the roster, concurrent pricing for those working at once. A seat the draft never defines is counted the way the vendor\'s invoice counts it.',
    askFor: 'Concurrent seats, counted as agents logged in at the same time, with how the count is taken (an average, not a single peak) stated.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const s = context.keyTerms.commercial?.seatModel;
    if (!s || s.model === 'concurrent') return [];
    const message = s.model === 'named'
      ? 'Seats are priced per named user: every agent on the roster is paid for, not only those working at once.'
      : 'Fees are charged per seat, user or agent, but the draft does not say whether a seat is named or concurrent.';
    return [{ span: s.span, message, facts: { seatModel: s.model, counting: s.counting }, fixes: [] }];
  },
};

export const addOnPricing: Rule = {
  meta: {
    id: 'commercial/add-on-pricing',
    family: 'commercial',
    title: 'Modules priced outside the quoted fees',
    defaultSeverity: 'information',
    why: 'AI, workforce management, analytics and extra channels are often sold as add-ons. They belong in the total cost of the deal before signature, not on the first invoice after go-live.',
    askFor: 'The price of each add-on the buyer expects to use, written into the order form, with the same price protection as the core fees.',
    appliesTo: COMMERCIAL_KINDS,
  },
  check(context): RuleFinding[] {
    const addOns = context.keyTerms.commercial?.addOns ?? [];
    const bySentence = new Map<number, { span: (typeof addOns)[number]['span']; names: string[] }>();
    for (const a of addOns) {
      const entry = bySentence.get(a.span.start) ?? { span: a.span, names: [] };
      entry.names.push(a.name);
      bySentence.set(a.span.start, entry);
    }
    return [...bySentence.values()].map(({ span, names }) => ({
      span,
      message: `Priced outside the quoted fees: ${names.join(', ')}. Add them to the total cost of the deal.`,
      facts: { addOns: names.join(', ') },
      fixes: [],
    }));
  },
};
