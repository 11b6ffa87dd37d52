// Sentences written for the clause layer's table, each with the reading of the
// clauses that matter. A row is the sentence followed by expectations:
//   '[role:] subject modal verb'  a clause of that role (main when not said)
//        whose verb is `verb` ('-' for none), read with that subject role and modal:
//        may = permission, shall = obligation, is = statement; '!' = refused.
//   'roles: condition main …'     the roles of all clauses, in order.
//   'anchors: after-end within …' the relations of the sentence's time anchors, in order.
// Party names used by the rows marked `named`: Acme, Globex and the Company.
export type Row = readonly [sentence: string, ...expectations: string[]];

export const PERMISSIONS: readonly Row[] = [
  ['Customer may terminate this Agreement on thirty (30) days written notice.', 'customer may terminate'],
  ['Licensee can terminate this License at any time by notice to Licensor.', 'customer may terminate'],
  ['Either party can end this Agreement by giving the other ninety (90) days notice.', 'either may end'],
  ['The Customer is entitled to terminate the Order Form if the Provider moves its data centre.', 'customer may terminate', 'roles: main condition'],
  ['Provider shall be entitled to raise its fees once in each contract year.', 'provider may raise'],
  ['Subscriber has the right to cancel the subscription before the renewal date.', 'customer may cancel', 'anchors: before-end'],
  ['Each Party shall have the right to inspect the other Party\'s books on reasonable notice.', 'either may inspect'],
  ['The Controller shall have the right, but not the obligation, to inspect the Processor\'s premises.', 'customer may inspect'],
  ['Licensor reserves the right to change the Documentation from time to time.', 'provider may change'],
  ['Vendor retains the right to suspend access for scheduled maintenance.', 'provider may suspend'],
  ['Buyer may, at its option, reject any non-conforming delivery.', 'customer may reject'],
  ['At its sole option, the Customer may extend the Term by twelve (12) months.', 'customer may extend'],
  ['Any party wishing to end this Agreement shall send the other party a written notice.', 'either may end'],
  ['A Party desiring to renew this Agreement must tell the other Party in writing.', 'either may renew'],
  ['Customer, electing to extend the Subscription Term, shall pay the renewal fees in advance.', 'customer may extend'],
  ['The Licensee is free to stop using the Software whenever it chooses.', 'customer may stop'],
  ['Client shall be permitted to make two (2) archival copies of the Deliverables.', 'customer may make'],
  ['Supplier is authorised to engage subcontractors approved by the Buyer.', 'provider may engage'],
  ['Customer has the option to purchase additional seats at the prices in Exhibit C.', 'customer may purchase'],
  ['Either Party may, in its sole discretion, decide to renew this Agreement for another year.', 'either may renew'],
  ['Licensee may elect to end the License by returning the Software.', 'customer may end'],
  ['The Processor is allowed to appoint Subprocessors listed in Annex 3.', 'provider may appoint'],
  ['Customer shall be entitled, at any time, to end the Agreement for its convenience.', 'customer may end'],
  ['Each party shall have the right, upon written notice to the other, to terminate this Agreement.', 'either may terminate'],
  ['Purchaser may cancel any Order before it ships.', 'customer may cancel'],
  ['The Reseller has the power to appoint sub-distributors in the Territory.', 'customer may appoint'],
  ['Customer is entitled to a service credit for every hour of downtime beyond the target.', 'customer may -'],
  ['Provider shall have the option to renew the lease of the hosting facility.', 'provider may renew'],
];

export const OBLIGATIONS: readonly Row[] = [
  ['Customer shall pay each invoice within thirty (30) days of its date.', 'customer shall pay', 'anchors: within'],
  ['Provider must keep backups of Customer Data in two separate locations.', 'provider shall keep'],
  ['The Supplier will deliver the Products to the Buyer\'s warehouse.', 'provider shall deliver'],
  ['Licensee agrees to keep the license keys confidential.', 'customer shall keep'],
  ['The Processor undertakes to inform the Controller of any Personal Data Breach without undue delay.', 'provider shall inform'],
  ['Client is required to name a project manager within five (5) business days.', 'customer shall name', 'anchors: within'],
  ['Vendor covenants to maintain the certifications listed in Schedule 2.', 'provider shall maintain'],
  ['Each Party shall bear its own costs of negotiating this Agreement.', 'either shall bear'],
  ['The parties agree to meet quarterly to review service levels.', 'either shall meet'],
  ['Both parties shall comply with applicable export control laws.', 'either shall comply'],
  ['Licensor is obliged to correct reproducible errors in the Software.', 'provider shall correct'],
  ['Customer shall be required to give at least sixty (60) days notice of any change.', 'customer shall give'],
  ['The Consultant commits to staff the project with qualified personnel.', 'provider shall staff'],
  ['Processor shall ensure that its personnel are bound by confidentiality.', 'provider shall ensure'],
  ['Provider shall, at its option, repair or replace the faulty component.', 'provider shall repair'],
  ['Acme shall ship the first batch of units within ten (10) days of the order.', 'named shall ship', 'anchors: within'],
  ['Subscriber will pay the Fees in advance for each billing period.', 'customer shall pay'],
  ['The Contractor promises to complete the migration before the go-live date.', 'provider shall complete'],
  ['The Seller is bound to replace any unit found defective on delivery.', 'provider shall replace'],
  ['Distributor shall purchase at least one thousand (1,000) units in each calendar year.', 'customer shall purchase'],
];

export const REFUSALS: readonly Row[] = [
  ['Provider shall not disclose Customer Data to any third party.', 'provider shall! disclose'],
  ['Licensee may not sublicense the Software.', 'customer may! sublicense'],
  ['Customer cannot terminate this Agreement during the first contract year.', 'customer may! terminate'],
  ['The Supplier must not use the Buyer\'s name in its advertising.', 'provider shall! use'],
  ['Vendor will not raise prices during the Initial Term.', 'provider shall! raise'],
  ['No party shall assign this Agreement without the prior written consent of the other party.', 'neither shall! assign'],
  ['No Party may bring a claim more than two (2) years after it arose.', 'neither may! bring'],
  ['Neither party shall be liable to the other for lost profits.', 'neither shall! be liable'],
  ['Neither Licensor nor Licensee shall disclose the terms of this License.', 'neither shall! disclose'],
  ['Neither the Customer nor the Provider may assign its rights under this Agreement.', 'neither may! assign'],
  ['In no event shall Provider be liable for indirect or consequential damages.', 'provider shall! be liable'],
  ['In no event will either party be liable for punitive damages.', 'either shall! be liable'],
  ['Under no circumstances may the Licensee reverse engineer the Software.', 'customer may! reverse'],
  ['Under no circumstances shall Processor transfer Personal Data outside the EEA.', 'provider shall! transfer'],
  ['At no time shall the Supplier store Buyer data outside the United Kingdom.', 'provider shall! store'],
  ['The Customer is not entitled to any refund of prepaid fees.', 'customer may! -'],
  ['Licensee shall not be entitled to terminate this Agreement for convenience.', 'customer may! terminate'],
  ['Provider shall have no right to suspend the Services for amounts disputed in good faith.', 'provider may! suspend'],
  ['Customer does not have the right to audit Provider more than once a year.', 'customer may! audit'],
  ['The Reseller has no authority to bind the Manufacturer.', 'customer may! bind'],
  ['Customer hereby waives its right to terminate this Agreement for convenience.', 'customer may! terminate'],
  ['Each party waives any right to a trial by jury.', 'either may! -'],
  ['Licensee irrevocably waives any right to challenge the validity of the Licensed Patents.', 'customer may! challenge'],
  ['Nothing in this Agreement shall prevent Customer from terminating this Agreement for convenience.', 'customer may terminating'],
  ['Nothing in this Section shall prevent either party from disclosing information the law requires it to disclose.', 'either may disclosing'],
  ['Nothing in this Agreement shall restrict the Controller from auditing the Processor.', 'customer may auditing'],
  ['Customer agrees not to use the Services to send unsolicited messages.', 'customer shall! use'],
  ['The Processor undertakes not to process Personal Data for its own purposes.', 'provider shall! process'],
  ['Customer shall not be required to buy any minimum volume of Services.', 'customer shall! buy'],
  ['Provider shall in no event be obliged to provide support for modified versions.', 'provider shall! provide'],
  ['Licensee shall never remove the proprietary notices from the Software.', 'customer shall! remove'],
  ['Provider is not required to renew this Agreement.', 'provider shall! renew'],
  ['Provider has no obligation to renew this Agreement after the Initial Term.', 'provider shall! renew'],
  ['The Supplier is under no obligation to accept any Purchase Order.', 'provider shall! accept'],
];

export const PASSIVES: readonly Row[] = [
  ['This Agreement may be terminated by either party upon sixty (60) days prior written notice.', 'either may be terminated'],
  ['This Agreement can be terminated on thirty (30) days written notice.', 'none may be terminated'],
  ['The Order Form may be cancelled by Customer at any time before delivery.', 'customer may be cancelled'],
  ['This Agreement may be terminated by Customer or Provider on written notice.', 'either may be terminated'],
  ['This Agreement may not be terminated for convenience by either party.', 'either may! be terminated'],
  ['The Services may be suspended by Provider if an invoice is overdue.', 'provider may be suspended', 'roles: main condition'],
  ['The Processor shall not be audited more than once a year.', 'none shall! be audited'],
  ['Provider\'s facilities shall not be audited more than once in any twelve (12) month period.', 'none shall! be audited'],
  ['The fees shall be paid by the Customer in quarterly instalments.', 'customer shall be paid'],
  ['The Licensed Software may be used by Licensee only in the Territory.', 'customer may be used'],
  ['The records shall be kept for at least seven (7) years.', 'none shall be kept'],
  ['Each Order shall be governed by the laws of the Province of Manitoba.', 'none shall be governed'],
  ['Customer\'s audit rights may be exercised no more than once per calendar year.', 'none may be exercised'],
  ['The Subscription can be renewed by the Subscriber for further one-year periods.', 'customer may be renewed'],
  ['The Agreement shall be terminated automatically upon the insolvency of either party.', 'none shall be terminated', 'roles: main condition'],
  ['No Order may be cancelled by Customer after acceptance.', 'customer may! be cancelled'],
  // Choosing to act is the act: the verb after "elect / choose / opt to".
  ['The Reseller may elect to renew this Agreement for a further year.', 'customer may renew'],
  ['Provider may opt to deliver the Services from its Dublin facility.', 'provider may deliver'],
  // A leading condition ends before the clause it governs, past any aside of its own.
  ['If the Buyer concludes, acting in good faith, that the Goods are unsafe, the Buyer may reject the shipment.', 'customer may reject', 'roles: condition main'],
  ['If Customer fails to pay, and the failure continues for ten (10) days, Provider may suspend the Services.', 'provider may suspend', 'roles: condition main'],
  // "unless" runs on to the end of the sentence, past an aside of its own; it is an aside only between a modal and its verb.
  ['The Subscription renews automatically for one-year periods unless, at least thirty (30) days before a renewal date, the Subscriber tells the Vendor that it will not renew.', 'roles: main exception'],
  ['The Subscription renews automatically unless the Subscriber tells the Vendor, at least thirty (30) days before a renewal date, that it will not renew.', 'roles: main exception'],
];

export const TRANSFERS: readonly Row[] = [
  ['Processor shall permit Controller to audit its processing of Personal Data.', 'customer may audit'],
  ['The Supplier shall allow the Buyer and its auditors to inspect the production line.', 'customer may inspect'],
  ['Licensee shall permit Licensor, on ten (10) days notice, to examine its records.', 'provider may examine'],
  ['The Vendor will authorise the Client to use the Vendor\'s trademarks in the Territory.', 'customer may use'],
  ['Provider will not permit any third party to access Customer Data.', 'none may! access'],
  ['The Processor shall not allow its staff to copy Personal Data onto removable media.', 'none may! copy'],
  ['The Licensor shall enable the Licensee to download each update.', 'customer may download'],
  ['Customer agrees to allow Provider to reference Customer as a client in its marketing.', 'provider may reference'],
];
