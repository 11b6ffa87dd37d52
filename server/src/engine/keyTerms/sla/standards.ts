import type { Contract, Span } from '../../model';
import { within } from '../../facts';
import type { PerformanceStandard, SupportResponse } from './types';
import { SUPPORT_HEADING, lowerOf, rowsOf, undefinedTermWith, type SlaSentence } from './text';

// Service levels beyond uptime: for a contact centre, a "available" platform
// with bad audio or slow call set-up is still down for the agents.

const STANDARDS: readonly (readonly [PerformanceStandard, RegExp])[] = [
  ['latency', /\blatency\b|\bround[- ]trip (?:time|delay)/],
  ['voice-quality', /\bmos\b|\bmean opinion score|\bvoice quality|\bcall quality|\baudio quality/],
  ['call-setup', /\bcall set-?up|\bpost[- ]dial delay|\bcall completion|\banswer[- ]seizure|\bcall success rate/],
  ['packet-loss', /\bpacket loss/],
  ['jitter', /\bjitter\b/],
];

const RESPONSE = /\brespon|\backnowledg|\bresolution|\bresolve/;
const SEVERITY = /\b(?:severity|priority|sev|level|p) ?-?(?:[1-4]|one|two|three|four|i{1,3}|iv)\b|\b(?:critical|urgent|high|medium|low)\b/;
// "15 minutes", "fifteen (15) minutes", "15-minute".
const MINUTES = /\b(\d{1,3})\)? ?-?(?:minutes?|mins?)\b/;

export function readPerformanceStandards(contract: Contract, sentences: readonly SlaSentence[]): PerformanceStandard[] {
  const found = new Set<PerformanceStandard>();
  for (const sentence of sentences) {
    if (within(contract.facts.numbers, sentence.span).length === 0) continue;
    for (const [kind, cue] of STANDARDS) if (cue.test(sentence.lower)) found.add(kind);
  }
  return [...found];
}

export function readSupportResponse(contract: Contract, sentences: readonly SlaSentence[]): { responses: SupportResponse[]; statedElsewhere: string | null } {
  const responses: SupportResponse[] = [];
  let statedElsewhere: string | null = null;
  for (const sentence of sentences) {
    const heading = contract.headings[sentence.headingIndex]?.title.toLowerCase() ?? '';
    if (!RESPONSE.test(sentence.lower) && !SUPPORT_HEADING.test(heading)) continue;
    for (const span of rowsOf(sentence)) {
      // "Severity 1 within fifteen (15) minutes and Severity 2 within one (1) hour": each severity
      // takes the time stated after it, before the next severity.
      for (const part of severityParts(span, lowerOf(sentence, span))) {
        const hours = hoursIn(contract, part.span, part.lower);
        if (hours === undefined) continue;
        responses.push({ severity: part.severity, hours, span: part.span });
      }
    }
    if (responses.length === 0 && statedElsewhere === null && RESPONSE.test(sentence.lower)) {
      statedElsewhere = undefinedTermWith(contract, sentence, /^Time$/);
    }
  }
  return { responses, statedElsewhere: responses.length > 0 ? null : statedElsewhere };
}

/** The row cut at each severity it names: each piece runs from one severity to the next. */
function severityParts(span: Span, lower: string): { severity: string; span: Span; lower: string }[] {
  const starts: { at: number; severity: string }[] = [];
  const all = new RegExp(SEVERITY.source, 'g');
  for (let m = all.exec(lower); m !== null; m = all.exec(lower)) starts.push({ at: m.index, severity: m[0] });
  // A row with one severity keeps its whole text: the time may come before it ("within 15 minutes for Severity 1").
  if (starts.length <= 1) return starts.map((s) => ({ severity: s.severity, span, lower }));
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : lower.length;
    const from = i === 0 ? 0 : s.at;
    return { severity: s.severity, span: { start: span.start + from, end: span.start + end }, lower: lower.slice(from, end) };
  });
}

/** The response time in a row, in hours; undefined when the row states none. */
function hoursIn(contract: Contract, span: Span, lower: string): number | null | undefined {
  const minutes = MINUTES.exec(lower);
  if (minutes) return Number(minutes[1]) / 60;
  const duration = within(contract.facts.durations, span).find((d) => d.unit === 'hour' || d.unit === 'day' || d.unit === 'business-day');
  if (!duration) return undefined;
  // A business day of support is counted as a calendar day: the response is due by then either way.
  return duration.unit === 'hour' ? duration.value : duration.value * 24;
}
