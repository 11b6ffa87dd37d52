import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Finding, Span } from '../engine/model';
import { creditTable } from '../engine/explain/slaCredits';
import type { SlaTerms } from '../engine/keyTerms/sla/types';
import type { Review } from '../engine/review';
import { ruleById } from '../engine/rules';
import { toRange } from './toProtocol';
import { dealSectionAt } from './dealHover';

/** The findings under the cursor, explained: what was found, why it matters, what to ask for. */
export function hoverAt(review: Review, offset: number, options: { readonly suggestions?: boolean } = {}): Hover | null {
  const here = review.findings.filter((f) => covers(f, offset));
  const sections = here.map((f) => (options.suggestions ? describeFinding(f) + suggestedWording(f) : describeFinding(f)));
  const credits = creditClauseAt(review, offset);
  // The tier table explains a credit clause even when nothing in it breaks the playbook.
  if (credits && !here.some((f) => f.details)) sections.push(`**Service credits**\n\n${creditTable(credits.sla, review.playbook)}`);
  const deal = dealSectionAt(review, offset);
  if (deal) sections.push(deal.text);
  if (sections.length === 0) return null;
  const spans = [...here.map((f) => f.span), ...(credits ? [credits.span] : []), ...(deal ? [deal.span] : [])];
  const innermost = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: toRange(review.contract.lineStarts, innermost),
  };
}

/** The credit tier or cap under the cursor, with the SLA it belongs to. */
function creditClauseAt(review: Review, offset: number): { sla: SlaTerms; span: Span } | null {
  const sla = review.keyTerms.sla;
  if (!sla) return null;
  const spans = [...sla.credits.map((t) => t.span), ...(sla.maxCreditSpan ? [sla.maxCreditSpan] : [])];
  const span = spans.find((s) => s.start <= offset && offset < s.end);
  return span ? { sla, span } : null;
}

function covers(finding: Finding, offset: number): boolean {
  const { start, end } = finding.span;
  return start === end ? offset === start : start <= offset && offset < end;
}

/**
 * The hover beside a diagnostic. Editors show the diagnostic's message with it,
 * and that message already names the values read and the playbook's position,
 * so the hover adds what the message does not: the rule's title, the credit
 * table where there is one, why it matters and what to ask for. The facts the
 * rule recorded (field names and yes/no values) stay in the JSON and SARIF output.
 */
export function describeFinding(finding: Finding): string {
  const meta = ruleById(finding.ruleId)?.meta;
  const parts = [`**${escapeMarkdown(meta?.title || finding.ruleId)}**`];
  // Details are Markdown the rule builds from numbers it read, not draft text, so they are not escaped.
  if (finding.details) parts.push(finding.details);
  if (meta?.why) parts.push(`**Why it matters:** ${escapeMarkdown(meta.why)}`);
  if (meta?.askFor) parts.push(`**What to ask for:** ${escapeMarkdown(meta.askFor)}`);
  return parts.join('\n\n');
}

/** The fixes' new wording, for a reader who cannot apply them (a read-only rendering): quoted, to copy. */
function suggestedWording(finding: Finding): string {
  const lines = finding.fixes.flatMap((fix) => {
    const wording = fix.edits.map((e) => e.newText.replace(/\s+/g, ' ').trim()).filter((t) => t !== '').join(' … ');
    return wording === '' ? [] : [`- ${escapeMarkdown(fix.title)}: \`${wording.replace(/`/g, "'")}\``];
  });
  return lines.length === 0 ? '' : `\n\n**Suggested wording** (the rendering is read-only: copy it into the draft):\n${lines.join('\n')}`;
}

/** Draft text in messages must not turn into Markdown links, emphasis or HTML. */
function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) out += '\\`*_[]<>#|'.includes(ch) ? `\\${ch}` : ch;
  return out;
}
