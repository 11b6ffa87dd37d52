import type { Rule } from '../../rule';
import { noDataExport } from './noDataExport';
import { exportFees, exportFormatUnspecified, exportTimelineUnspecified, recordingsNotCovered } from './exportTerms';
import { shortPostTerminationAccess } from './shortPostTerminationAccess';
import { noTransitionAssistance } from './noTransitionAssistance';
import { noNumberPorting } from './noNumberPorting';

/** The exit and data-portability family, in checklist order. */
export const EXIT_RULES: readonly Rule[] = [
  noDataExport,
  exportFormatUnspecified,
  exportTimelineUnspecified,
  shortPostTerminationAccess,
  exportFees,
  noTransitionAssistance,
  recordingsNotCovered,
  noNumberPorting,
];
