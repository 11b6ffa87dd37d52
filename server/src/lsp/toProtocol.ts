import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Finding, Severity, Span } from '../engine/model';
import type { Review } from '../engine/review';
import type { PlaybookProblem } from '../engine/playbook/load';
import { ruleById } from '../engine/rules';
import { computeLineStarts, rangeOf } from '../engine/positions';
import { DRAFT_TOO_LARGE } from '../inputLimits';
import { checklistFamilies } from './checklistFamilies';
import { upcomingDeadline } from './upcomingDeadline';
import {
  DIAGNOSTIC_SOURCE,
  PLAYBOOK_DIAGNOSTIC_CODE,
  TOO_LARGE_DIAGNOSTIC_CODE,
  ruleDocumentationAnchor,
  type ChecklistResult,
  type FindingDiagnosticData,
  type ReviewResult,
} from '../protocol';

export function toRange(lineStarts: readonly number[], span: Span): Range {
  return rangeOf(lineStarts, span);
}

export function toSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    case 'hint': return DiagnosticSeverity.Hint;
  }
}

/**
 * A finding as the editor shows it. `data` carries everything a code action
 * needs, so code actions never look anything up (and a stale one is detectable).
 * `documentationUri` is the README's file URI; null leaves the link out.
 */
export function findingToDiagnostic(finding: Finding, lineStarts: readonly number[], version: number, documentationUri: string | null): Diagnostic {
  const data: FindingDiagnosticData = { ruleId: finding.ruleId, fixes: finding.fixes, version };
  const diagnostic: Diagnostic = {
    range: toRange(lineStarts, finding.span),
    severity: toSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    message: finding.message,
    data,
  };
  if (documentationUri !== null) {
    diagnostic.codeDescription = { href: `${documentationUri}#${ruleDocumentationAnchor(finding.ruleId)}` };
  }
  return diagnostic;
}

export function tooLargeDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: TOO_LARGE_DIAGNOSTIC_CODE,
    // The CLI's words too ("cannot review FILE: it is larger than …"): one limit, one message.
    message: `Contract Review does not review this file: it is ${DRAFT_TOO_LARGE}.`,
  };
}

/** A playbook problem, placed in the playbook file (or on its first line when it has no single place). */
export function playbookProblemToDiagnostic(problem: PlaybookProblem, playbookText: string): Diagnostic {
  const lineStarts = computeLineStarts(playbookText);
  const firstLineEnd = lineStarts.length > 1 ? lineStarts[1] : playbookText.length;
  const range = problem.span
    ? toRange(lineStarts, clampSpan(problem.span, playbookText.length))
    : toRange(lineStarts, { start: 0, end: trimLineBreak(playbookText, firstLineEnd) });
  return {
    range,
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: PLAYBOOK_DIAGNOSTIC_CODE,
    message: problem.message,
  };
}

/** `today` (YYYY-MM-DD) rolls the renewal deadline forward to the term running now. */
export function toChecklistResult(review: Review, version: number, today: string): ChecklistResult {
  const { lineStarts } = review.contract;
  return {
    version,
    kind: review.kind,
    keyTerms: review.keyTerms,
    upcomingDeadline: upcomingDeadline(review.keyTerms, today),
    families: checklistFamilies(review.checklist),
    items: review.checklist.map((item) => ({
      id: item.id,
      family: item.family,
      title: item.title,
      state: item.state,
      ruleIds: item.ruleIds,
      detail: item.detail,
      test: item.test,
      range: item.span ? toRange(lineStarts, item.span) : null,
      findings: review.findings
        .filter((finding) => item.ruleIds.includes(finding.ruleId))
        .map((finding) => ({ ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: toRange(lineStarts, finding.span) })),
    })),
  };
}

export function toReviewResult(review: Review, version: number): ReviewResult {
  const { lineStarts } = review.contract;
  return {
    version,
    kind: review.kind,
    keyTerms: review.keyTerms,
    findings: review.findings.map((finding) => ({
      ruleId: finding.ruleId,
      title: ruleById(finding.ruleId)?.meta.title ?? finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      range: toRange(lineStarts, finding.span),
      span: finding.span,
      facts: finding.facts,
      fixes: finding.fixes,
    })),
  };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.min(Math.max(0, span.start), length);
  return { start, end: Math.min(Math.max(start, span.end), length) };
}

function trimLineBreak(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
  return e;
}
