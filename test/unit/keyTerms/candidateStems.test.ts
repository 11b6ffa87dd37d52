import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseContract } from '../../../server/src/engine/parse';
import type { Contract, SourceFormat } from '../../../server/src/engine/model';
import { readKeyTerms } from '../../../server/src/engine/keyTerms';
import { withEverySentenceCandidate } from '../../../server/src/engine/keyTerms/sentenceIndex';

// The key-term readers look only at sentences holding one of a few literal
// stems (sla/dpa/exit candidates.ts) or a cue match (cueSentences.ts). A stem
// list that falls behind its pattern makes a reader miss sentences without any
// error, so every draft we hold is read twice, with the filters on and off, and
// the key terms the filters feed must come out the same (npm run eval does the
// same on a sample of real contracts).

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface Draft {
  readonly name: string;
  readonly path: string;
  readonly format: SourceFormat;
}

function draftsUnder(dir: string): Draft[] {
  const out: Draft[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...draftsUnder(path));
    else if (extname(entry) === '.md' || extname(entry) === '.txt') out.push({ name: relative(ROOT, path), path, format: formatOf(path) });
  }
  return out;
}

function formatOf(path: string): SourceFormat {
  return extname(path) === '.md' ? 'markdown' : 'plaintext';
}

/** The key terms the candidate filters feed: SLA, DPA, exit and the commercial terms. */
function filteredTerms(contract: Contract): Record<string, unknown> {
  const terms = readKeyTerms(contract);
  return {
    sla: terms.sla,
    dpa: terms.dpa,
    exit: terms.exit,
    expirationDate: terms.expirationDate,
    governingLaw: terms.governingLaw,
    liabilityCap: terms.liabilityCap,
    terminationForConvenience: terms.terminationForConvenience,
    minimumCommitment: terms.minimumCommitment,
  };
}

function assertFiltersChangeNothing(draft: Draft): void {
  const contract = parseContract(readFileSync(draft.path, 'utf8'), draft.format);
  const filtered = filteredTerms(contract);
  const unfiltered = filteredTerms(withEverySentenceCandidate(contract));
  for (const key of Object.keys(unfiltered)) {
    assert.deepEqual(filtered[key], unfiltered[key], `${draft.name}: ${key} differs when every sentence is a candidate, so a candidate stem list misses a word its pattern accepts`);
  }
}

describe('key-term candidate stems', () => {
  it('turns the filters off on a marked copy only', () => {
    const text = 'Customer data stays in the EU. Fees are due monthly.';
    const contract = parseContract(text, 'plaintext');
    const copy = withEverySentenceCandidate(contract);
    assert.notEqual(copy, contract);
    assert.equal(copy.normalized, contract.normalized);
    assert.deepEqual(filteredTerms(contract), filteredTerms(copy));
  });

  const fixtureDrafts = draftsUnder(FIXTURES);

  it('finds the fixture drafts to check', () => {
    assert.ok(fixtureDrafts.length > 50, `only ${fixtureDrafts.length} drafts under test/fixtures`);
    assert.ok(fixtureDrafts.some((d) => d.name.includes('samples')), 'no draft from test/fixtures/samples');
    assert.ok(fixtureDrafts.some((d) => d.name.includes('wholeDrafts')), 'no whole made-up draft from test/fixtures/wholeDrafts');
  });

  it('read the same key terms from every fixture draft with and without the filters', () => {
    for (const draft of fixtureDrafts) assertFiltersChangeNothing(draft);
  });
});
