import type { Rule } from '../../rule';
import { missingElement } from './missingElement';
import { oneRegionOnly } from './lawCoverage';

// The DPA elements whose absence is the whole finding: residency, a subprocessor
// list, return and deletion, and the privacy laws it answers to.

const DPA_KINDS = ['msa', 'dpa'] as const;

export const noDataResidency: Rule = {
  meta: {
    id: 'dpa/no-data-residency',
    family: 'dpa',
    title: 'No data residency or location of processing',
    defaultSeverity: 'warning',
    why: 'Without a stated region the vendor may store and process recordings and customer records anywhere, which can break the buyer\'s own commitments and transfer rules.',
    askFor: 'The regions where customer data is stored and processed, named in the DPA, with transfers elsewhere only under agreed safeguards and notice.',
    appliesTo: DPA_KINDS,
  },
  check: (context) => missingElement(context, {
    has: (dpa) => dpa.residency.length > 0,
    section: /\btransfer|\blocation|\bresiden|\bhosting|\bdata\s+cent/,
    message: 'The DPA names no region where customer data is stored or processed.',
    clauseId: 'dpa/data-residency',
    fixTitle: 'Insert a data residency clause',
    facts: (dpa) => ({ residency: null, present: dpa.present }),
  }),
};

export const noSubprocessorDisclosure: Rule = {
  meta: {
    id: 'dpa/no-subprocessor-disclosure',
    family: 'dpa',
    title: 'Subprocessors not disclosed',
    defaultSeverity: 'warning',
    why: 'The buyer cannot assess who else handles its customers\' data (hosting, transcription, AI providers) unless the vendor lists its subprocessors.',
    askFor: 'A current list of subprocessors with what each does and where, attached or published at a fixed address.',
    appliesTo: DPA_KINDS,
  },
  check: (context) => missingElement(context, {
    has: (dpa) => dpa.subprocessorList,
    section: /sub-?processor|\bsubcontract/,
    message: 'The DPA does not list or disclose the vendor\'s subprocessors.',
    clauseId: 'dpa/subprocessor-list',
    fixTitle: 'Insert a subprocessor list clause',
    facts: () => ({ subprocessorList: false }),
  }),
};

export const noDeletionOrReturn: Rule = {
  meta: {
    id: 'dpa/no-deletion-or-return',
    family: 'dpa',
    title: 'No return or deletion of data',
    defaultSeverity: 'warning',
    why: 'If the DPA says nothing about what happens to the data at the end, the vendor may keep recordings and records indefinitely.',
    askFor: 'Return of the data on request and deletion (including backups) within a fixed period after the end, with written certification.',
    appliesTo: DPA_KINDS,
  },
  check: (context) => missingElement(context, {
    has: (dpa) => dpa.deletionOrReturn,
    section: /\bdelet|\breturn|\bretention|\bdestruction/,
    message: 'The DPA does not say that customer data is returned or deleted at the end.',
    clauseId: 'dpa/return-and-deletion',
    fixTitle: 'Insert a return-and-deletion clause',
    facts: () => ({ deletionOrReturn: false }),
  }),
};

export const noPrivacyLawReference: Rule = {
  meta: {
    id: 'dpa/no-privacy-law-reference',
    family: 'dpa',
    title: 'No privacy law named',
    defaultSeverity: 'information',
    why: 'A DPA that names no law ("applicable law" at most) leaves open which duties the vendor accepts, such as GDPR processor terms or CCPA/CPRA service-provider limits; one that names a single region\'s law leaves the people the service reaches elsewhere without theirs.',
    askFor: 'The privacy laws the processing falls under named in the DPA for every region the service reaches (for example GDPR, UK GDPR, CCPA/CPRA), with the vendor\'s role under each.',
    appliesTo: DPA_KINDS,
  },
  check: (context) => {
    const missing = missingElement(context, {
      has: (dpa) => dpa.laws.length > 0,
      section: /applicable\s+law|\bcompliance|\blaws?\b/,
      message: 'The DPA names no privacy law (such as GDPR or CCPA/CPRA) that it answers to.',
      clauseId: 'dpa/privacy-laws',
      fixTitle: 'Insert a clause naming the privacy laws',
      facts: () => ({ laws: null }),
    });
    // Laws named, but one region's only while the deal reaches another: the same gap for those people.
    return missing.length > 0 ? missing : oneRegionOnly(context);
  },
};
