import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.liabilityCap ?? null;

// Limitation sentences from CUAD's "Cap On Liability" spans, and near misses that are not limitations.
const LIMITS: readonly string[] = [
  'IN NO EVENT SHALL EITHER PARTY BE LIABLE TO THE OTHER FOR ANY SPECIAL, INDIRECT, EXEMPLARY OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.',
  'Neither party shall be liable to the other for lost profits or indirect, special consequential or punitive damages of any kind.',
  'NEITHER PARTY SHALL HAVE ANY LIABILITY FOR ANY INDIRECT, SPECIAL, PUNITIVE OR CONSEQUENTIAL DAMAGES INCLUDING LOSS OF PROFIT.',
  'Each Party waives any right to claim consequential, incidental, indirect, exemplary, punitive or other kinds of indirect damages from the other Party for a breach of this Contract.',
  'Norvale Ltd\'s liability for indirect loss, such as consequential loss, loss of profit, lost savings and loss from business interruption, is excluded.',
  'None of the members of the Provider Group shall be liable for any special, indirect, incidental, consequential or punitive damages of any kind whatsoever.',
  'No action, regardless of form, arising out of this Agreement may be brought by either party more than one (1) year after the cause of action has arisen.',
  'This will be Kestrel\'s sole and exclusive obligation and the Buyer\'s sole and exclusive remedy for faulty Units and spares.',
];
const NOT_LIMITS: readonly string[] = [
  'In no event shall either Party answer for the debts or liabilities of the other, save as this Contract expressly provides.',
  'North shall not be liable for any debts or obligations of Company resulting directly or indirectly from the use of the North\'s Likeness.',
  'The rights to terminate in this Contract shall not be the exclusive remedy of the party not in default.',
  'Contractor shall maintain commercial general liability insurance in an amount of $2,000,000 per occurrence.',
  'LIMITATION OF LIABILITY.',
];

describe('key terms: liability cap', () => {
  for (const text of LIMITS) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of NOT_LIMITS) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));

  it('reads a cap measured by fees and its period, and keeps every limiting sentence', () => {
    const text = 'Neither party shall be liable for any indirect or consequential damages. In no event shall either party\'s aggregate liability arising out of this Agreement exceed the fees paid by Customer in the twelve (12) months before the claim.';
    const cap = read(text);
    assert.ok(cap);
    assert.equal(cap.feesBased, true);
    assert.equal(cap.feesMonths, 12);
    assert.equal(cap.excludesIndirect, true);
    assert.equal(cap.sentences.length, 2);
    assert.ok(text.slice(cap.span.start, cap.span.end).includes('aggregate liability'));
  });

  it('reads a cap stated as an amount', () => {
    const cap = read('The total liability of Provider under this Agreement shall not exceed $1,000,000.');
    assert.equal(cap?.amount, 1_000_000);
    assert.equal(cap?.currency, 'USD');
  });
});
