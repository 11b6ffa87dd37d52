import type { Playbook } from './schema';

// The clause library that "insert clause" and "replace wording" fixes draw on.
// These defaults ship with the product; a playbook's `clauses` map overrides
// any of them by id and may add its own. Ids are `family/name`, one prefix per
// rule family, so families can add templates without colliding.

/** Service levels (`sla/…`): written for the buyer, in the product's own words. */
const SLA_CLAUSES: Readonly<Record<string, string>> = {
  'sla/chronic-failure-termination':
    'Chronic Failure. If the Service misses the committed availability in any three (3) consecutive calendar months, or in any four (4) calendar months within a rolling twelve (12) month period, Customer may terminate this Agreement, or the affected order, by written notice without penalty or termination fee, and Provider shall refund any fees prepaid for the period after termination. This right is in addition to any Service Credits.',
  'sla/maintenance-cap':
    'Scheduled Maintenance. Scheduled maintenance shall not exceed four (4) hours in any calendar month, shall take place outside Customer\'s business hours, and shall be announced to Customer at least five (5) business days in advance. Maintenance beyond that limit, or without that notice, counts as downtime.',
  'sla/non-exclusive-remedy':
    'Service Credits are in addition to, and not in place of, any other rights and remedies Customer has under this Agreement or at law, including the right to terminate for chronic failure.',
  'sla/credit-schedule':
    'Service Credits. If availability in a calendar month falls below the committed level, Provider shall credit Customer, without any request from Customer, the following share of that month\'s fees for the whole Service: ten percent (10%) below the committed level; twenty-five percent (25%) below ninety-nine percent (99%); and fifty percent (50%) below ninety-five percent (95%).',
};

export const DEFAULT_CLAUSES: Readonly<Record<string, string>> = {
  ...SLA_CLAUSES,
};

/** The playbook's text for a template id, falling back to the shipped default; undefined when neither has it. */
export function clauseTemplate(playbook: Pick<Playbook, 'clauses'>, id: string): string | undefined {
  return playbook.clauses[id] ?? DEFAULT_CLAUSES[id];
}

/** Every template: the defaults with the playbook's entries laid over them by id. */
export function clauseLibrary(playbook: Pick<Playbook, 'clauses'>): Readonly<Record<string, string>> {
  return { ...DEFAULT_CLAUSES, ...playbook.clauses };
}
