// Who a clause is about. Drafts call the buyer "Customer", "Licensee",
// "Controller" … and the seller "Provider", "Licensor", "Processor" …, or give
// each party a name of its own in the preamble ("Acme, Inc. ("Acme")"). The
// role words are the vocabulary of the trade; the names come from the draft.
import type { Party, PartyRole } from './types';

const CUSTOMER_WORDS = new Set([
  'customer', 'customers', 'client', 'buyer', 'licensee', 'sublicensee', 'subscriber', 'purchaser', 'controller',
  'you', 'lessee', 'franchisee', 'distributor', 'reseller',
]);
const PROVIDER_WORDS = new Set([
  'provider', 'vendor', 'supplier', 'licensor', 'seller', 'contractor', 'processor', 'subprocessor', 'sub-processor',
  'consultant', 'we', 'us', 'lessor', 'franchisor', 'manufacturer', 'developer', 'operator', 'servicer',
]);

/** "either party", "each of the parties", "both parties", "the parties", "a party", "any party", "one party". */
const EITHER = /\b(?:either|each|any|both|one|a)\s+(?:of\s+the\s+)?(?:part(?:y|ies)|of\s+them)\b|\bthe\s+parties\b|\bparties\s+(?:hereto|may|shall|will)\b|^\s*(?:either|each)\b/;
/** "neither party", "no party", "neither of the parties", "neither X nor Y". */
const NEITHER = /\bneither\b|\bno\s+(?:other\s+)?part(?:y|ies)\b|\bnone\s+of\s+the\s+parties\b/;

/**
 * The party named in `words` (the subject of a clause, lower-cased). `names` are
 * the draft's own names for the parties, lower-cased, each with the role it
 * plays when the draft says so ('named' otherwise).
 */
export function resolveParty(words: string, names: ReadonlyMap<string, PartyRole>): Party {
  const text = words.trim().replace(/\s+/g, ' ');
  if (!text) return { role: 'none', text };
  if (NEITHER.test(text)) return { role: 'neither', text };
  if (EITHER.test(text)) return { role: 'either', text };
  // The last party word wins: "the Affiliates of Customer" are Customer's side; "Customer's auditor" acts for Customer.
  const tokens = text.split(/[^a-z0-9'\u2019-]+/).filter(Boolean).map((t) => t.replace(/['\u2019]s?$/, ''));
  let found: { role: PartyRole; word: string; at: number } | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    const role = partyWord(tokens, i, names);
    if (!role) continue;
    if (!found) {
      found = { role, word: token, at: i };
      continue;
    }
    // "Customer or Provider", "the Supplier and the Buyer", "Acme and Globex": two parties joined are both parties.
    const between = tokens.slice(i + 1, found.at);
    if (token !== found.word && between.length <= 2 && (between.includes('and') || between.includes('or'))) return { role: 'either', text };
    break;
  }
  return { role: found?.role ?? 'none', text };
}

function partyWord(tokens: readonly string[], i: number, names: ReadonlyMap<string, PartyRole>): PartyRole | undefined {
  const token = tokens[i];
  const named = names.get(token) ?? (i > 0 ? names.get(`${tokens[i - 1]} ${token}`) : undefined);
  if (named) return named;
  if (CUSTOMER_WORDS.has(token)) return 'customer';
  if (PROVIDER_WORDS.has(token)) return 'provider';
  return undefined;
}

/** The role a defined party name plays when the name itself is a role word ("Licensee"), else 'named'. */
export function roleOfName(name: string): PartyRole {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  if (CUSTOMER_WORDS.has(last)) return 'customer';
  if (PROVIDER_WORDS.has(last)) return 'provider';
  return 'named';
}
