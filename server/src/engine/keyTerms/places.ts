// Jurisdictions a governing-law clause names, in the spelling the checklist shows.
// Used to recognise "Ohio law" or "English law" (a place before the word "law")
// and to give one spelling to "PRC", "R.O.C." or "NEW YORK".

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
];
const OTHER_PLACES = [
  'England', 'England and Wales', 'Wales', 'Scotland', 'Northern Ireland', 'Ireland', 'United Kingdom', 'Canada', 'Ontario',
  'British Columbia', 'Quebec', 'Alberta', 'Nova Scotia', 'Germany', 'France', 'Netherlands', 'The Netherlands', 'Switzerland',
  'Israel', 'China', "People's Republic of China", 'Hong Kong', 'Taiwan', 'Japan', 'Singapore', 'India', 'Spain', 'Italy', 'Sweden',
  'Denmark', 'Norway', 'Finland', 'Belgium', 'Luxembourg', 'Austria', 'Australia', 'New South Wales', 'Victoria', 'New Zealand',
  'South Africa', 'Brazil', 'Mexico', 'Korea', 'Cayman Islands', 'Bermuda', 'Puerto Rico',
];
const ALIASES: Readonly<Record<string, string>> = {
  prc: "People's Republic of China", 'p.r.c': "People's Republic of China", 'p.r.c.': "People's Republic of China",
  chinese: 'China', 'r.o.c': 'Taiwan', 'r.o.c.': 'Taiwan', roc: 'Taiwan', 'republic of china': 'Taiwan',
  english: 'England', swiss: 'Switzerland', german: 'Germany', french: 'France', dutch: 'Netherlands', israeli: 'Israel',
  japanese: 'Japan', canadian: 'Canada', irish: 'Ireland', scottish: 'Scotland', spanish: 'Spain', italian: 'Italy',
  'the netherlands': 'Netherlands', 'hong kong sar': 'Hong Kong', 'hong kong s.a.r': 'Hong Kong',
};

const BY_LOWER = new Map<string, string>([...US_STATES, ...OTHER_PLACES].map((p) => [p.toLowerCase(), p]));

/** The place in one spelling when `name` is a jurisdiction this list knows ("NEW YORK" → "New York"), else null. */
export function knownPlace(name: string): string | null {
  const lower = name.toLowerCase().replace(/\s+/g, ' ').replace(/[\u2019]/g, "'").trim();
  return ALIASES[lower] ?? BY_LOWER.get(lower) ?? null;
}
