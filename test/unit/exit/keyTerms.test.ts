import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import { readExit } from '../../../server/src/engine/keyTerms/exit/readExit';
import type { ExitTerms } from '../../../server/src/engine/keyTerms/exit/types';

// keyTerms.exit over short phrasings written for these tests, including the
// traps real agreements set: export-control law, exports "during use",
// deletion on request, a customer's duty to save its own data.

const exitOf = (text: string): ExitTerms => readExit(parseContract(text, 'plaintext'));

describe('keyTerms.exit', () => {
  describe('data export right', () => {
    const rows: ReadonlyArray<readonly [string, boolean]> = [
      ['For sixty (60) days after termination, Customer may export Customer Data through the Services.', true],
      ['Upon expiration or termination, Provider will return all Customer Data to Customer in CSV format.', true],
      ['Following termination, Provider shall make Customer Data available for download for thirty (30) days.', true],
      // Export-control law is not data export.
      ['Customer shall comply with all export restrictions and export control laws when the Agreement terminates.', false],
      // Exports during use are a feature, not an exit right.
      ['Customer may export its data routinely during the subscription term.', false],
      // The buyer's duty to save its own data is the opposite of an exit right.
      ['Customer is solely responsible for exporting its data before termination.', false],
    ];
    for (const [text, expected] of rows) {
      it(`${expected}: ${JSON.stringify(text.slice(0, 70))}`, () => assert.equal(exitOf(text).dataExport, expected));
    }
  });

  describe('post-termination access and deletion', () => {
    const rows: ReadonlyArray<readonly [string, number | null, boolean, number | null]> = [
      ['For ninety (90) days after termination, Customer may retrieve Customer Data.', 90, false, null],
      ['Customer may retrieve its data within thirty (30) days after the effective date of termination.', 30, false, null],
      ['Upon any expiry or termination: a. Customer will no longer have any right to use the Platform. b. Upon Customer\'s request, Vendor will delete Customer Content within 45 days.', 0, false, null],
      ['All of your content will be inaccessible immediately upon account cancellation. Within 30 days, all content will be permanently deleted.', 0, false, 30],
      ['Provider will immediately delete Customer Data upon termination.', 0, true, null],
      // Deletion on request sets no access period and no deletion deadline.
      ['Upon termination, and upon Customer\'s request, Provider will delete Customer Content within sixty (60) days.', null, false, null],
    ];
    for (const [text, access, immediate, deletion] of rows) {
      it(`access ${access}, deleted at termination ${immediate}, deleted after ${deletion}: ${JSON.stringify(text.slice(0, 60))}`, () => {
        const exit = exitOf(text);
        assert.deepEqual([exit.postTerminationAccessDays, exit.deletionAtTermination, exit.deletionDaysAfterEnd], [access, immediate, deletion]);
      });
    }
  });

  it('tells the export deadline (after a request) from the access period (after the end)', () => {
    const exit = exitOf('For ninety (90) days after termination, Customer may export Customer Data. Provider shall deliver any export of Customer Data within ten (10) days of Customer\'s request.');
    assert.deepEqual([exit.postTerminationAccessDays, exit.exportDays], [90, 10]);
  });

  describe('formats and fees', () => {
    const rows: ReadonlyArray<readonly [string, readonly string[], boolean, ExitTerms['exportFees']]> = [
      ['Upon termination, Provider will export Customer Data, including recordings as WAV files and transcripts as JSON, at no additional charge.', ['WAV', 'JSON'], false, 'none'],
      ['Upon termination, Provider will export Customer Data in a format determined by Provider at its then-current professional services rates.', [], true, 'extra'],
      ['Upon termination, Provider will export Customer Data in comma-separated values for a fee of $5,000.', ['CSV'], false, 'stated'],
      ['Upon termination, Provider will export Customer Data.', [], false, 'unstated'],
    ];
    for (const [text, formats, byProvider, fees] of rows) {
      it(`${JSON.stringify(formats)} / ${fees}: ${JSON.stringify(text.slice(20, 80))}`, () => {
        const exit = exitOf(text);
        assert.deepEqual([exit.exportFormats, exit.exportFormatByProvider, exit.exportFees], [formats, byProvider, fees]);
      });
    }
  });

  it('sees recordings covered through a data definition that includes them', () => {
    const text = '1. "Customer Data" means all data Customer submits, including call recordings.\n\n2. Upon termination, Provider will export all Customer Data in CSV format.';
    assert.equal(exitOf(text).coversRecordings, true);
    assert.equal(exitOf('1. Provider records calls for Customer.\n\n2. Upon termination, Provider will export contact records in CSV format.').coversRecordings, false);
  });

  it('reads transition assistance, but not a disclaimer of it', () => {
    assert.equal(exitOf('Upon termination, Provider shall provide reasonable transition assistance to Customer.').transitionAssistance, true);
    assert.equal(exitOf('Provider has no obligation to provide transition assistance.').transitionAssistance, false);
  });
});
