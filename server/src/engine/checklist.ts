import type { DocumentKind, Finding, Span } from './model';
import type { RuleContext } from './rule';

export type ChecklistState = 'met' | 'weak' | 'missing' | 'not-applicable';

export interface ChecklistItem {
  readonly id: string;
  readonly title: string;
  readonly state: ChecklistState;
  readonly ruleIds: readonly string[];
  /** Where to jump: the clause that meets or weakens the item, or the first finding. */
  readonly span: Span | null;
  /** One line for the quick pick: what the draft says, or why the item does not apply. */
  readonly detail: string;
}

interface Evidence {
  readonly span: Span;
  readonly detail: string;
}

interface ItemDefinition {
  readonly id: string;
  readonly title: string;
  readonly ruleIds: readonly string[];
  readonly appliesTo: readonly DocumentKind[];
  /** The clause that addresses the item, if the draft has one. */
  locate(context: RuleContext): Evidence | null;
  /** The state when the draft says nothing about the item. */
  readonly whenAbsent: { readonly state: ChecklistState; readonly detail: string };
}

const COMMERCIAL_KINDS: readonly DocumentKind[] = ['msa', 'order-form', 'unknown'];
const ALL: readonly DocumentKind[] = ['msa', 'sla', 'dpa', 'order-form', 'unknown'];

const ITEMS: readonly ItemDefinition[] = [
  {
    id: 'renewal-term',
    title: 'Auto-renewal term',
    ruleIds: ['renewal/long-renewal-term'],
    appliesTo: COMMERCIAL_KINDS,
    locate: ({ keyTerms }) => {
      const r = keyTerms.renewal;
      if (!r) return null;
      const how = r.automatic ? 'Renews automatically' : 'Renews by option or agreement';
      const length = r.termMonths === null ? 'for an unstated period' : `for ${months(r.termMonths)}`;
      return { span: r.termSpan ?? r.span, detail: `${how} ${length}` };
    },
    whenAbsent: { state: 'met', detail: 'No automatic renewal found' },
  },
  {
    id: 'renewal-notice',
    title: 'Non-renewal notice period',
    ruleIds: ['renewal/long-notice-period', 'renewal/narrow-notice-window'],
    appliesTo: COMMERCIAL_KINDS,
    locate: ({ keyTerms }) => {
      const r = keyTerms.renewal;
      if (!r || r.noticeDays === null) return null;
      const deadline = keyTerms.nonRenewalNoticeDeadline ? `; first deadline ${keyTerms.nonRenewalNoticeDeadline}` : '';
      return { span: r.noticeSpan ?? r.span, detail: `Notice ${r.noticeDays} days before the term ends${deadline}` };
    },
    whenAbsent: { state: 'not-applicable', detail: 'No non-renewal notice period found' },
  },
  {
    id: 'renewal-price',
    title: 'Price increases on renewal capped',
    ruleIds: ['renewal/uncapped-price-increase'],
    appliesTo: COMMERCIAL_KINDS,
    locate: ({ keyTerms }) => {
      const p = keyTerms.priceIncrease;
      if (!p) return null;
      const detail = p.capPercent !== null ? `Increases capped at ${p.capPercent}%` : p.thenCurrentPricing ? 'Renews at the vendor\'s then-current prices' : 'Price increases not capped';
      return { span: p.span, detail };
    },
    whenAbsent: { state: 'not-applicable', detail: 'No renewal pricing term found' },
  },
  {
    id: 'drafting-numbers',
    title: 'Numbers in words and digits agree',
    ruleIds: ['drafting/number-mismatch'],
    appliesTo: ALL,
    locate: () => null,
    whenAbsent: { state: 'met', detail: 'Every number written in words matches its digits' },
  },
];

export function buildChecklist(context: RuleContext, findings: readonly Finding[]): ChecklistItem[] {
  const { kind } = context.contract;
  return ITEMS.map((item) => {
    const base = { id: item.id, title: item.title, ruleIds: item.ruleIds };
    if (!item.appliesTo.includes(kind)) {
      return { ...base, state: 'not-applicable', span: null, detail: `Does not apply to ${describeKind(kind)}` };
    }
    const own = findings.filter((f) => item.ruleIds.includes(f.ruleId));
    const evidence = item.locate(context);
    if (own.length > 0) {
      const state: ChecklistState = own.some((f) => f.ruleId.includes('/missing-') || f.ruleId.includes('/no-')) ? 'missing' : 'weak';
      return { ...base, state, span: own[0].span, detail: own[0].message };
    }
    if (evidence) return { ...base, state: 'met', span: evidence.span, detail: evidence.detail };
    return { ...base, state: item.whenAbsent.state, span: null, detail: item.whenAbsent.detail };
  });
}

function months(n: number): string {
  if (n % 12 === 0) return n === 12 ? '1 year' : `${n / 12} years`;
  return n === 1 ? '1 month' : `${n} months`;
}

function describeKind(kind: DocumentKind): string {
  switch (kind) {
    case 'sla': return 'a service level agreement';
    case 'dpa': return 'a data processing agreement';
    case 'order-form': return 'an order form';
    case 'msa': return 'a master agreement';
    case 'unknown': return 'this document';
  }
}
