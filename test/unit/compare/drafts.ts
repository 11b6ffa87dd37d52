// Turns of one made-up SaaS agreement, written for the comparison tests. Each section
// is a list of clauses; the helpers renumber, move, reword and delete them the way a
// vendor's next draft would.

export interface Section {
  readonly title: string;
  readonly clauses: readonly string[];
}

export const BASE: readonly Section[] = [
  { title: 'Definitions', clauses: ['"Services" means the hosted contact center software Provider makes available to Customer.', '"Customer Data" means call recordings, transcripts and contact records Customer submits to the Services.'] },
  {
    title: 'Term and Renewal',
    clauses: [
      'This Agreement starts on the Effective Date and runs for an initial term of twelve (12) months.',
      'After the initial term this Agreement renews automatically for successive renewal terms of twelve (12) months unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.',
    ],
  },
  {
    title: 'Service Levels',
    clauses: [
      'Provider shall make the Services available 99.95% of the time in each calendar month.',
      'If availability falls below the commitment, Customer receives a service credit of ten percent (10%) of the monthly fees.',
      'Service credits are the sole and exclusive remedy for any failure to meet the availability commitment.',
    ],
  },
  {
    title: 'Data Protection',
    clauses: [
      'Provider shall process Customer Data under the data processing addendum signed by the parties, and complies with the GDPR.',
      'Provider shall notify Customer of any personal data breach within forty-eight (48) hours after becoming aware of it.',
    ],
  },
  {
    title: 'Exit',
    clauses: [
      'For thirty (30) days after termination Customer may export all Customer Data in CSV and WAV formats at no extra charge.',
      'Provider shall give reasonable transition assistance to a successor provider at its then-current rates.',
    ],
  },
  { title: 'General', clauses: ['This Agreement is governed by the laws of the State of Delaware.'] },
];

/** The draft as Markdown, numbering sections and clauses from their order. */
export function render(sections: readonly Section[]): string {
  const parts = ['# Subscription Agreement', ''];
  sections.forEach((section, s) => {
    parts.push(`## ${s + 1}. ${section.title}`, '');
    section.clauses.forEach((clause, c) => parts.push(`${s + 1}.${c + 1} ${clause}`, ''));
  });
  return parts.join('\n');
}

export function withSection(sections: readonly Section[], at: number, section: Section): Section[] {
  return [...sections.slice(0, at), section, ...sections.slice(at)];
}

export function moveSection(sections: readonly Section[], from: number, to: number): Section[] {
  const copy = sections.slice();
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return copy;
}

export function editClause(sections: readonly Section[], title: string, index: number, edit: (text: string) => string | null): Section[] {
  return sections.map((section) => {
    if (section.title !== title) return section;
    const clauses = section.clauses.map((c, i) => (i === index ? edit(c) : c)).filter((c): c is string => c !== null);
    return { ...section, clauses };
  });
}
