import type { SourceFormat } from './model';
import type { SiblingTerms } from './rule';
import { parseContract } from './parse';
import { readKeyTerms } from './keyTerms';

/** Another draft of the same deal, as the caller read it from the folder. */
export interface SiblingDraft {
  readonly path: string;
  readonly text: string;
}

/** Markdown by extension, plain text otherwise: the same choice the CLI makes. */
function formatOf(path: string): SourceFormat {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown') ? 'markdown' : 'plaintext';
}

/** The key terms of each sibling draft, read once per review so rules stay pure. */
export function readSiblingTerms(siblings: readonly SiblingDraft[]): SiblingTerms[] {
  return siblings.map((sibling) => {
    const contract = parseContract(sibling.text, formatOf(sibling.path));
    return { path: sibling.path, kind: contract.kind, keyTerms: readKeyTerms(contract) };
  });
}
