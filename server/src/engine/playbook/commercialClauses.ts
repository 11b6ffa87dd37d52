// Clause templates of the commercial and liability rules (`commercial/…`,
// `liability/…`, `exit/number-porting`), written for the buyer in the
// product's own words. A playbook's `clauses` map overrides any of them by id.

export const COMMERCIAL_CLAUSES: Readonly<Record<string, string>> = {
  'commercial/commitment-flexibility':
    'Once in each contract year, on thirty (30) days\' written notice, Customer may reduce the committed quantity or spend by up to twenty percent (20%); committed amounts Customer does not use in a period carry over to the next period; and no part of the commitment remains payable after Customer ends this Agreement because of Provider\'s breach or a chronic failure of the Service.',
  'commercial/true-up-pricing':
    'Use above the committed quantities is charged at the unit prices stated in the Order Form for the committed quantities, and those unit prices stay fixed for the Term.',
  'commercial/consumption-cap':
    'Usage charges in any month shall not exceed one hundred twenty percent (120%) of the monthly amount stated in the Order Form without Customer\'s prior written approval. Provider shall tell Customer in writing when usage charges in a month reach eighty percent (80%) of that amount.',
  'commercial/fees-refundable':
    'Despite the foregoing, Provider shall refund, pro rata, any fees paid for the period after Customer ends this Agreement or an Order Form because of Provider\'s breach, a chronic failure of the Service, or under a right to end without cause.',
  'commercial/termination-for-convenience':
    'Termination for Convenience. Customer may terminate this Agreement, or any Order Form, without cause at any time on sixty (60) days\' written notice to Provider. Customer then owes only the fees for services delivered up to the termination date, with no early termination charge, and Provider shall refund any fees prepaid for the period after that date.',
  'liability/data-breach-super-cap':
    'The limit above does not apply to a party\'s breach of its obligations on confidentiality, data protection or security; for those breaches that party\'s total liability shall not exceed three (3) times the fees paid or payable under this Agreement in the twelve (12) months before the event giving rise to the claim.',
  'liability/data-breach-uncapped':
    'The limits and exclusions above do not apply to a party\'s breach of its obligations on confidentiality, data protection or security.',
  'exit/number-porting':
    'Telephone Numbers. Telephone numbers assigned to Customer under this Agreement are for Customer\'s use, and Customer keeps them when this Agreement ends. On Customer\'s request during the term or at its end, Provider shall promptly port those numbers to the carrier or provider Customer names, with no charge other than any carrier fee passed on at cost.',
};
