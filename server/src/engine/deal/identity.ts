// What a draft says about which deal it belongs to: its title (and an exhibit
// label such as "Exhibit C"), and the legal names of the parties its preamble
// introduces. Lawyers keep several vendors' drafts in one folder, so these are
// what tells the DPA of this deal from another vendor's MSA.
import type { Contract, DocumentKind } from '../model';
import { roleOfName } from '../semantics/parties';

export type NamedPartyRole = 'customer' | 'provider' | 'unknown';

export interface NamedParty {
  /** As written: "Northwind Contact Cloud, Inc.". */
  readonly name: string;
  /** Lower case, no company suffix or punctuation: "northwind contact cloud". */
  readonly key: string;
  readonly role: NamedPartyRole;
}

export interface DealIdentity {
  readonly kind: DocumentKind;
  /** The first line's words, lower case, without Markdown marks: "exhibit c - service levels". */
  readonly title: string;
  /** "exhibit c", "schedule 2" when the title opens with one; else null. */
  readonly label: string | null;
  /** The title without its label or version marks: "service levels". */
  readonly name: string;
  readonly parties: readonly NamedParty[];
}

/** Parties are introduced in the preamble: only this much of the draft is searched for them. */
const PREAMBLE = 3000;
const TITLE_LINE = 150;

const LABEL = /^(exhibit|schedule|annex|appendix|attachment|addendum)\s+([a-z0-9]{1,4})\b[\s.:-]*/;
// Marks of one version of a document: "(v2)", "version 3", "draft", "redline", "rev. 4", "final".
const VERSION_MARKS = /\(?\b(?:v(?:er(?:sion)?)?\.? ?\d+(?:\.\d+)*|rev(?:ision)?\.? ?\d+|draft(?: \d+)?|redline[sd]?|clean|final|marked(?: up)?|\d{4}-\d{2}-\d{2})\b\)?/g;

const SUFFIX = '(?:Inc|Incorporated|LLC|L\\.L\\.C|Ltd|Limited|Corp|Corporation|GmbH|AG|S\\.A|SAS|S\\.A\\.S|B\\.V|N\\.V|plc|PLC|LLP|L\\.P|LP|Pty\\.? Ltd|Co)';
// One to six capitalised words, then a company suffix: "Harbor Retail Group LLC", "Northwind Contact Cloud, Inc.".
const ENTITY = new RegExp(`\\b((?:[A-Z][A-Za-z0-9&'-]*,? ){1,6})${SUFFIX}\\b\\.?`, 'g');
// Words that open a preamble and are no part of a name when a draft is in capitals ("BETWEEN ACME INC").
const LEAD_WORDS = new Set(['between', 'and', 'by', 'this', 'the', 'with', 'among', 'of', 'for', 'to', 'agreement', 'is', 'made', 'party']);
// `("Provider")`, `(the "Customer")`, `, a Delaware corporation ("Vendor")` right after the name.
const ROLE_AFTER = /^[^()\n]{0,80}?\(\s*(?:the |hereinafter |hereinafter referred to as |referred to as )?"([^"\n]{1,40})"/;

export function readDealIdentity(contract: Contract): DealIdentity {
  const title = titleOf(contract.normalized);
  const labelMatch = LABEL.exec(title);
  const label = labelMatch ? `${labelMatch[1]} ${labelMatch[2]}` : null;
  const name = withoutVersionMarks(labelMatch ? title.slice(labelMatch[0].length) : title);
  return { kind: contract.kind, title, label, name, parties: partiesOf(contract.normalized.slice(0, PREAMBLE)) };
}

/** The title with version marks removed, so "MSA (v2)" and "MSA - draft" compare equal. */
export function withoutVersionMarks(title: string): string {
  return title.replace(VERSION_MARKS, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

function titleOf(normalized: string): string {
  const lines = normalized.slice(0, 2000).split(/\r\n|\r|\n/);
  const first = lines.find((line) => /[A-Za-z]/.test(line)) ?? '';
  const clean = first.replace(/<[^>]*>/g, ' ').replace(/[#*_`>|]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return clean.length <= TITLE_LINE ? clean : '';
}

function partiesOf(preamble: string): NamedParty[] {
  const parties: NamedParty[] = [];
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(preamble); m !== null; m = ENTITY.exec(preamble)) {
    const words = m[1].replace(/,/g, ' ').trim().split(/\s+/);
    while (words.length > 0 && LEAD_WORDS.has(words[0].toLowerCase())) words.shift();
    if (words.length === 0) continue;
    const key = words.join(' ').toLowerCase();
    if (parties.some((p) => p.key === key)) continue;
    const role = ROLE_AFTER.exec(preamble.slice(m.index + m[0].length, m.index + m[0].length + 160));
    const named = role ? roleOfName(role[1]) : 'unknown';
    parties.push({ name: `${words.join(' ')} ${trailingSuffix(m[0])}`.trim(), key, role: named === 'customer' || named === 'provider' ? named : 'unknown' });
  }
  return parties;
}

/** The company suffix as written ("Inc.", "LLC"), for messages. */
function trailingSuffix(match: string): string {
  const suffix = new RegExp(`${SUFFIX}\\.?$`).exec(match);
  return suffix ? suffix[0] : '';
}
