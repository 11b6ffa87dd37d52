import { STATE_LABELS } from '../families';
import { describeDocumentKind, type Memo } from './model';

// The memo in Markdown: the file written beside the draft, and the source of the
// HTML rendering. Every piece of draft text is escaped, so a clause that contains
// Markdown (or HTML) is shown as written, never interpreted.

const STATE_MARKS = { met: '✅', weak: '⚠️', missing: '❌', 'not-applicable': '➖', found: 'ℹ️', 'not-found': 'ℹ️' } as const;

export function memoToMarkdown(memo: Memo): string {
  const out: string[] = [];
  out.push(`# Review memo: ${escapeInline(memo.title)}`, '');
  out.push(`- **Document:** ${escapeInline(memo.documentName)} (reviewed as a ${describeDocumentKind(memo.kind)})`);
  out.push(`- **Findings:** ${memo.findingCounts}`);
  out.push(`- **Checklist:** ${memo.checklistCounts}`);
  for (const line of memo.deadlines) out.push(`- **Deadline:** ${escapeInline(line)}`);
  out.push('', 'Contract Review reads the draft\'s own words; check each point against the full text before relying on it.', '');

  out.push('## Checklist', '');
  for (const family of memo.checklist) {
    out.push(`### ${family.label}`, '');
    out.push('| | Item | State | What the draft says | Findings |', '| --- | --- | --- | --- | --- |');
    for (const item of family.items) {
      const refs = item.findingNumbers.map((n) => `[${n}](#finding-${n})`).join(', ');
      out.push(`| ${STATE_MARKS[item.state]} | ${escapeCell(item.title)} | ${STATE_LABELS[item.state]} | ${escapeCell(item.detail)} | ${refs} |`);
    }
    out.push('');
  }

  out.push('## Findings', '');
  if (memo.findings.length === 0) out.push('No findings.', '');
  for (const f of memo.findings) {
    out.push(`<a id="finding-${f.number}"></a>`, '');
    out.push(`### ${f.number}. ${escapeInline(f.title)} (${f.severity})`, '');
    out.push(`*${escapeInline(f.where)}* · \`${f.ruleId}\``, '');
    out.push(...f.quote.split('\n').map((line) => `> ${escapeInline(line)}`), '');
    out.push(`**What the draft says.** ${escapeInline(f.message)}`, '');
    if (f.why) out.push(`**Why it matters.** ${escapeInline(f.why)}`, '');
    if (f.askFor) out.push(`**What to ask for.** ${escapeInline(f.askFor)}`, '');
    if (f.suggestedWording) out.push('**Suggested wording.**', '', ...f.suggestedWording.split('\n').map((line) => `> ${escapeInline(line)}`), '');
  }

  out.push('## Key terms', '');
  if (memo.keyTerms.length === 0) out.push('No key terms read.', '');
  else {
    out.push('| Group | Term | Value | How read |', '| --- | --- | --- | --- |');
    for (const row of memo.keyTerms) {
      const how = row.confidence === 'read' ? 'stated' : row.confidence === 'derived' ? 'worked out' : 'low confidence';
      out.push(`| ${row.group} | ${escapeCell(row.label)} | ${escapeCell(row.value)} | ${how}${row.note ? `: ${escapeCell(row.note)}` : ''} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Backslash-escapes the characters Markdown (and inline HTML) would act on. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`).replace(/^(\s*)([-=+#]|\d+\.)(?=\s)/, (_, space: string, mark: string) => `${space}${mark.replace(/[-=+#.]/, (c) => `\\${c}`)}`);
}

function escapeCell(text: string): string {
  return escapeInline(text.replace(/\s+/g, ' '));
}
