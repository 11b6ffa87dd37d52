import type { DocumentKind, Span } from '../model';
import type { ExitTerms } from '../keyTerms/exit/types';
import type { RuleContext } from '../rule';
import { fromSibling, type Evidence, type ItemDefinition } from './types';

const EXIT_KINDS: readonly DocumentKind[] = ['msa'];

/** Evidence from this draft, else from a sibling draft (named in the detail), else null. */
function locateElement(context: RuleContext, has: (exit: ExitTerms) => Span | undefined | false, detail: (exit: ExitTerms) => string): Evidence | null {
  const own = context.keyTerms.exit;
  const span = own ? has(own) : undefined;
  if (own && span) return { span, detail: detail(own) };
  for (const sibling of context.siblings ?? []) {
    const exit = sibling.keyTerms.exit;
    if (exit && has(exit)) return { span: { start: 0, end: 0 }, detail: `${detail(exit)} (${fromSibling(sibling)})` };
  }
  return null;
}

function describeExport(e: ExitTerms): string {
  const formats = e.exportFormats.length > 0 ? ` as ${e.exportFormats.join(', ')}` : '';
  const days = e.exportDays !== null ? ` within ${e.exportDays} days` : '';
  return `Data export at the end${formats}${days}${e.coversRecordings ? ', recordings included' : ''}`;
}

export const EXIT_ITEMS: readonly ItemDefinition[] = [
  {
    id: 'exit-export',
    title: 'Data export at the end: formats, timeline, recordings',
    ruleIds: ['exit/no-data-export', 'exit/export-format-unspecified', 'exit/export-timeline-unspecified', 'exit/recordings-not-covered'],
    appliesTo: EXIT_KINDS,
    test: () => ({ met: 'a right to export the data at the end, in named formats, within a stated time, recordings included', weak: 'an export right without named formats, a timeline or the recordings', missing: 'no export right in a draft whose service holds the buyer\'s data' }),
    locate: (c) => locateElement(c, (e) => e.dataExport && e.spans.dataExport, describeExport),
    whenAbsent: { state: 'missing', detail: 'No data export right found' },
  },
  {
    id: 'exit-access',
    title: 'Access to the data after termination',
    ruleIds: ['exit/short-post-termination-access'],
    appliesTo: EXIT_KINDS,
    test: (p) => ({ met: `access to the data for at least ${p.exit.minAccessDays} days after the end`, weak: `a shorter period, or deletion at termination` }),
    locate: (c) => locateElement(c, (e) => e.postTerminationAccessDays !== null && e.spans.postTerminationAccess, (e) => `Access for ${e.postTerminationAccessDays} days after termination`),
    whenAbsent: { state: 'not-applicable', detail: 'No post-termination access period stated' },
  },
  {
    id: 'exit-fees',
    title: 'Export free of charge',
    ruleIds: ['exit/export-fees'],
    appliesTo: EXIT_KINDS,
    test: () => ({ met: 'the export costs nothing extra', weak: 'extra, unstated or then-current fees for the export' }),
    locate: (c) => locateElement(c, (e) => e.exportFees === 'none' && e.spans.exportFees, () => 'Export at no additional charge'),
    whenAbsent: { state: 'not-applicable', detail: 'No export clause to price' },
  },
  {
    id: 'exit-transition',
    title: 'Transition assistance',
    ruleIds: ['exit/no-transition-assistance', 'exit/no-number-porting'],
    appliesTo: EXIT_KINDS,
    test: () => ({ met: 'the vendor helps move to a new provider', weak: 'help offered on terms that fall short', missing: 'no transition assistance in a draft whose service holds the buyer\'s data' }),
    locate: (c) => locateElement(c, (e) => e.transitionAssistance && e.spans.transitionAssistance, () => 'Transition assistance promised'),
    whenAbsent: { state: 'missing', detail: 'No transition assistance found' },
  },
];
