import type { Rule } from '../../rule';
import { missingDpa } from './missingDpa';
import { mutableDpa } from './mutableDpa';
import { noDataResidency, noDeletionOrReturn, noPrivacyLawReference, noSubprocessorDisclosure } from './elementRules';
import { noSubprocessorChangeNotice } from './subprocessorChangeNotice';
import { breachNoticeTimeline } from './breachNoticeTimeline';
import { noAuditRights } from './noAuditRights';

/** The data-protection family, in checklist order. */
export const DPA_RULES: readonly Rule[] = [
  missingDpa,
  mutableDpa,
  noDataResidency,
  noSubprocessorDisclosure,
  noSubprocessorChangeNotice,
  breachNoticeTimeline,
  noAuditRights,
  noDeletionOrReturn,
  noPrivacyLawReference,
];
