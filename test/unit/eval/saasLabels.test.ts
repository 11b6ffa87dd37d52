import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partOf } from '../../eval/parts';
import { scoreSaas, type SaasLabels } from '../../eval/saasLabels';

describe('eval: SaaS documents scored against their labels', () => {
  const open = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'].find((n) => partOf(n) === 'open') as string;
  const sealed = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md', 'g.md', 'h.md'].find((n) => partOf(n) === 'sealed') as string;
  const labels: SaasLabels = {
    families: ['sla', 'dpa'],
    documents: {
      [open]: { expect: ['sla/weak-credits', 'dpa/mutable-dpa'] },
      [sealed]: { expect: ['sla/sole-remedy'] },
    },
  };

  it('counts each rule once per document, per family and part, and ignores other families and unlabelled files', () => {
    const score = scoreSaas([
      { draft: `saas/${open}`, kind: 'msa', findings: { 'sla/weak-credits': 3, 'sla/broad-exclusion': 1, 'renewal/long-renewal-term': 1 } },
      { draft: `saas/${sealed}`, kind: 'sla', findings: { 'sla/sole-remedy': 1 } },
      { draft: 'saas/unlabelled.md', kind: 'sla', findings: { 'sla/sole-remedy': 1 } },
    ], labels);
    assert.ok(score);
    assert.deepEqual(score.documents, { open: 1, sealed: 1 });
    const sla = (part: string) => score.scores.find((s) => s.family === 'sla' && s.part === part);
    assert.deepEqual({ ...sla('open') }, { family: 'sla', part: 'open', tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    assert.deepEqual({ ...sla('sealed') }, { family: 'sla', part: 'sealed', tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    const dpa = score.scores.find((s) => s.family === 'dpa' && s.part === 'whole');
    assert.deepEqual([dpa?.tp, dpa?.fn, dpa?.precision, dpa?.recall], [0, 1, null, 0]);
    assert.deepEqual(score.openErrors, { [open]: ['+sla/broad-exclusion', '-dpa/mutable-dpa'] });
  });

  it('returns null when no labelled document was reviewed', () => {
    assert.equal(scoreSaas([{ draft: 'x/other.md', kind: 'msa', findings: {} }], labels), null);
  });

  it('labels only rules of the families it scores, in a file the harness can read', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../eval/saasLabels.json'), 'utf8')) as SaasLabels;
    for (const [name, doc] of Object.entries(file.documents)) {
      for (const id of doc.expect) assert.ok(file.families.includes(id.split('/')[0]), `${name}: ${id}`);
    }
  });
});
