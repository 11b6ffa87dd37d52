import type { Playbook } from './schema';
import { COMMERCIAL_CLAUSES } from './commercialClauses';

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

/** Data protection (`dpa/…`): what a buyer's DPA should say, in the product's own words. */
const DPA_CLAUSES: Readonly<Record<string, string>> = {
  'dpa/data-protection':
    'Data Protection. Before processing any personal data for Customer, Provider shall sign a data processing agreement with Customer that forms part of this Agreement and can be changed only by a written amendment signed by both parties. It shall at least name the regions where customer data is stored, list Provider\'s subprocessors, give thirty (30) days\' notice of subprocessor changes with a right to object, require notice of any security incident within seventy-two (72) hours, allow Customer to audit, provide for the return and deletion of customer data, and name the privacy laws that apply, including the GDPR and the CCPA/CPRA where relevant.',
  'dpa/data-residency':
    'Data Location. Provider shall store and process customer data only in the United States, including backups and support access, and shall not transfer customer data outside that region without Customer\'s prior written consent and safeguards that satisfy applicable law.',
  'dpa/subprocessor-list':
    'Subprocessors. The subprocessors Provider uses on the Effective Date, with what each does and where it processes customer data, are listed in an annex to this DPA. Provider remains responsible for the acts and omissions of its subprocessors.',
  'dpa/subprocessor-change-notice':
    'Changes to Subprocessors. Provider shall notify Customer in writing at least thirty (30) days before a new or replacement subprocessor begins to process customer data. Customer may object to a new or replacement subprocessor within that period on reasonable grounds; if the parties cannot resolve the objection, Customer may terminate the affected services without penalty and receive a refund of prepaid fees for the period after termination.',
  'dpa/breach-notice':
    'Security Incidents. Provider shall notify Customer of any security incident affecting customer data without undue delay and in any event within seventy-two (72) hours after becoming aware of it, and shall then keep Customer informed of the facts known, the data and people affected, and the steps taken to contain it.',
  'dpa/audit-rights':
    'Audits. Provider shall make available its current independent audit reports on request. In addition, Customer or an independent auditor it appoints may audit and inspect Provider\'s processing of customer data once a year on thirty (30) days\' written notice, and at any time after a security incident, and Provider shall cooperate with each audit.',
  'dpa/return-and-deletion':
    'Return and Deletion. When this Agreement ends, Provider shall return customer data to Customer on request and then delete it, including from backups, within thirty (30) days after the end of the post-termination access period, and shall confirm the deletion in writing.',
  'dpa/privacy-laws':
    'Applicable Privacy Laws. Provider shall process personal data as Customer\'s processor or service provider in compliance with the data protection laws that apply to it, including the EU GDPR, the UK GDPR and the California Consumer Privacy Act as amended by the CPRA (CCPA/CPRA).',
};

/** Exit and data portability (`exit/…`). */
const EXIT_CLAUSES: Readonly<Record<string, string>> = {
  'exit/data-export':
    'Data Export. On request made at any time during the term or within ninety (90) days after termination or expiration, Provider shall deliver to Customer a complete export of customer data, including interaction recordings (as WAV or MP3 files with their metadata), transcripts and contact records (as CSV or JSON) and the IVR, routing and queue configuration (in a documented format), within thirty (30) days of the request and at no additional charge.',
  'exit/export-formats':
    'The export shall provide recordings as WAV or MP3 files with their metadata, transcripts and records as CSV or JSON, and the IVR and routing configuration in a documented, machine-readable format.',
  'exit/export-timeline':
    'Provider shall deliver the export of customer data within thirty (30) days of Customer\'s request.',
  'exit/post-termination-access':
    'Post-Termination Access. For ninety (90) days after termination or expiration, Customer may continue to access and export its customer data, and Provider shall not delete customer data before that period ends.',
  'exit/export-at-no-charge':
    'The export is provided at no additional charge.',
  'exit/transition-assistance':
    'Transition Assistance. On request at termination or expiration, Provider shall provide reasonable transition assistance for up to ninety (90) days, including continued service on the terms of this Agreement, cooperation with Customer\'s successor provider and the porting of telephone numbers, at the rates set out in the Order Form.',
  'exit/recordings-export':
    'The export includes all interaction recordings with their metadata, transcripts, and the IVR, routing and queue configuration.',
};

export const DEFAULT_CLAUSES: Readonly<Record<string, string>> = {
  ...SLA_CLAUSES,
  ...DPA_CLAUSES,
  ...EXIT_CLAUSES,
  ...COMMERCIAL_CLAUSES,
};

/** The playbook's text for a template id, falling back to the shipped default; undefined when neither has it. */
export function clauseTemplate(playbook: Pick<Playbook, 'clauses'>, id: string): string | undefined {
  return playbook.clauses[id] ?? DEFAULT_CLAUSES[id];
}

/** Every template: the defaults with the playbook's entries laid over them by id. */
export function clauseLibrary(playbook: Pick<Playbook, 'clauses'>): Readonly<Record<string, string>> {
  return { ...DEFAULT_CLAUSES, ...playbook.clauses };
}
