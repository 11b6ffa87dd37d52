import { parseContract } from '../../../server/src/engine/parse';
import { readExit } from '../../../server/src/engine/keyTerms/exit/readExit';

/** The sentences of a plain-text draft that the exit reader takes for duties after the end. */
export function postTerminationFound(text: string): string[] {
  const contract = parseContract(text, 'plaintext');
  return readExit(contract).postTerminationSentences.map((s) => contract.text.slice(s.start, s.end));
}
