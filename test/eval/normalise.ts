// CUAD's answers are typed by hand and spelled many ways ("successive 1 year",
// "Succesive 1 year", "60) days", "(6) months", "180 days / 6 months", "06/[]/2010",
// "England, United Kingdom; Wales, United Kingdom"). These helpers turn an answer
// into the values the engine reports, so comparisons are about meaning, not spelling.

const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, month: 365 / 12, year: 365 };
const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  ...UNITS, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const COMPOUND = new RegExp(`\\b(${TENS})[-\\s](${Object.keys(UNITS).join('|')})\\b`, 'g');

export interface AnswerDuration {
  readonly n: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/**
 * Every "N unit" pair in an answer; a number may be in digits, in words ("forty-five"), or in a
 * stray parenthesis, and joined to its unit by a hyphen ("1-year", "twelve-month").
 */
export function answerDurations(answer: string): AnswerDuration[] {
  const words = answer
    .toLowerCase()
    .replace(COMPOUND, (_, tens: string, unit: string) => String(WORD_NUMBERS[tens] + WORD_NUMBERS[unit]))
    .replace(/[();,/-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
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

/**
 * One date answer: "7/11/06" (month first, as CUAD types them), "31/01/2025" (day first, told by a first
 * number above 12), "2025-01-31", a partial date ("06/[]/2010", "06/2010", "[]/[]/2025"). Two-digit years
 * before 50 are 20xx (terms run to 2036). null when nothing is known or the answer is no date.
 */
export function answerDate(answer: string): AnswerDate | null {
  const text = answer.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  const parts = text.split(/\s*[/.]\s*/);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[\d[\]\s]+$/.test(p))) return null;
  const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : null));
  // Two parts are a month and a four-digit year ("06/2010"), never a month and a day.
  if (nums.length === 2 && !/^\d{4}$/.test(parts[1])) return null;
  let [m, d, y] = nums.length === 2 ? [nums[0], null, nums[1]] : nums;
  if (m !== null && m > 12 && d !== null && d <= 12) [m, d] = [d, m];
  if (y === null && m === null && d === null) return null;
  const year = y === null ? null : y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return checked(year, m, d);
}

function checked(year: number | null, month: number | null, day: number | null): AnswerDate | null {
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/** Every alternative of an answer that gives several ("07/31/2000; 07/[]/2000", "09/05/2019; perpetual"). */
export function alternatives(answer: string): string[] {
  return answer.split(';').map((a) => a.trim()).filter(Boolean);
}

/**
 * Whether a date the engine read agrees with the known parts of the answer, within `slackDays` when
 * every part of both is known. The engine may read a partial date ("2010-06", "2015") where the draft
 * leaves the day blank: it is right when it knows every part the answer knows.
 */
export function dateMatches(iso: string, answer: AnswerDate, slackDays = 0): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const read = { year: y, month: m ?? null, day: d ?? null };
  if (answer.year !== null && answer.month !== null && answer.day !== null && read.month !== null && read.day !== null && slackDays > 0) {
    const expected = Date.UTC(answer.year, answer.month - 1, answer.day);
    return Math.abs(Date.UTC(read.year, read.month - 1, read.day) - expected) <= slackDays * 86_400_000;
  }
  const agrees = (known: number | null, got: number | null): boolean => known === null || known === got;
  return agrees(answer.year, read.year) && agrees(answer.month, read.month) && agrees(answer.day, read.day);
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
    .split(/;|,(?!\s*(?:canada|uk|united kingdom|usa|u\.s\.a\.|united states))| and | & /)
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
