import type { Contract } from '../../model';
import { intersectionOf, sentencesHolding, sentencesMentioning, sentencesMentioningAll, stems, unionOf } from '../sentenceIndex';
import type { SlaText } from './text';

// Which sentences each SLA reader can act on. Each list holds every sentence
// that could pass the reader's first cue pattern: the stems below are one
// literal word from each alternative of those patterns, so a sentence without
// any of them fails the pattern and the reader would skip it anyway. Keep the
// stems in step with the patterns when either changes.

/** SLA_CUE (text.ts): a sentence that is service-level talk wherever it sits. */
const SLA_CUE_STEMS = stems('uptime', 'availab', 'downtime', 'level', 'sla', 'credit', 'outage');
/** UPTIME_CUE (uptime.ts), and "available" for the at-all-times promise. */
const UPTIME_STEMS = stems('uptime', 'availab', 'downtime', 'level');
/** MEASURED (period.ts). */
const MEASURED_STEMS = stems('uptime', 'availab', 'downtime', 'measur', 'calculat');
/** CREDIT (credits.ts). */
const CREDIT_STEMS = stems('credit', 'voucher', 'compensation');
/** A chronic-failure exit (remedies.ts): TERMINATE and LEVEL_CUE. */
const TERMINATE_STEMS = stems('terminat');
const LEVEL_STEMS = stems('target', 'commit', 'level', 'sla', 'uptime', 'availab');
/** Maintenance carve-outs (exclusions.ts), read wherever they appear. */
const MAINTENANCE_STEMS = stems('maintenance', 'downtime', 'outage', 'emergency');
/** "Excluded minutes/time/events" puts the other causes in an SLA setting outside SLA sections. */
const EXCLUDED_STEMS = stems('excluded');
const CAUSE_STEMS = stems(
  'degrad', 'partial', 'slow', 'performance', 'intermittent',
  'region', 'geographic', 'single', 'zone', 'locali', 'specific',
  'third', 'carrier', 'telecom', 'internet', 'isp', 'pstn', 'anyone',
  'majeure', 'beyond', 'god',
);
/** RESPONSE (standards.ts); a response time needs minutes or an hour/day duration, a term stated elsewhere the word "Time". */
const RESPONSE_STEMS = stems('respon', 'acknowledg', 'resolution', 'resolve');
const MINUTES_OR_TIME_STEMS = stems('min', 'time');
/** STANDARDS (standards.ts). */
const STANDARD_STEMS = stems('latency', 'trip', 'mos', 'opinion', 'quality', 'call', 'dial', 'seizure', 'packet', 'jitter');

export interface SlaCandidates {
  /** Sentences that may be service-level talk: under an SLA heading or holding an SLA_CUE stem. */
  readonly context: readonly number[];
  readonly slaCue: readonly number[];
  readonly uptime: readonly number[];
  readonly measurement: readonly number[];
  readonly credits: readonly number[];
  readonly remedies: readonly number[];
  readonly exclusions: readonly number[];
  readonly support: readonly number[];
  readonly standards: readonly number[];
}

export function slaCandidates(contract: Contract, text: SlaText): SlaCandidates {
  const slaCue = sentencesMentioning(contract, SLA_CUE_STEMS);
  const context = unionOf(text.count, text.inSlaSection, slaCue);
  const timed = sentencesMentioning(contract, MINUTES_OR_TIME_STEMS);
  const hoursOrDays = contract.facts.durations.filter((d) => d.unit === 'hour' || d.unit === 'day' || d.unit === 'business-day');
  const withTime = unionOf(text.count, timed, sentencesHolding(contract, hoursOrDays));
  const responding = unionOf(text.count, text.inSupportSection, sentencesMentioning(contract, RESPONSE_STEMS));
  return {
    context,
    slaCue,
    uptime: sentencesMentioning(contract, UPTIME_STEMS),
    measurement: sentencesMentioning(contract, MEASURED_STEMS),
    // The sentence after each, for a credit table whose cells never say "credit" (credits.ts).
    credits: withNext(text.count, sentencesMentioning(contract, CREDIT_STEMS)),
    remedies: unionOf(text.count, context, sentencesMentioningAll(contract, TERMINATE_STEMS, LEVEL_STEMS)),
    exclusions: unionOf(text.count, context, sentencesMentioning(contract, MAINTENANCE_STEMS), sentencesMentioningAll(contract, EXCLUDED_STEMS, CAUSE_STEMS)),
    support: intersectionOf(text.count, responding, withTime),
    standards: intersectionOf(text.count, sentencesMentioning(contract, STANDARD_STEMS), sentencesHolding(contract, contract.facts.numbers)),
  };
}

/** The sentences at `indexes` and the one after each. */
function withNext(count: number, indexes: readonly number[]): number[] {
  return unionOf(count, indexes, indexes.map((i) => i + 1).filter((i) => i < count));
}
