import assert from 'node:assert/strict';
import { countBack, formatDay, lastWorkingDayOnOrBefore, termEnd } from '../../../server/src/engine/deadlines/calendarDates';

describe('deadline calendar arithmetic', () => {
  it('ends a term the day before its anniversary', () => {
    assert.equal(termEnd('2027-03-02', 36), '2030-03-01');
    assert.equal(termEnd('2026-01-01', 12), '2026-12-31');
  });

  it('ends a term that starts on a month end at the month end before the anniversary', () => {
    // 31 January + 1 month is the last day of February, so the term ends the day before it.
    assert.equal(termEnd('2024-01-31', 1), '2024-02-28');
    assert.equal(termEnd('2023-01-31', 1), '2023-02-27');
    // Counted from the start, not term by term: the second month still ends at the end of March.
    assert.equal(termEnd('2023-01-31', 2), '2023-03-30');
  });

  it('handles a 29 February start in leap and common years', () => {
    assert.equal(termEnd('2024-02-29', 12), '2025-02-27');
    assert.equal(termEnd('2024-02-29', 48), '2028-02-28');
    assert.equal(termEnd('2024-03-01', 12), '2025-02-28');
    assert.equal(termEnd('2023-03-01', 12), '2024-02-29');
  });

  it('counts calendar days back across a leap day', () => {
    assert.equal(countBack('2030-03-01', 180, 'day'), '2029-09-02');
    assert.equal(countBack('2024-03-01', 1, 'day'), '2024-02-29');
    assert.equal(countBack('2025-03-01', 1, 'day'), '2025-02-28');
    assert.equal(countBack('2028-03-31', 366, 'day'), '2027-03-31');
  });

  it('counts months back to the same day, clamped to the month end', () => {
    assert.equal(countBack('2025-03-31', 1, 'month'), '2025-02-28');
    assert.equal(countBack('2024-03-31', 1, 'month'), '2024-02-29');
    assert.equal(countBack('2025-12-31', 3, 'month'), '2025-09-30');
  });

  it('counts business days back over weekends (Monday to Friday)', () => {
    // Friday 1 March 2030: ten working days back is Friday 15 February.
    assert.equal(countBack('2030-03-01', 10, 'business-day'), '2030-02-15');
    // Monday 4 March 2030: one working day back is the Friday before.
    assert.equal(countBack('2030-03-04', 1, 'business-day'), '2030-03-01');
    // Sunday 3 March 2030: five working days back skips the weekend it starts on.
    assert.equal(countBack('2030-03-03', 5, 'business-day'), '2030-02-25');
  });

  it('moves a weekend deadline back to the Friday before', () => {
    assert.equal(lastWorkingDayOnOrBefore('2029-09-02'), '2029-08-31'); // a Sunday
    assert.equal(lastWorkingDayOnOrBefore('2026-07-18'), '2026-07-17'); // a Saturday
    assert.equal(lastWorkingDayOnOrBefore('2030-03-01'), '2030-03-01'); // a Friday
  });

  it('writes a day the way people read it', () => {
    assert.equal(formatDay('2029-09-02'), '2 Sep 2029');
    assert.equal(formatDay('2024-02-29'), '29 Feb 2024');
  });
});
