import type { Rule, RuleFinding } from '../../rule';
import { formatNumber, numberToWords } from '../../extract';

export const numberMismatch: Rule = {
  meta: {
    id: 'drafting/number-mismatch',
    family: 'drafting',
    title: 'Number in words and figures disagree',
    defaultSeverity: 'error',
    why: 'When the words and the figures differ ("thirty (60) days"), each side can argue for the reading that suits it, and courts apply different tie-breakers. A notice period or a cap may end up not being what the buyer agreed.',
    askFor: 'Words and figures that say the same number; decide which one the parties meant and correct the other.',
    appliesTo: ['msa', 'sla', 'dpa', 'order-form', 'unknown'],
  },
  check({ contract }): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const n of contract.facts.numbers) {
      if (!n.words || !n.digits || n.words.value === n.digits.value) continue;
      const wordsText = contract.text.slice(n.words.span.start, n.words.span.end);
      const written = contract.text.slice(n.span.start, n.span.end);
      const asWords = matchCase(numberToWords(n.digits.value), wordsText);
      findings.push({
        span: n.span,
        message: `"${written}": the words say ${n.words.value} but the figure says ${n.digits.value}.`,
        facts: { words: n.words.value, digits: n.digits.value },
        fixes: [
          { title: `Use ${n.words.value}: change the figure to ${n.words.value}`, edits: [{ span: n.digits.span, newText: formatNumber(n.words.value, 'digits') }], safe: false },
          { title: `Use ${n.digits.value}: change the words to "${asWords}"`, edits: [{ span: n.words.span, newText: asWords }], safe: false },
        ],
      });
    }
    return findings;
  },
};

/** "Thirty" → "Sixty", "THIRTY" → "SIXTY", "thirty" → "sixty". */
function matchCase(words: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return words.toUpperCase();
  if (/^[A-Z]/.test(like)) {
    return /\s[A-Z]/.test(like) ? words.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : words.charAt(0).toUpperCase() + words.slice(1);
  }
  return words;
}
