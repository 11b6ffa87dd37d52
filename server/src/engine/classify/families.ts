// Which rule families have clauses in this draft. A family's checks run
// wherever its clauses appear: an SLA pasted into an order form is judged as an
// SLA. The document kind only decides whether an *absent* family, or an absent
// element, is reported missing (rule.meta.appliesTo).
import type { KeyTerms } from '../keyTerms/types';
import type { RuleFamily } from '../rule';

/** The families whose clauses this draft states. */
export function familiesPresent(keyTerms: KeyTerms): ReadonlySet<RuleFamily> {
  const present = new Set<RuleFamily>(['drafting', 'commercial']);
  const sla = keyTerms.sla;
  if (sla && (sla.uptimePercent !== null || sla.uptimeStatedElsewhere !== null || sla.commitment !== 'none' || sla.credits.length > 0 || sla.maxCreditPercent !== null)) {
    present.add('sla');
  }
  // The DPA's elements are this draft's when it is the DPA or carries one as a section, whatever its title.
  const dpa = keyTerms.dpa;
  if (dpa && (dpa.presentAs === 'document' || dpa.presentAs === 'section')) present.add('dpa');
  const exit = keyTerms.exit;
  if (exit && (exit.dataExport || exit.transitionAssistance || exit.postTerminationAccessDays !== null || exit.deletionAtTermination || exit.exportFees !== 'unstated')) {
    present.add('exit');
  }
  if (keyTerms.renewal || keyTerms.priceIncrease) present.add('renewal');
  return present;
}
