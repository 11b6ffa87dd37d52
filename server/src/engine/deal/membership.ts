// Which of the drafts beside this one belong to its deal. An element stated in
// the deal's DPA or SLA counts for the MSA; another vendor's paper in the same
// folder, or an earlier turn of this very draft, must never hide a finding.
// In order: the user's grouping (the playbook's `deals`), an earlier or later
// version of the same document, the parties named, a reference by title.
import type { DocumentKind } from '../model';
import { withoutVersionMarks, type DealIdentity, type NamedParty } from './identity';

export interface MembershipDecision {
  readonly member: boolean;
  /** Why, in words for the checklist and hover: "this draft refers to it as "Data Processing Addendum"". */
  readonly reason: string;
}

export interface DraftForDeal {
  /** The file name, when known ("msa.md"); the playbook's groups list file names. */
  readonly fileName?: string;
  readonly identity: DealIdentity;
  /** The draft's normalised text without its title line, lower case: searched for references to the other. */
  readonly lowerText: string;
}

// How a draft may name a paper of each kind without its exact title.
const KIND_NAMES: Partial<Record<DocumentKind, RegExp>> = {
  dpa: /\bdata (?:processing|protection) (?:addendum|agreement|exhibit|schedule|terms)\b|\bdpa\b/,
  sla: /\bservice level (?:agreement|schedule|exhibit|addendum|terms)\b|\bsla\b/,
  'order-form': /\border forms?\b/,
};

export function decideMembership(self: DraftForDeal, sibling: DraftForDeal & { readonly fileName: string }, groups: readonly (readonly string[])[]): MembershipDecision {
  const grouped = byGroups(self.fileName, sibling.fileName, groups);
  if (grouped) return grouped;
  const version = asVersion(self, sibling);
  if (version) return { member: false, reason: version };
  const parties = compareParties(self.identity.parties, sibling.identity.parties);
  if (parties.same === false) return { member: false, reason: `it names other parties (${names(sibling.identity.parties)})` };
  if (parties.same === true) return { member: true, reason: `it names the same parties (${names(sibling.identity.parties)})` };
  const reference = referenceTo(self, sibling.identity);
  if (reference) return { member: true, reason: `this draft refers to it as "${reference}"` };
  return { member: false, reason: 'it names no parties of this draft and this draft does not refer to it' };
}

function byGroups(self: string | undefined, sibling: string, groups: readonly (readonly string[])[]): MembershipDecision | null {
  const base = (name: string) => name.replace(/^.*[\\/]/, '').toLowerCase();
  const mine = self ? groups.find((group) => group.some((name) => base(name) === base(self))) : undefined;
  const theirs = groups.find((group) => group.some((name) => base(name) === base(sibling)));
  if (mine) {
    return mine === theirs
      ? { member: true, reason: 'the playbook lists it in this draft\'s deal' }
      : { member: false, reason: 'the playbook does not list it in this draft\'s deal' };
  }
  return theirs ? { member: false, reason: 'the playbook lists it in another deal' } : null;
}

/** Two turns of one document (msa-v1.md beside msa-v2.md) are not an annex of each other. */
function asVersion(self: DraftForDeal, sibling: DraftForDeal & { readonly fileName: string }): string | null {
  const a = self.identity;
  const b = sibling.identity;
  if (a.kind !== 'unknown' && a.kind === b.kind) return `it is another ${KIND_WORDS[a.kind]}, taken as an earlier or later version of this one rather than a part of the deal`;
  if (a.name.length > 0 && a.name === b.name && a.label === b.label) return 'it has this draft\'s title, so it is taken as another version of it rather than a part of the deal';
  if (self.fileName && stem(self.fileName) === stem(sibling.fileName)) return 'its file name differs from this draft\'s only by a version mark, so it is taken as another version of it';
  return null;
}

const KIND_WORDS: Record<Exclude<DocumentKind, 'unknown'>, string> = {
  msa: 'master agreement', sla: 'service level agreement', dpa: 'data processing agreement', 'order-form': 'order form',
};

function stem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '').toLowerCase().replace(/[-_.]+/g, ' ');
  return withoutVersionMarks(base.replace(/\(\d+\)/g, ' ').replace(/\b(?:copy|old|new|latest|prev(?:ious)?)\b/g, ' '));
}

/**
 * The buyer is often the same party in every vendor's paper, so when both
 * drafts say who the provider is, the provider decides; otherwise the names of
 * one draft must all be among the other's.
 */
function compareParties(a: readonly NamedParty[], b: readonly NamedParty[]): { same: boolean | null } {
  if (a.length === 0 || b.length === 0) return { same: null };
  const providerA = a.filter((p) => p.role === 'provider').map((p) => p.key);
  const providerB = b.filter((p) => p.role === 'provider').map((p) => p.key);
  if (providerA.length > 0 && providerB.length > 0) return { same: providerA.some((key) => providerB.includes(key)) };
  const keysA = a.map((p) => p.key);
  const keysB = b.map((p) => p.key);
  return { same: keysA.every((key) => keysB.includes(key)) || keysB.every((key) => keysA.includes(key)) };
}

function names(parties: readonly NamedParty[]): string {
  return parties.map((p) => p.name).join(', ');
}

/** How this draft refers to the sibling: by its title, its label ("Exhibit C"), or the name of its kind. */
function referenceTo(self: DraftForDeal, sibling: DealIdentity): string | null {
  const body = self.lowerText;
  if (sibling.name.split(' ').length >= 2 && new RegExp(`\\b${escape(sibling.name).replace(/ /g, '[\\s-]+')}\\b`).test(body)) return titleCase(sibling.name);
  if (sibling.label && new RegExp(`\\b${escape(sibling.label).replace(/ /g, '\\s+')}\\b`).test(body)) return titleCase(sibling.label);
  const kindName = KIND_NAMES[sibling.kind]?.exec(body);
  if (kindName) return kindName[0] === kindName[0].toLowerCase() && kindName[0].length <= 3 ? kindName[0].toUpperCase() : titleCase(kindName[0]);
  return null;
}

function titleCase(words: string): string {
  return words.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
