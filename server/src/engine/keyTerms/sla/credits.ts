import type { Contract, PercentFact, Span } from '../../model';
import { toDays, within } from '../../facts';
import type { CreditTier, MeasurementPeriod } from './types';
import { lowerOf, rowsOf, type SlaSentence } from './text';

// Service credits: the tiers (threshold → credit), the cap, and the basis the
// credit is computed on. Credits in days of service become a share of the
// period's fees (3 days of a 30-day month = 10%).

/** Service credits by any name: credits, vouchers, compensation for missed levels. */
const CREDIT = /\bcredit|\bvouchers?\b|\bcompensation\b/;
/** "Credit" in a billing sense: calling credits, credit cards, credit notes. */
const NOT_SERVICE_CREDIT = /\bcredit cards?\b|\bcredit (?:limit|check|note|rating|terms|application)|\b(?:calling|usage|prepaid|promotional|minute|account) credits?\b|\bcredit(?:s)? for (?:unused|partial)/;
const CAP = /\bnot (?:to )?exceed|\bno more than|\bmore than\b|\bmaximum|\bcap(?:ped)?\b|\bin no event|\blimited to|\bup to\b|\bat most\b|\baggregate\b|\btotal\b/;
const AFFECTED = /\baffected (?:service|product|component|module|feature|portion)|\bimpacted (?:service|product)|\bfees (?:paid |payable )?for the (?:affected|impacted|applicable) |\bapplicable (?:service|product) (?:fees|component)/;
const DAYS_OF_SERVICE = /\bdays? of (?:the )?(?:service|subscription|fees)|\bservice days?\b|\bdays'? (?:worth|credit)|\bdays? credit/;
const TIMES_HOURLY = /\b(\d{1,3}) ?x\b/;

const PERIOD_DAYS: Readonly<Record<MeasurementPeriod, number>> = { month: 30, quarter: 90, year: 365 };

export interface CreditReading {
  readonly credits: CreditTier[];
  readonly maxCreditPercent: number | null;
  readonly maxCreditSpan: Span | null;
  readonly maxCreditBasis: 'cap' | 'top-tier' | null;
  readonly affectedServiceOnly: boolean;
  /** Sentences that talk about service credits, for the claim and remedy readers. */
  readonly creditSentences: SlaSentence[];
}

export function isServiceCreditSentence(sentence: SlaSentence): boolean {
  return sentence.slaContext && CREDIT.test(sentence.lower) && !NOT_SERVICE_CREDIT.test(sentence.lower);
}

export function readCredits(contract: Contract, sentences: readonly SlaSentence[], period: MeasurementPeriod | null): CreditReading {
  const credits: CreditTier[] = [];
  let cap: { percent: number; span: Span } | null = null;
  let affectedServiceOnly = false;
  // A table right after a sentence about credits is the credit table, even when its own cells never say "credit".
  const creditSentences = sentences.filter((s, i) => isServiceCreditSentence(s) || (i > 0 && isTable(s) && isServiceCreditSentence(sentences[i - 1])
    && contract.text.slice(sentences[i - 1].span.end, s.span.start).trim() === ''));
  for (const sentence of creditSentences) {
    if (AFFECTED.test(sentence.lower)) affectedServiceOnly = true;
    for (const row of rowsOf(sentence)) {
      const lower = lowerOf(sentence, row);
      const rowCap = CAP.test(lower);
      const percents = within(contract.facts.percents, row);
      const thresholds = percents.filter((p) => p.value >= 80 && p.value < 100);
      const shares = percents.filter((p) => p.value < 80 || (p.value === 100 && /\bof (?:the )?(?:monthly |applicable )?fees/.test(lower)));
      const days = DAYS_OF_SERVICE.test(lower) ? within(contract.facts.durations, row).filter((d) => d.unit === 'day') : [];
      const capPeriod = /\bquarter/.test(lower) ? 'quarter' : /\byear|\bannual|\bsubscription period/.test(lower) ? 'year' : (period ?? 'month');

      const outageHours = within(contract.facts.durations, row).filter((d) => d.unit === 'hour');
      if (rowCap && thresholds.length === 0 && outageHours.length === 0 && (shares.length > 0 || days.length > 0)) {
        const share = shares.length > 0
          ? { percent: Math.max(...shares.map((s) => s.value)), span: shares[0].span }
          : { percent: round((days[0].value / PERIOD_DAYS[capPeriod]) * 100), span: days[0].span };
        if (cap === null || share.percent < cap.percent) cap = share;
        continue;
      }
      if (tableRow(lower, (cell) => within(contract.facts.percents, { start: row.start + cell.start, end: row.start + cell.end }), credits, row)) continue;
      const hourly = TIMES_HOURLY.exec(lower);
      if (hourly && /\bhour/.test(lower)) {
        // "10x … for a full hour": ten hours of fees for each qualifying outage.
        credits.push({ belowPercent: null, outageHours: null, creditPercent: round((Number(hourly[1]) / (30 * 24)) * 100), basis: 'hours-of-service', span: row, creditSpan: null });
        continue;
      }
      if (days.length > 0 && shares.length === 0) {
        for (let i = 0; i < days.length; i++) {
          credits.push({
            belowPercent: thresholds[i]?.value ?? (thresholds.length > 0 ? Math.max(...thresholds.map((t) => t.value)) : null),
            outageHours: outageHours[i] ? toDays(outageHours[i]) * 24 : null,
            creditPercent: round((days[i].value / 30) * 100), basis: 'days-of-service', span: row, creditSpan: days[i].span,
          });
        }
        continue;
      }
      if (shares.length === 0) continue;
      if (thresholds.length === shares.length && shares.length > 1) {
        shares.forEach((s, i) => credits.push(tier(thresholds[i].value, null, s.value, row, s.span)));
      } else if (thresholds.length > 0) {
        credits.push(tier(Math.max(...thresholds.map((t) => t.value)), null, shares[shares.length - 1].value, row, shares[shares.length - 1].span));
      } else if (outageHours.length > 0) {
        credits.push(tier(null, outageHours[0].value, shares[0].value, row, shares[0].span));
      } else if (!rowCap) {
        credits.push(tier(null, null, shares[0].value, row, shares[0].span));
      }
    }
  }
  const top = credits.length > 0 ? credits.reduce((a, b) => (b.creditPercent > a.creditPercent ? b : a)) : null;
  return {
    credits,
    maxCreditPercent: cap?.percent ?? top?.creditPercent ?? null,
    maxCreditSpan: cap?.span ?? top?.creditSpan ?? top?.span ?? null,
    maxCreditBasis: cap ? 'cap' : top ? 'top-tier' : null,
    affectedServiceOnly,
    creditSentences,
  };
}

function isTable(sentence: SlaSentence): boolean {
  return /^\s*\|/.test(sentence.lower);
}

/**
 * A pipe-table row: the first cell states the achieved level, every later cell a credit (one column per plan in a
 * two-way table, one column in a plain one). Each credit above zero is a tier below the row's highest threshold.
 * Returns false for rows that are not table rows or whose first cell states no level (a header row).
 */
function tableRow(lower: string, percentsIn: (cell: Span) => PercentFact[], credits: CreditTier[], row: Span): boolean {
  if (!/^\s*\|/.test(lower)) return false;
  const cells: Span[] = [];
  const bar = /\|/g;
  let last = -1;
  for (let m = bar.exec(lower); m !== null; m = bar.exec(lower)) {
    if (last >= 0 && lower.slice(last + 1, m.index).trim() !== '') cells.push({ start: last + 1, end: m.index });
    last = m.index;
  }
  if (cells.length < 2) return false;
  const levels = percentsIn(cells[0]).filter((p) => p.value >= 80 && p.value < 100);
  if (levels.length === 0) return false;
  const below = Math.max(...levels.map((p) => p.value));
  for (const cell of cells.slice(1)) {
    const share = percentsIn(cell).find((p) => p.value < 80 || p.value === 100);
    if (share && share.value > 0) credits.push(tier(below, null, share.value, row, share.span));
  }
  return true;
}

function tier(belowPercent: number | null, outageHours: number | null, creditPercent: number, span: Span, creditSpan: Span): CreditTier {
  return { belowPercent, outageHours, creditPercent, basis: 'percent', span, creditSpan };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The tier a customer reaches first: the highest threshold, else the shortest outage, else the smallest credit. */
export function firstTier(credits: readonly CreditTier[]): CreditTier | null {
  if (credits.length === 0) return null;
  return [...credits].sort((a, b) =>
    (b.belowPercent ?? -1) - (a.belowPercent ?? -1)
    || (a.outageHours ?? Infinity) - (b.outageHours ?? Infinity)
    || a.creditPercent - b.creditPercent)[0];
}
