import type { CompareReports } from '../compareReports';
import type { NewFindingMarks } from '../newFindings';
import type { Renderings } from '../renderings';

/** The Word/PDF renderings, comparison pages and new-finding marks the commands drive; built once in activate(). */
export interface EditorFeatures {
  readonly renderings: Renderings;
  readonly compareReports: CompareReports;
  readonly newFindings: NewFindingMarks;
}
