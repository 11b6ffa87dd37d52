import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { FactValue, Finding } from '../engine/model';
import type { Review } from '../engine/review';
import { ruleById } from '../engine/rules';
import { toRange } from './toProtocol';

/** The findings under the cursor, explained: what was found, why it matters, what to ask for. */
export function hoverAt(review: Review, offset: number): Hover | null {
  const here = review.findings.filter((f) => covers(f, offset));
  if (here.length === 0) return null;
  const innermost = here.reduce((a, b) => (b.span.end - b.span.start < a.span.end - a.span.start ? b : a));
  return {
    contents: { kind: MarkupKind.Markdown, value: here.map(describeFinding).join('\n\n---\n\n') },
    range: toRange(review.contract.lineStarts, innermost.span),
  };
}

function covers(finding: Finding, offset: number): boolean {
  const { start, end } = finding.span;
  return start === end ? offset === start : start <= offset && offset < end;
}

export function describeFinding(finding: Finding): string {
  const meta = ruleById(finding.ruleId)?.meta;
  const parts = [`**${escapeMarkdown(meta?.title || finding.ruleId)}** \`${finding.ruleId}\``, escapeMarkdown(finding.message)];
  // Details are Markdown the rule builds from numbers it read, not draft text, so they are not escaped.
  if (finding.details) parts.push(finding.details);
  if (meta?.why) parts.push(`**Why it matters:** ${escapeMarkdown(meta.why)}`);
  if (meta?.askFor) parts.push(`**What to ask for:** ${escapeMarkdown(meta.askFor)}`);
  const facts = Object.entries(finding.facts).filter(([, value]) => value !== null);
  if (facts.length > 0) {
    parts.push(['**Found:**', ...facts.map(([key, value]) => `- ${humanize(key)}: ${escapeMarkdown(showFact(value))}`)].join('\n'));
  }
  return parts.join('\n\n');
}

/** `noticeDays` → "notice days". */
function humanize(key: string): string {
  let out = '';
  for (const ch of key) {
    if (ch >= 'A' && ch <= 'Z') out += ` ${ch.toLowerCase()}`;
    else if (ch === '_' || ch === '-') out += ' ';
    else out += ch;
  }
  return out.trim();
}

function showFact(value: FactValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** Draft text in messages must not turn into Markdown links, emphasis or HTML. */
function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) out += '\\`*_[]<>#|'.includes(ch) ? `\\${ch}` : ch;
  return out;
}
