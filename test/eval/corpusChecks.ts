import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readKeyTerms } from '../../server/src/engine/keyTerms';
import { withEverySentenceCandidate } from '../../server/src/engine/keyTerms/sentenceIndex';
import type { Contract } from '../../server/src/engine/model';
import { parseContract } from '../../server/src/engine/parse';

// Checks that need real contracts, so they run here and not in `npm test` (which
// reads only text the project wrote): on an even spread of CUAD contracts, the
// document kind is never an SLA or a DPA, and the key-term candidate filters change
// nothing (a stem list that falls behind its pattern makes a reader miss sentences silently).

export interface CheckResult {
  readonly check: string;
  readonly passed: number;
  readonly total: number;
  /** The contracts that failed, with what went wrong. */
  readonly failures: readonly string[];
}

/** An even spread over the sorted folder, so the sample is stable and not one alphabetical corner. */
function sample(dir: string, size: number): string[] {
  const names = readdirSync(dir).filter((n) => extname(n) === '.txt').sort();
  const step = Math.max(1, Math.floor(names.length / size));
  const picked: string[] = [];
  for (let i = 0; i < names.length && picked.length < size; i += step) picked.push(names[i]);
  return picked;
}

/** The key terms the candidate filters feed. */
function filteredTerms(contract: Contract): Record<string, unknown> {
  const t = readKeyTerms(contract);
  return {
    sla: t.sla, dpa: t.dpa, exit: t.exit, expirationDate: t.expirationDate, governingLaw: t.governingLaw,
    liabilityCap: t.liabilityCap, terminationForConvenience: t.terminationForConvenience, minimumCommitment: t.minimumCommitment,
  };
}

export function runCorpusChecks(cuadContracts: string): CheckResult[] {
  const kinds: string[] = [];
  const kindFailures: string[] = [];
  for (const name of sample(cuadContracts, 60)) {
    const kind = parseContract(readFileSync(join(cuadContracts, name), 'utf8'), 'plaintext').kind;
    kinds.push(kind);
    if (kind === 'sla' || kind === 'dpa') kindFailures.push(`${name}: read as ${kind}`);
  }
  const msaOrUnknown = kinds.filter((k) => k === 'msa' || k === 'unknown').length;
  const msa = kinds.filter((k) => k === 'msa').length;

  const filterFailures: string[] = [];
  const filterSample = sample(cuadContracts, 40);
  for (const name of filterSample) {
    const contract = parseContract(readFileSync(join(cuadContracts, name), 'utf8'), 'plaintext');
    const filtered = filteredTerms(contract);
    const unfiltered = filteredTerms(withEverySentenceCandidate(contract));
    const differs = Object.keys(unfiltered).filter((k) => JSON.stringify(filtered[k]) !== JSON.stringify(unfiltered[k]));
    if (differs.length > 0) filterFailures.push(`${name}: ${differs.join(', ')} differ when every sentence is a candidate`);
  }
  return [
    { check: 'CUAD contracts never read as an SLA or a DPA', passed: kinds.length - kindFailures.length, total: kinds.length, failures: kindFailures },
    { check: 'CUAD contracts read as msa or unknown', passed: msaOrUnknown, total: kinds.length, failures: [] },
    { check: 'CUAD contracts read as msa', passed: msa, total: kinds.length, failures: [] },
    { check: 'candidate filters change no key term', passed: filterSample.length - filterFailures.length, total: filterSample.length, failures: filterFailures },
  ];
}
