import type { Rule, RuleFinding } from '../../rule';
import { titleLine } from '../../keyTerms/dpa/sentenceScan';
import { anchorFor, insertClauseFix, siblingWith } from './placement';

export const missingDpa: Rule = {
  meta: {
    id: 'dpa/missing-dpa',
    family: 'dpa',
    title: 'Personal data handled without a data processing agreement',
    defaultSeverity: 'warning',
    why: 'A contact-center platform stores recordings, transcripts and customer records. Without a DPA the vendor\'s duties for that data (security, breach notice, subprocessors, deletion) are whatever its policies say today, and the buyer carries the regulatory risk.',
    askFor: 'A signed DPA, attached as an exhibit or referenced by a fixed version, covering residency, subprocessors, breach notice, audits, deletion and the privacy laws that apply.',
    appliesTo: ['msa'],
  },
  check(context): RuleFinding[] {
    const dpa = context.keyTerms.dpa;
    if (!dpa || !dpa.handlesPersonalData || dpa.present) return [];
    if (siblingWith(context, (t, s) => s.kind === 'dpa' || t.dpa?.present === true)) return [];
    // No data-protection section exists, so the finding sits on the title; the clause goes after confidentiality.
    const insertInto = anchorFor(context, /\bconfidential/);
    return [{
      span: titleLine(context.contract),
      message: 'The agreement handles personal data but has no data processing agreement and refers to none.',
      facts: { handlesPersonalData: true, present: false },
      fixes: insertClauseFix(context, insertInto, 'dpa/data-protection', 'Insert a data protection clause from the clause library'),
    }];
  },
};
