import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_PATH } from '../../../client/src/commands/samplePath';

// The walkthrough's sample is the sample the engine's tests review, so what the
// walkthrough promises about it stays true.

const ROOT = join(__dirname, '..', '..', '..');

describe('walkthrough sample draft', () => {
  it('is the same text as the tests\' sample', () => {
    assert.equal(readFileSync(join(ROOT, SAMPLE_PATH), 'utf8'), readFileSync(join(ROOT, 'test', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8'));
  });

  it('is shipped, and every walkthrough step\'s page exists', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { walkthroughs: { steps: { id: string; description: string; media: { markdown?: string } }[] }[] };
    };
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
    assert.ok(steps.some((s) => s.description.includes('command:contractReview.openSample')), 'a step opens the sample');
    assert.ok(steps.some((s) => s.description.includes('command:contractReview.exportMemo')), 'a step exports the memo');
    for (const step of steps) {
      assert.ok(step.media.markdown, step.id);
      assert.ok(readFileSync(join(ROOT, step.media.markdown), 'utf8').length > 0, step.media.markdown);
    }
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!client\/media\/\*\*$/m);
  });
});
