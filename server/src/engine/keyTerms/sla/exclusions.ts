import type { Contract } from '../../model';
import { within } from '../../facts';
import type { ExclusionKind, SlaExclusion } from './types';
import type { SlaSentence } from './text';

// Events the uptime maths leaves out. Each carve-out makes the headline figure
// easier to meet; maintenance is tolerable only when capped and announced.

const CARVE_OUT = /\bexclud|\bexclusions?\b|\bdoes not include|\bshall not include|\bwill not include|\bnot (?:be )?(?:count|consider|deem|includ)|\bexcept\b|\bno sla remed|\bnot (?:be )?(?:entitled|eligible)|\bdo(?:es)? not apply|\bshall not apply|\bwill not apply|\bnot (?:be )?treated as|\bexcused\b|\bno (?:service )?credits?\b|\(ex\.?\s|\bex\.?\s+(?:scheduled|planned)/;

const KINDS: readonly (readonly [ExclusionKind, RegExp])[] = [
  // "excluding maintenance" with no other word: the vendor's own maintenance, planned by it.
  ['scheduled-maintenance', /\bscheduled (?:maintenance|downtime)|\b(?:excluding|except(?: for)?|other than) maintenance\b|\bplanned (?:maintenance|downtime|outage)|\bmaintenance windows?\b|\broutine maintenance/],
  ['emergency-maintenance', /\bemergency maintenance|\bunscheduled (?:emergency )?maintenance|\burgent maintenance|\bemergency (?:updates|patch|fix)/],
  ['partial-degradation', /\bdegrad|\bpartial (?:outage|unavailab|loss|failure)|\bslow(?:ness| performance)?\b|\bperformance (?:issues|problems)|\bintermittent/],
  ['regional-outage', /\bregional\b|\bregion\b|\bgeographic|\bsingle (?:data ?cent(?:er|re)|site|region)|\bavailability zone|\blocali[sz]ed outage|\bspecific (?:location|country)/],
  ['third-party', /\bthird[- ]part(?:y|ies)|\bcarriers?\b|\btelecom|\binternet (?:connectivity|service provider|access)|\bgeneral internet|\bisps?\b|\bpstn\b|\banyone other than/],
  ['force-majeure', /\bforce majeure|\bbeyond (?:the )?(?:provider's |its |our |their )?(?:reasonable )?control|\bacts? of god/],
];

const CAP = /\bnot (?:to )?exceed|\bno more than|\bup to\b|\bmaximum of|\bat most\b|\blimited to|\bin excess of|\bcapped/;
const NOTICE = /\bnotice|\bnotif|\bin advance|\badvance\b|\bannounce|\bprior to\b/;

export function readExclusions(contract: Contract, sentences: readonly SlaSentence[]): SlaExclusion[] {
  const found = new Map<ExclusionKind, SlaExclusion>();
  for (const sentence of sentences) {
    const inContext = sentence.slaContext || /\bexcluded (?:minutes|time|events?)\b|\bnot available\b|\bunavailab/.test(sentence.lower);
    const carvesOut = CARVE_OUT.test(sentence.lower) || /"excluded (?:minutes|time|events?)"/.test(sentence.lower);
    for (const [kind, cue] of KINDS) {
      if (!cue.test(sentence.lower)) continue;
      const isMaintenance = kind === 'scheduled-maintenance' || kind === 'emergency-maintenance';
      // Maintenance is service-level talk wherever it appears; other causes need an SLA setting.
      if (!inContext && !isMaintenance) continue;
      // A maintenance sentence is about the carve-out even when another sentence says "excluded".
      if (!carvesOut && !isMaintenance) continue;
      const capped = isMaintenance && CAP.test(sentence.lower) && within(contract.facts.durations, sentence.span).some((d) => d.unit === 'hour' || d.unit === 'day');
      const noticeRequired = isMaintenance && NOTICE.test(sentence.lower);
      const previous = found.get(kind);
      if (previous) {
        // Later sentences may add the cap or the notice duty to the same carve-out.
        if ((capped && !previous.capped) || (noticeRequired && !previous.noticeRequired)) {
          found.set(kind, { ...previous, capped: previous.capped || capped, noticeRequired: previous.noticeRequired || noticeRequired });
        }
        continue;
      }
      if (!carvesOut && !mentionsExclusionElsewhere(sentences)) continue;
      found.set(kind, { kind, span: sentence.span, capped, noticeRequired });
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

function mentionsExclusionElsewhere(sentences: readonly SlaSentence[]): boolean {
  return sentences.some((s) => s.slaContext && CARVE_OUT.test(s.lower));
}
