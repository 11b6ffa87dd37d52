import type { Finding, Severity } from '../../engine/model';
import type { KeyTerms } from '../../engine/keyTerms/types';
import { positionAt } from '../../engine/positions';
import type { ReviewedFile } from '../reviewedFile';
import { locatorFor } from './location';

/**
 * One line per finding, `file:line:column severity message [rule]`, 1-based like
 * compilers print them, so editors' problem matchers and grep can read them.
 */
export function formatFindingLines(file: ReviewedFile): string[] {
  const { lineStarts } = file.review.contract;
  // A Word or PDF draft: the line is the rendering's, so the page or heading comes first in the message.
  const locate = locatorFor(file);
  return file.review.findings.map((finding) => {
    const p = positionAt(lineStarts, finding.span.start);
    const where = locate?.(finding.span.start);
    return `${file.draft.path}:${p.line + 1}:${p.character + 1} ${finding.severity} ${where ? `(${where}) ` : ''}${oneLine(finding.message)} [${finding.ruleId}]`;
  });
}

/** A short human note of the key dates and periods, for stderr; null when the draft states none. */
export function describeKeyTerms(path: string, keyTerms: KeyTerms): string | null {
  const parts: string[] = [];
  if (keyTerms.effectiveDate) parts.push(`effective ${keyTerms.effectiveDate}`);
  if (keyTerms.initialTermMonths !== null) parts.push(`initial term ${months(keyTerms.initialTermMonths)}`);
  const renewal = keyTerms.renewal;
  if (renewal) {
    const how = renewal.automatic ? 'renews automatically' : renewal.byAgreement ? 'renews only if both parties agree' : 'renews at one party\'s option';
    if (renewal.termBasis === 'month-to-month') parts.push(`${how} month to month`);
    else if (renewal.termMonths !== null) parts.push(`${how} for ${months(renewal.termMonths)} at a time`);
    else parts.push(how);
    if (renewal.noticeDays !== null) parts.push(`non-renewal notice ${renewal.noticeDays} days before the term ends`);
    else if (renewal.noticeSpan) parts.push('non-renewal notice required, its length left blank');
  }
  if (keyTerms.nonRenewalNoticeDeadline) parts.push(`last day to give notice of non-renewal ${keyTerms.nonRenewalNoticeDeadline}`);
  return parts.length === 0 ? null : `${path}: key terms: ${parts.join('; ')}`;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** "1 error, 2 warnings in 1 file", or "no findings in 2 files". */
export function summarize(findings: readonly Finding[], fileCount: number): string {
  const counts = ORDER.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => `${count} ${plural(severity, count)}`);
  const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
  return counts.length === 0 ? `no findings in ${files}` : `${counts.join(', ')} in ${files}`;
}

function plural(severity: Severity, count: number): string {
  // "information" has no plural; say "notes" rather than "informations".
  if (severity === 'information') return count === 1 ? 'information note' : 'information notes';
  return count === 1 ? severity : `${severity}s`;
}

function months(n: number): string {
  if (n % 12 === 0) return n === 12 ? '1 year' : `${n / 12} years`;
  return n === 1 ? '1 month' : `${n} months`;
}

function oneLine(message: string): string {
  let out = '';
  for (const ch of message) out += ch === '\n' || ch === '\r' ? ' ' : ch;
  return out;
}
