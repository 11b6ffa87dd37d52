import type { RuleContext, RuleFinding } from '../../rule';
import { anchorFor, DATA_PROTECTION_SECTION, dpaElementsBelongHere, insertClauseFix } from './placement';

// The trap of a DPA that covers one region only: it names the GDPR alone while
// the agreement also serves callers in the United States, or a US state law
// alone while it serves the EEA. Only regions whose privacy laws the reader
// knows are compared, so an unknown law never reads as a gap.

type Jurisdiction = 'EU/EEA' | 'UK' | 'US' | 'Canada' | 'Brazil';

const LAW_JURISDICTION: Readonly<Record<string, Jurisdiction>> = {
  'GDPR': 'EU/EEA',
  'UK GDPR': 'UK',
  'UK Data Protection Act 2018': 'UK',
  'CCPA': 'US',
  'CPRA': 'US',
  'VCDPA': 'US',
  'HIPAA': 'US',
  'GLBA': 'US',
  'PIPEDA': 'Canada',
  'LGPD': 'Brazil',
};

const PLACE_JURISDICTION: Readonly<Record<string, Jurisdiction>> = {
  'European Union': 'EU/EEA',
  'European Economic Area': 'EU/EEA',
  'Europe': 'EU/EEA',
  'Germany': 'EU/EEA',
  'United Kingdom': 'UK',
  'United States': 'US',
  'Canada': 'Canada',
  'Brazil': 'Brazil',
};

const DESCRIBED: Readonly<Record<Jurisdiction, { readonly place: string; readonly law: string }>> = {
  'EU/EEA': { place: 'the EU/EEA', law: 'the GDPR' },
  'UK': { place: 'the United Kingdom', law: 'the UK GDPR' },
  'US': { place: 'the United States', law: 'the CCPA/CPRA or another US state privacy law' },
  'Canada': { place: 'Canada', law: 'PIPEDA' },
  'Brazil': { place: 'Brazil', law: 'the LGPD' },
};

/**
 * The finding for a DPA whose named laws all belong to one jurisdiction while
 * the draft (or a sibling draft) places its users or operations in another.
 */
export function oneRegionOnly(context: RuleContext): RuleFinding[] {
  const dpa = context.keyTerms.dpa;
  if (!dpa || !dpaElementsBelongHere(context)) return [];
  const others = (context.siblings ?? []).flatMap((s) => (s.keyTerms.dpa ? [s.keyTerms.dpa] : []));
  const laws = [...new Set([...dpa.laws, ...others.flatMap((d) => d.laws)])];
  const covered = new Set(laws.flatMap((law) => (LAW_JURISDICTION[law] ? [LAW_JURISDICTION[law]] : [])));
  if (covered.size !== 1) return [];
  const served = [...dpa.regionsServed, ...others.flatMap((d) => d.regionsServed)];
  const uncovered = [...new Set(served.flatMap((place) => (PLACE_JURISDICTION[place] ? [PLACE_JURISDICTION[place]] : [])))].filter((j) => !covered.has(j));
  if (uncovered.length === 0) return [];

  const [only] = [...covered];
  const named = laws.filter((law) => LAW_JURISDICTION[law] === only).join(', ');
  const missing = uncovered.map((j) => DESCRIBED[j]);
  const anchor = anchorFor(context, /applicable\s+law|\bcompliance|\blaws?\b/, DATA_PROTECTION_SECTION);
  return [{
    span: dpa.spans.laws ?? anchor.span,
    message: `The DPA answers only to ${named} (${DESCRIBED[only].place}), but the agreement also serves ${missing.map((m) => m.place).join(' and ')}; it names no privacy law there, such as ${missing.map((m) => m.law).join(' or ')}.`,
    facts: { laws: named, lawRegion: DESCRIBED[only].place, regionsNotCovered: missing.map((m) => m.place).join(', ') },
    fixes: insertClauseFix(context, anchor, 'dpa/privacy-laws', 'Insert a clause naming the privacy laws of every region served'),
  }];
}
