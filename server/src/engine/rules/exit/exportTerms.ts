import type { Rule, RuleFinding } from '../../rule';
import type { Fix, Span } from '../../model';
import type { ExitTerms } from '../../keyTerms/exit/types';
import { draftClause } from '../draftClause';
import * as cue from '../../keyTerms/exit/cues';
import type { RuleContext } from '../../rule';

// Rules about an export clause the draft has: its format, its timeline and
// whether it reaches the recordings. Each fix adds a sentence right after the
// export clause, so it reads as part of it.

const EXPORT_KINDS = ['msa', 'order-form', 'unknown'] as const;

function exportSpan(exit: ExitTerms | undefined): Span | undefined {
  return exit?.dataExport ? exit.spans.dataExport : undefined;
}

/** Appends the library's `clauseId` text after the export sentence. */
function appendToExport(context: RuleContext, at: Span, clauseId: string, title: string): Fix[] {
  const text = draftClause(context, clauseId);
  return text ? [{ title, edits: [{ span: { start: at.end, end: at.end }, newText: ` ${text}` }], safe: false }] : [];
}

/**
 * A fix must replace the words it contradicts: "at Provider's then-current rates" becomes "at no additional charge".
 * Null when the fee words have no "at …" phrase to replace, or other fee words stay in the same sentence ("at
 * Customer's sole expense … at the then-current hourly rates"), since appending would leave the draft contradicting itself.
 */
function replaceFeeWords(text: string, fee: Span): Fix | null {
  const lead = /\bat\s+(?:[\w'\u2019-]+\s+){0,2}$/i.exec(text.slice(Math.max(0, fee.start - 40), fee.start));
  const own = /^at\s/i.test(text.slice(fee.start, fee.end));
  if (!lead && !own) return null;
  const start = lead && !own ? fee.start - lead[0].length : fee.start;
  const sentenceEnd = text.slice(fee.end).search(/[.;](?:\s|$)/);
  const rest = text.slice(fee.end, sentenceEnd < 0 ? text.length : fee.end + sentenceEnd).toLowerCase();
  const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
  const earlier = text.slice(sentenceStart + 1, start).toLowerCase();
  if (cue.EXTRA_CHARGE.test(rest) || cue.EXTRA_CHARGE.test(earlier)) return null;
  return { title: 'Replace the fee words with "at no additional charge"', edits: [{ span: { start, end: fee.end }, newText: 'at no additional charge' }], safe: false };
}

export const exportFormatUnspecified: Rule = {
  meta: {
    id: 'exit/export-format-unspecified',
    family: 'exit',
    title: 'Export format unspecified or the vendor\'s choice',
    defaultSeverity: 'warning',
    why: 'An export in a proprietary or undocumented format has to be rebuilt before another platform can load it; recordings, transcripts and IVR flows are the costly parts.',
    askFor: 'Named formats: recordings as WAV or MP3 with their metadata, transcripts and records as CSV or JSON, routing and IVR configuration in a documented format.',
    appliesTo: EXPORT_KINDS,
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    const span = exportSpan(exit);
    // Named formats settle it, even beside "or another format Provider chooses".
    if (!exit || !span || exit.exportFormats.length > 0) return [];
    const what = exit.exportFormatByProvider ? 'in a format the vendor chooses' : 'in no named format';
    return [{
      span,
      message: `The data is exported ${what}; name the formats (for example WAV or MP3 for recordings, CSV or JSON for records).`,
      facts: { exportFormats: exit.exportFormats.join(', ') || null, exportFormatByProvider: exit.exportFormatByProvider },
      fixes: appendToExport(context, span, 'exit/export-formats', 'Add the export formats'),
    }];
  },
};

export const exportTimelineUnspecified: Rule = {
  meta: {
    id: 'exit/export-timeline-unspecified',
    family: 'exit',
    title: 'No export timeline',
    defaultSeverity: 'warning',
    why: 'An export "on request" with no deadline can arrive after the new platform should have gone live, or after the vendor has deleted the data.',
    askFor: 'Delivery of the export within a fixed number of days of the request (30 at most), during the post-termination access period.',
    appliesTo: EXPORT_KINDS,
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    const span = exportSpan(exit);
    if (!exit || !span || exit.exportDays !== null || (exit.postTerminationAccessDays ?? 0) > 0) return [];
    return [{
      span,
      message: 'The export clause sets no time for the vendor to deliver the data and no period to retrieve it.',
      facts: { exportDays: null, postTerminationAccessDays: exit.postTerminationAccessDays },
      fixes: appendToExport(context, span, 'exit/export-timeline', 'Add an export deadline'),
    }];
  },
};

export const recordingsNotCovered: Rule = {
  meta: {
    id: 'exit/recordings-not-covered',
    family: 'exit',
    title: 'Recordings not covered by the export',
    defaultSeverity: 'warning',
    why: 'Call recordings are often held for legal retention periods and are the largest, most expensive data to move; an export clause that speaks only of "data" or "records" invites the vendor to leave them out.',
    askFor: 'An export clause that names interaction recordings (audio with metadata), transcripts and the IVR and routing configuration.',
    appliesTo: EXPORT_KINDS,
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    const span = exportSpan(exit);
    if (!exit || !span || !exit.recordingsInScope || exit.coversRecordings) return [];
    return [{
      span,
      message: 'The export clause does not name the interaction recordings (or the IVR and routing configuration).',
      facts: { coversRecordings: false },
      fixes: appendToExport(context, span, 'exit/recordings-export', 'Add recordings and configuration to the export'),
    }];
  },
};

export const exportFees: Rule = {
  meta: {
    id: 'exit/export-fees',
    family: 'exit',
    title: 'Export at extra or unstated fees',
    defaultSeverity: 'warning',
    why: 'An export billed at the vendor\'s then-current or professional-services rates is priced when the buyer has no leverage left; a silent clause leaves the same door open.',
    askFor: 'The export, in the named formats, at no additional charge; any further migration help at rates fixed in the agreement.',
    appliesTo: EXPORT_KINDS,
  },
  check(context): RuleFinding[] {
    const exit = context.keyTerms.exit;
    const span = exportSpan(exit);
    if (!exit || !span || (exit.exportFees !== 'extra' && exit.exportFees !== 'unstated')) return [];
    const feeSpan = exit.spans.exportFees;
    if (exit.exportFees === 'extra' && feeSpan) {
      const written = context.contract.text.slice(feeSpan.start, feeSpan.end);
      const fix = replaceFeeWords(context.contract.text, feeSpan);
      return [{
        span: feeSpan,
        message: `The export is priced at "${written}", which the agreement does not fix.${fix ? '' : ' No quick fix: adding "at no additional charge" beside the draft\'s fee words would contradict them, so rewrite them by hand.'}`,
        facts: { exportFees: 'extra' },
        fixes: fix ? [fix] : [],
      }];
    }
    return [{
      span,
      message: 'The export clause does not say the export is free of charge.',
      facts: { exportFees: 'unstated' },
      fixes: appendToExport(context, span, 'exit/export-at-no-charge', 'Add "at no additional charge"'),
    }];
  },
};
