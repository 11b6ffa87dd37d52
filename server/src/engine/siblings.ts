import type { Contract, SourceFormat } from './model';
import type { SiblingTerms } from './rule';
import { parseContract } from './parse';
import { readKeyTerms } from './keyTerms';
import { readDealIdentity } from './deal/identity';
import { decideMembership, type DraftForDeal } from './deal/membership';

/** Another draft in the same folder, as the caller read it. */
export interface SiblingDraft {
  readonly path: string;
  readonly text: string;
}

/** What the review made of one sibling draft: part of this deal or not, and why. */
export interface DealDocument {
  readonly path: string;
  readonly member: boolean;
  readonly reason: string;
}

/** Markdown by extension, plain text otherwise: the same choice the CLI makes. */
function formatOf(path: string): SourceFormat {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown') ? 'markdown' : 'plaintext';
}

/**
 * The key terms of each sibling draft that belongs to this draft's deal, read
 * once per review so rules stay pure, and the decision for every sibling.
 */
export function readSiblingTerms(
  self: Contract,
  selfName: string | undefined,
  siblings: readonly SiblingDraft[],
  groups: readonly (readonly string[])[],
): { terms: SiblingTerms[]; documents: DealDocument[] } {
  const mine = forDeal(self, selfName);
  const terms: SiblingTerms[] = [];
  const documents: DealDocument[] = [];
  for (const sibling of siblings) {
    const contract = parseContract(sibling.text, formatOf(sibling.path));
    const decision = decideMembership(mine, { ...forDeal(contract, sibling.path), fileName: sibling.path }, groups);
    documents.push({ path: sibling.path, ...decision });
    if (decision.member) terms.push({ path: sibling.path, kind: contract.kind, keyTerms: readKeyTerms(contract), reason: decision.reason });
  }
  return { terms, documents };
}

function forDeal(contract: Contract, fileName: string | undefined): DraftForDeal {
  const lower = contract.normalized.toLowerCase();
  // The title line names the draft itself, not another paper of the deal.
  const title = /^[^a-z]*[a-z][^\n]*/.exec(lower);
  return { fileName, identity: readDealIdentity(contract), lowerText: title ? lower.slice(title[0].length) : lower };
}
