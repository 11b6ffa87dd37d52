import type { Contract, DocumentKind, Finding, Severity } from './model';
import type { KeyTerms } from './keyTerms/types';
import type { Playbook } from './playbook/schema';

export type RuleFamily = 'renewal' | 'drafting' | 'sla' | 'dpa' | 'exit' | 'commercial';

export interface RuleMeta {
  /** Stable id, `family/name`: used as diagnostic code, in playbooks and in disable comments. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** Why the term hurts the buyer, in a sentence or two. */
  readonly why: string;
  /** What to ask the vendor for instead. */
  readonly askFor: string;
  /**
   * Document kinds where the absence of the family's clauses is reported: the rule also runs on any
   * other draft that states clauses of its family (classify/families.ts), so an SLA or exit clause in
   * an order form is judged as it would be in an MSA.
   */
  readonly appliesTo: readonly DocumentKind[];
}

/** What a rule returns: the review adds the rule id and the playbook's severity. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'severity'>;

/** Another draft of the same deal (the MSA beside its DPA and SLA), read once per review. */
export interface SiblingTerms {
  readonly path: string;
  readonly kind: DocumentKind;
  readonly keyTerms: KeyTerms;
  /** Why it was taken as part of this draft's deal: "it names the same parties (…)". */
  readonly reason: string;
}

export interface RuleContext {
  readonly contract: Contract;
  readonly keyTerms: KeyTerms;
  readonly playbook: Playbook;
  /** Drafts of the same deal: an element one of them states counts as present. */
  readonly siblings?: readonly SiblingTerms[];
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Pure: reads only its context; never files, settings or the clock. */
  check(context: RuleContext): RuleFinding[];
}

export const ALL_KINDS: readonly DocumentKind[] = ['msa', 'sla', 'dpa', 'order-form', 'unknown'];
