// CUAD's answers are typed by hand and spelled many ways ("successive 1 year",
// "Succesive 1 year", "60) days", "(6) months", "180 days / 6 months", "06/[]/2010",
// "England, United Kingdom; Wales, United Kingdom"). These helpers turn an answer
// into the values the engine reports, so comparisons are about meaning, not spelling.

const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365 / 12, year: 365 };
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};

export interface AnswerDuration {
  readonly n: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/** Every "N unit" pair in an answer; a number may be in digits, in words, or in a stray parenthesis. */
export function answerDurations(answer: string): AnswerDuration[] {
  const words = answer.toLowerCase().replace(/[();,/]/g, ' ').split(/\s+/).filter(Boolean);
  const found: AnswerDuration[] = [];
  for (let i = 1; i < words.length; i++) {
    const unit = unitOf(words[i]);
    if (!unit) continue;
    const n = numberOf(words[i - 1]);
    if (n !== null) found.push({ n, unit });
  }
  return found;
}

function unitOf(word: string): AnswerDuration['unit'] | null {
  const bare = word.endsWith('s') ? word.slice(0, -1) : word;
  return bare === 'day' || bare === 'week' || bare === 'month' || bare === 'year' ? bare : null;
}

function numberOf(word: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  return WORD_NUMBERS[word] ?? null;
}

export function isPerpetual(answer: string): boolean {
  return /perpetu|indefinite/i.test(answer);
}

/** Months each stated duration comes to: "successive 1 year" → [12]; "5 years; 2 years" → [60, 24]. */
export function answerMonths(answer: string): number[] {
  return answerDurations(answer).map((d) => (d.unit === 'year' ? d.n * 12 : d.unit === 'month' ? d.n : Math.round((d.n * DAYS_PER[d.unit]) / (365 / 12))));
}

/**
 * Whether a number of days agrees with one of the answer's durations. Months and
 * years have no fixed length in days, so "6 months" accepts 180 to 184 (the
 * readings of 30-day months up to calendar months) and "1 year" 360 to 366.
 */
export function daysMatch(days: number, answer: string): boolean | null {
  const durations = answerDurations(answer);
  if (durations.length === 0) return null;
  return durations.some((d) => {
    if (d.unit === 'day') return days === d.n;
    if (d.unit === 'week') return days === d.n * 7;
    const months = d.unit === 'year' ? d.n * 12 : d.n;
    return days >= months * 30 && days <= Math.ceil(months * 30.7);
  });
}

/** A date answer with the parts CUAD redacted ("[]") left unknown. */
export interface AnswerDate {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
}

/** "7/11/06", "06/[]/2010", "[]/[]/2025"; two-digit years before 50 are 20xx (terms run to 2036). */
export function answerDate(answer: string): AnswerDate | null {
  const parts = answer.trim().split('/');
  if (parts.length !== 3) return null;
  const [m, d, y] = parts.map((p) => (/^\d+$/.test(p.trim()) ? Number(p.trim()) : null));
  if (y === null && m === null && d === null) return null;
  const year = y === null ? null : y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return { year, month: m, day: d };
}

/** Whether an ISO date agrees with the known parts of the answer, within `slackDays` when every part is known. */
export function dateMatches(iso: string, answer: AnswerDate, slackDays = 0): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (answer.year !== null && answer.month !== null && answer.day !== null && slackDays > 0) {
    const expected = Date.UTC(answer.year, answer.month - 1, answer.day);
    return Math.abs(Date.UTC(y, m - 1, d) - expected) <= slackDays * 86_400_000;
  }
  return (answer.year === null || answer.year === y) && (answer.month === null || answer.month === m) && (answer.day === null || answer.day === d);
}

const JURISDICTION_PREFIXES = ['the ', 'state of ', 'commonwealth of ', 'province of ', 'federal republic of ', 'republic of ', "people's republic of ", 'peoples republic of ', 'laws of '];
const JURISDICTION_SUFFIXES = [' state', ' province', ', canada', ' canada', ', uk', ', united kingdom', ' united kingdom', ', usa', ', u.s.a.', ', united states', ' united states of america'];
const JURISDICTION_ALIASES: Readonly<Record<string, string>> = { prc: 'china', 'massachussets': 'massachusetts', 'the district of columbia': 'district of columbia' };

/** The places a jurisdiction answer names, each in one spelling: "England and Wales, UK" → ["england", "wales"]. */
export function jurisdictions(answer: string): string[] {
  return answer
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .replace(/\s*,\s*/g, ', ')
    .split(/;|,(?!\s*(?:canada|uk|united kingdom|usa|u\.s\.a\.|united states))| and /)
    .map(canonicalPlace)
    .filter((p) => p.length > 0);
}

function canonicalPlace(raw: string): string {
  let place = raw.trim().replace(/\s+/g, ' ');
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of JURISDICTION_PREFIXES) {
      if (place.startsWith(prefix)) { place = place.slice(prefix.length).trim(); changed = true; }
    }
    for (const suffix of JURISDICTION_SUFFIXES) {
      if (place.endsWith(suffix)) { place = place.slice(0, -suffix.length).trim(); changed = true; }
    }
  }
  return JURISDICTION_ALIASES[place] ?? place;
}

/** Whether the jurisdiction read from the contract names one of the answer's places. */
export function jurisdictionMatches(read: string, answer: string): boolean | null {
  const expected = jurisdictions(answer);
  if (expected.length === 0 || /\[\*/.test(answer)) return null;
  return jurisdictions(read).some((p) => expected.includes(p));
}
