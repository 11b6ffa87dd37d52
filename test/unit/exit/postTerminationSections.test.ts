import assert from 'node:assert/strict';
import { postTerminationFound } from './postTerminationFound';

// Filings run sections together on one line. When a section number stands
// alone ("7.") and its title runs into the first words after a colon
// ("DUTIES AFTER TERMINATION: …"), the section's later sentences still speak
// of the end, down to the next section that is not one of its own.

const found = postTerminationFound;

describe('keyTerms.exit post-termination sections titled with a colon', () => {
  it('reads the sub-sections of "7. DUTIES AFTER TERMINATION: …" down to section 8', () => {
    const text = [
      '6.2 Either party may end this Agreement on ninety days notice. 7. DUTIES AFTER TERMINATION: The parties agree as follows.',
      '7.1 Reseller Duties. Reseller shall pay all open invoices. 7.2 Vendor Duties. Vendor shall keep paying the agreed commission for as long as the accounts stay active.',
      '8. NOTICES: Each party shall send notices by registered mail.',
    ].join(' ');
    assert.deepEqual(found(text), ['Vendor shall keep paying the agreed commission for as long as the accounts stay active.']);
  });

  it('leaves sections whose colon title is about something else', () => {
    const text = '7. PAYMENT TERMS: The parties agree as follows. 7.1 Vendor shall keep paying the agreed commission for as long as the accounts stay active.';
    assert.deepEqual(found(text), []);
  });
});
