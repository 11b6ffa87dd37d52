// More rows for the clause layer's table (the format is described in clauseRows.ts).
import type { Row } from './clauseRows';

/** Read with the party names Acme, Globex and the Company (sides not stated by the draft). */
export const NAMED: readonly Row[] = [
  ['Acme may terminate this Agreement on ninety (90) days notice to Globex.', 'named may terminate'],
  ['Globex shall not resell the Acme Platform to any competitor of Acme.', 'named shall! resell'],
  ['The Company shall have the right to inspect the books of Acme.', 'named may inspect'],
  ['Neither Acme nor Globex shall disclose the pricing in Schedule A.', 'neither shall! disclose'],
  ['Acme\'s auditors may inspect Globex\'s facilities once a year.', 'named may inspect'],
  ['This Agreement may be terminated by Globex on thirty (30) days notice.', 'named may be terminated'],
  ['In no event shall Acme be liable for indirect loss.', 'named shall! be liable'],
  ['Globex shall permit Acme to verify the usage reports.', 'named may verify'],
  ['The Company agrees to indemnify Acme against third-party claims.', 'named shall indemnify'],
  ['If Globex fails to pay, Acme may suspend delivery.', 'roles: condition main', 'named may suspend'],
];

export const PARTIES: readonly Row[] = [
  ['The Licensor may terminate this Agreement if the Licensee fails to pay royalties.', 'provider may terminate'],
  ['The Licensee shall keep accurate records of all sales.', 'customer shall keep'],
  ['The Controller may instruct the Processor to delete Personal Data.', 'customer may instruct'],
  ['The Processor shall assist the Controller with data subject requests.', 'provider shall assist'],
  ['The Subprocessor shall be bound by the same obligations as the Processor.', 'none shall be bound'],
  ['Vendor\'s personnel shall follow the Client\'s site rules.', 'provider shall follow'],
  ['The Customer\'s Affiliates may order Services under this Agreement.', 'customer may order'],
  ['Either of the parties may refer a dispute to mediation.', 'either may refer'],
  ['Each of the parties shall act in good faith.', 'either shall act'],
  ['The parties shall negotiate any price change in good faith.', 'either shall negotiate'],
  ['Both parties may agree in writing to extend the Term.', 'either may agree'],
  ['No party hereto shall make any public announcement about this Agreement.', 'neither shall! make'],
  ['None of the parties may assign this Agreement.', 'neither may! assign'],
  ['Neither of the parties shall be liable for force majeure events.', 'neither shall! be liable'],
  ['The Supplier and the Buyer shall each appoint a contract manager.', 'either shall appoint'],
  ['Franchisee shall pay the Franchisor a monthly royalty.', 'customer shall pay'],
  ['The Distributor may appoint sub-distributors with the Manufacturer\'s consent.', 'customer may appoint'],
  ['The Lessee shall return the Equipment at the end of the Term.', 'customer shall return', 'anchors: at-end'],
  ['Provider\'s subcontractors shall comply with this Agreement.', 'provider shall comply'],
  ['The Agreement shall renew for successive one-year terms.', 'none shall renew'],
  ['Such audit shall take place during normal business hours.', 'none shall take'],
  ['Customer or its designated auditor may inspect the Provider\'s records.', 'customer may inspect'],
];

export const NUMBERS_AND_DATES: readonly Row[] = [
  ['On May 1, 2026, Customer may terminate this Agreement.', 'roles: main', 'customer may terminate'],
  ['This Agreement starts on May 1, 2026 and ends on April 30, 2029.', 'roles: main', 'none is -'],
  ['The Supplier may deliver the Goods in May or June of each year.', 'provider may deliver'],
  ['Acme may raise its prices on January 1 of each year.', 'named may raise'],
  ['The first payment shall be made on May 15, 2026.', 'none shall be made'],
  ['After May 31, 2027, either party may terminate this Agreement on notice.', 'either may terminate'],
  ['Customer shall give notice at least sixty (60) days before renewal.', 'roles: main', 'customer shall give', 'anchors: before-end'],
  ['Provider shall remedy the defect within twenty-one (21) days of notice.', 'roles: main', 'provider shall remedy', 'anchors: within'],
  ['The cap is one hundred thousand dollars ($100,000) in the aggregate.', 'roles: main'],
  ['Customer may terminate this Agreement under Section 4.2(b) on written notice.', 'roles: main', 'customer may terminate'],
  ['Subject to Section 12.3(c), Licensee may sublicense the Software to its Affiliates.', 'customer may sublicense'],
  ['Provider shall pay a credit equal to ten percent (10%) of the monthly fee for each hour of downtime.', 'roles: main', 'provider shall pay'],
  ['Customer shall pay one thousand (1,000) dollars per seat, and Provider shall invoice annually.', 'customer shall pay', 'provider shall invoice'],
  ['The Term is three (3) years from the Effective Date.', 'roles: main', 'none is -'],
  ['Licensee may terminate under clauses 7.1(a) and 7.1(c) by notice.', 'roles: main', 'customer may terminate'],
  ['The fees set out in Schedule 1 (Part B) may be changed by Provider once a year.', 'provider may be changed'],
];

export const TIME_ANCHORS: readonly Row[] = [
  ['Upon termination, Provider shall return all Customer Data.', 'provider shall return', 'anchors: after-end'],
  ['Upon expiration or termination of this Agreement, Customer shall stop using the Software.', 'customer shall! using', 'anchors: after-end'],
  ['Customer shall return the Equipment within fifteen (15) days after termination.', 'customer shall return', 'anchors: within after-end'],
  ['Either party may give notice of non-renewal no later than sixty (60) days before the end of the then-current term.', 'either may give', 'anchors: before-end'],
  ['Customer must give written notice not less than ninety (90) days prior to the expiration of the Initial Term.', 'customer shall give', 'anchors: before-end'],
  ['Provider shall provide transition assistance for ninety (90) days following expiration.', 'provider shall provide', 'anchors: after-end'],
  ['Provider shall keep Customer Data for thirty (30) days after the effective date of termination.', 'provider shall keep', 'anchors: after-end'],
  ['The obligations in Sections 6 and 11 survive termination or expiration of this Agreement.', 'anchors: after-end'],
  ['Sections 5, 7 and 9 shall survive any termination of this Agreement.', 'none shall survive', 'anchors: after-end'],
  ['The Processor shall delete all Personal Data at the end of the provision of the Services.', 'provider shall delete', 'anchors: at-end'],
  ['Following termination, the Licensee shall certify the destruction of all copies.', 'customer shall certify', 'anchors: after-end'],
  ['Customer may export its data at any time before the termination date.', 'customer may export', 'anchors: before-end'],
  ['The Provider shall notify the Customer of any breach within seventy-two (72) hours.', 'provider shall notify', 'anchors: within'],
  ['Within ten (10) business days after the end of each quarter, Customer shall send a usage report.', 'customer shall send', 'anchors: within'],
  ['Post-termination, Provider shall continue to honour the data retention terms.', 'provider shall continue', 'anchors: after-end'],
  ['The confidentiality obligations shall remain in force for five (5) years after expiry of this Agreement.', 'anchors: after-end'],
  ['Customer shall pay all outstanding fees on the effective date of termination.', 'customer shall pay', 'anchors: after-end'],
  ['Provider shall send a renewal reminder at least thirty (30) days in advance of the renewal date.', 'provider shall send', 'anchors: before-end'],
];

/** The shapes the issue quotes, written afresh. */
export const ISSUE_SHAPES: readonly Row[] = [
  ['The Controller may audit the Processor\'s compliance with this Addendum once in each calendar year.', 'customer may audit'],
  ['The Processor shall make its latest independent certification report available to the Controller; the Controller shall not be entitled to conduct on-site audits.', 'provider shall make', 'customer may! conduct'],
  ['Neither party shall have the right to audit the other party.', 'neither may! audit'],
  ['Neither Party shall have any right to inspect the other Party\'s systems.', 'neither may! inspect'],
  ['Licensee can terminate this Agreement at any time on written notice to Licensor.', 'customer may terminate'],
  ['Either party wishing to terminate this Agreement shall give the other party ninety (90) days notice in writing.', 'either may terminate'],
  ['This Agreement can be terminated by written notice of thirty (30) days.', 'none may be terminated'],
  ['The Subscription can be terminated by the Customer with one month\'s notice.', 'customer may be terminated'],
  // An adverb between the modal and "have the right": still the permission, not a duty to "have".
  ['If availability falls short twice in a month, Provider will also have the right to terminate this Agreement on notice.', 'provider may terminate'],
];

/** Several shapes in one sentence. */
export const COMBINATIONS: readonly Row[] = [
  ['If Provider fails to meet the uptime target, Customer may terminate this Agreement, provided that Customer gives notice within thirty (30) days.', 'roles: condition main proviso', 'customer may terminate', 'anchors: within'],
  ['Unless Customer objects within ten (10) days, Provider may appoint the new Subprocessor, but Provider shall remain liable for its acts.', 'roles: exception main main', 'provider may appoint', 'provider shall remain'],
  ['Either party may terminate this Agreement if the other party breaches it; provided, however, that Customer may not terminate for a breach that has been cured.', 'roles: main condition proviso', 'either may terminate'],
  ['Except as required by law, neither party shall disclose the other party\'s Confidential Information, and each party shall protect it with reasonable care.', 'roles: exception main main', 'neither shall! disclose', 'either shall protect'],
  ['Should Customer fail to pay, Provider may suspend the Services; if the failure continues for sixty (60) days, Provider may terminate this Agreement.', 'roles: condition main condition main', 'provider may suspend', 'provider may terminate'],
  ['Customer may, at its option and on thirty (30) days notice, terminate this Agreement or reduce the number of seats.', 'customer may terminate'],
  ['In no event shall either party be liable for lost profits, except in the case of fraud.', 'roles: main exception', 'either shall! be liable'],
  ['Licensee shall not, and shall not permit any third party to, decompile the Software.', 'customer shall! decompile'],
  ['The Controller shall have the right to audit, and the Processor shall cooperate with, any inspection.', 'customer may audit', 'provider shall cooperate'],
  ['Customer may terminate this Agreement, and Provider shall refund any prepaid fees for the remaining term.', 'roles: main main', 'customer may terminate', 'provider shall refund'],
  ['Upon termination for any reason, Customer may download its data for thirty (30) days, after which Provider shall delete it.', 'customer may download', 'anchors: after-end'],
  ['Where the Customer wishes to audit the Provider, the Customer shall give at least fourteen (14) days notice.', 'roles: condition main', 'customer shall give'],
  ['Provider shall not, without Customer\'s prior written consent, transfer Customer Data to any country outside the EEA.', 'provider shall! transfer'],
  ['Neither party may terminate this Agreement for convenience during the Initial Term, but either party may do so thereafter on ninety (90) days notice.', 'neither may! terminate', 'either may do'],
  ['If the Processor cannot comply with an instruction, the Processor shall tell the Controller, and the Controller may suspend the transfer.', 'roles: condition main main', 'provider shall tell', 'customer may suspend'],
  ['Nothing in this Agreement shall prevent the Licensee from developing competing products, provided that it does not use Licensor\'s Confidential Information.', 'roles: main proviso', 'customer may developing'],
  ['Customer shall not be entitled to terminate this Agreement unless Provider commits a material breach.', 'roles: main exception', 'customer may! terminate'],
  ['In the event that either party wishes to renew this Agreement, it shall notify the other party at least sixty (60) days before the end of the Term.', 'roles: condition main', 'none shall notify', 'anchors: before-end'],
];
