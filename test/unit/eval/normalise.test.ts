import assert from 'node:assert/strict';
import { alternatives, answerDate, answerDurations, answerMonths, dateMatches, daysMatch, isPerpetual, jurisdictionMatches, jurisdictions } from '../../eval/normalise';

// The evaluation is only as honest as its comparison with CUAD's hand-typed
// answers: these pin the spellings it must accept and the readings it must refuse.

describe('eval: normalising CUAD answers', () => {
  it('reads renewal terms in the spellings CUAD uses', () => {
    assert.deepEqual(answerMonths('successive 1 year'), [12]);
    assert.deepEqual(answerMonths('Succesive 1 year'), [12]);
    assert.deepEqual(answerMonths('(6) months'), [6]);
    assert.deepEqual(answerMonths('two years; 1 year'), [24, 12]);
    assert.deepEqual(answerMonths('renews automatically'), []);
    assert.deepEqual(answerMonths('1-year'), [12]);
    assert.deepEqual(answerMonths('twelve-month periods'), [12]);
    assert.deepEqual(answerDurations('ninety-one days'), [{ n: 91, unit: 'day' }]);
  });

  it('accepts calendar and 30-day readings of months as notice days, and nothing else', () => {
    assert.equal(daysMatch(90, '90 days'), true);
    assert.equal(daysMatch(60, '60) days'), true);
    assert.equal(daysMatch(180, '6 months'), true);
    assert.equal(daysMatch(184, '6 months'), true);
    assert.equal(daysMatch(186, '6 months'), false);
    assert.equal(daysMatch(179, '6 months'), false);
    assert.equal(daysMatch(14, '2 weeks'), true);
    assert.equal(daysMatch(365, 'one year'), true);
    assert.equal(daysMatch(30, 'thirty days'), true);
    assert.equal(daysMatch(45, 'forty-five (45) days'), true);
    assert.equal(daysMatch(5, 'forty-five days'), false, 'a compound number word is one number, not its last word');
    assert.equal(daysMatch(30, 'some days'), null, 'no number leaves the answer uncomparable');
    assert.equal(daysMatch(30, ''), null);
  });

  it('recognises perpetual answers', () => {
    assert.equal(isPerpetual('perpetual'), true);
    assert.equal(isPerpetual('Indefinite'), true);
    assert.equal(isPerpetual('12/31/2020'), false);
  });

  it('reads dates with redacted parts as unknown, and two-digit years around 2000', () => {
    assert.deepEqual(answerDate('7/11/06'), { year: 2006, month: 7, day: 11 });
    assert.deepEqual(answerDate('06/[]/2010'), { year: 2010, month: 6, day: null });
    assert.deepEqual(answerDate('1/1/99'), { year: 1999, month: 1, day: 1 });
    assert.equal(answerDate('[]/[]/[]'), null);
    assert.equal(answerDate('upon signature'), null);
    assert.equal(answerDate('[]/[]/20[]'), null);
    assert.deepEqual(answerDate('12/01/[]'), { year: null, month: 12, day: 1 });
  });

  it('reads day-first, ISO and dotted dates, and a month with its year but no day', () => {
    assert.deepEqual(answerDate('31/01/2025'), { year: 2025, month: 1, day: 31 });
    assert.deepEqual(answerDate('15.03.2021'), { year: 2021, month: 3, day: 15 });
    assert.deepEqual(answerDate('2025-01-31'), { year: 2025, month: 1, day: 31 });
    assert.deepEqual(answerDate('2010-06'), { year: 2010, month: 6, day: null });
    assert.deepEqual(answerDate('06/2010'), { year: 2010, month: 6, day: null });
    assert.deepEqual(answerDate('[]/2010'), { year: 2010, month: null, day: null });
    assert.deepEqual(answerDate('03/04/2020'), { year: 2020, month: 3, day: 4 }, 'ambiguous dates stay month first, as CUAD types them');
    assert.equal(answerDate('12/01'), null, 'a month and a day without a year is no date the harness can place');
    assert.equal(answerDate('13/13/2020'), null);
  });

  it('splits answers that give several readings', () => {
    assert.deepEqual(alternatives('07/31/2000; 07/[]/2000'), ['07/31/2000', '07/[]/2000']);
    assert.deepEqual(alternatives('09/05/2019; perpetual'), ['09/05/2019', 'perpetual']);
    assert.deepEqual(alternatives('  '), []);
  });

  it('matches an ISO date on the known parts, with slack only when the answer is whole', () => {
    assert.equal(dateMatches('2010-06-17', { year: 2010, month: 6, day: null }), true);
    assert.equal(dateMatches('2010-07-17', { year: 2010, month: 6, day: null }), false);
    assert.equal(dateMatches('2025-06-29', { year: 2025, month: 6, day: 30 }, 1), true);
    assert.equal(dateMatches('2025-06-28', { year: 2025, month: 6, day: 30 }, 1), false);
    assert.equal(dateMatches('2025-06-29', { year: 2025, month: 6, day: 30 }), false);
  });

  it('matches a partial date the engine read when it knows every part the answer knows', () => {
    assert.equal(dateMatches('2010-06', { year: 2010, month: 6, day: null }), true);
    assert.equal(dateMatches('2015', { year: 2015, month: null, day: null }), true);
    assert.equal(dateMatches('2010-06', { year: 2010, month: 6, day: 15 }), false);
    assert.equal(dateMatches('2010-06', { year: 2010, month: 6, day: 15 }, 1), false, 'slack needs a whole date on both sides');
  });

  it('compares jurisdictions by place, whatever the prefix or country suffix', () => {
    assert.deepEqual(jurisdictions('England and Wales, UK'), ['england', 'wales']);
    assert.deepEqual(jurisdictions('State of New York'), ['new york']);
    assert.equal(jurisdictionMatches('England and Wales', 'England, United Kingdom; Wales, United Kingdom'), true);
    assert.equal(jurisdictionMatches('the Commonwealth of Massachusetts', 'Massachussets'), true);
    assert.equal(jurisdictionMatches('Delaware', 'New York'), false);
    assert.equal(jurisdictionMatches('Delaware', '[***]'), null);
    assert.deepEqual(jurisdictions('England & Wales'), ['england', 'wales']);
  });
});
