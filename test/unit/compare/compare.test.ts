import assert from 'node:assert/strict';
import { compareDrafts, type DraftComparison } from '../../../server/src/engine/compare';
import { BASE, editClause, moveSection, render, withSection } from './drafts';

const rules = (findings: readonly { ruleId: string }[]): string[] => findings.map((f) => f.ruleId).sort();
const moveLines = (c: DraftComparison): string[] => c.moves.map((m) => `${m.id} ${m.old.value} -> ${m.new.value} ${m.effect}`);

describe('compare: two turns of a draft', () => {
  const base = render(BASE);

  it('finds nothing new, resolved or moved between a draft and itself', () => {
    const c = compareDrafts(base, base);
    assert.deepEqual([c.introduced.length, c.resolved.length, c.moves.length], [0, 0, 0]);
    assert.ok(c.unchanged.length >= 5, 'the base draft has findings to carry over');
    assert.equal(c.clauses.reworded + c.clauses.moved + c.clauses.renumbered + c.clauses.added.length + c.clauses.deleted.length, 0);
  });

  it('matches clauses through renumbering: a section inserted before the rest changes no finding', () => {
    const inserted = withSection(BASE, 1, { title: 'Orders', clauses: ['Customer may add seats by signing a further order form.'] });
    const c = compareDrafts(base, render(inserted));
    assert.deepEqual(rules(c.introduced), []);
    assert.deepEqual(rules(c.resolved), []);
    assert.ok(c.clauses.renumbered >= 9, `renumbered ${c.clauses.renumbered}`);
    assert.equal(c.clauses.moved, 0, 'renumbered, not moved');
    assert.deepEqual(c.clauses.added.map((q) => q.number), ['2.1']);
    // The unchanged findings point at the renumbered clauses of the new draft.
    const renewal = c.unchanged.find((p) => p.new.ruleId === 'sla/sole-remedy');
    assert.ok(renewal && renewal.new.span.start > renewal.old.span.start);
  });

  it('matches a moved section, and says it moved', () => {
    const moved = moveSection(BASE, 2, 5); // Service Levels to the end
    const c = compareDrafts(base, render(moved));
    assert.deepEqual(rules(c.introduced), []);
    assert.deepEqual(rules(c.resolved), []);
    assert.equal(c.moves.length, 0);
    assert.ok(c.clauses.moved >= 3, `moved ${c.clauses.moved}`);
  });

  it('reports changed numbers as key-term moves with both clauses, the ones that hurt the buyer first', () => {
    let turn = editClause(BASE, 'Term and Renewal', 1, (t) => t.replace('twelve (12) months unless', 'thirty-six (36) months unless').replace('sixty (60)', 'one hundred twenty (120)'));
    turn = editClause(turn, 'Service Levels', 0, (t) => t.replace('99.95%', '99.9%'));
    turn = editClause(turn, 'Data Protection', 1, (t) => t.replace('forty-eight (48)', 'seventy-two (72)'));
    turn = editClause(turn, 'Exit', 0, (t) => t.replace('thirty (30)', 'ninety (90)'));
    const c = compareDrafts(base, render(turn));
    assert.deepEqual(moveLines(c), [
      'renewal-term 12 -> 36 worse',
      'non-renewal-notice 60 -> 120 worse',
      'uptime 99.95 -> 99.9 worse',
      'breach-notice 48 -> 72 worse',
      'post-termination-access 30 -> 90 better',
    ]);
    const renewal = c.moves[0];
    assert.equal(renewal.oldClause?.number, '2.2');
    assert.match(renewal.oldClause?.text ?? '', /twelve \(12\) months unless/);
    assert.match(renewal.newClause?.text ?? '', /thirty-six \(36\) months unless/);
    assert.deepEqual(rules(c.introduced), ['renewal/long-notice-period', 'renewal/long-renewal-term', 'sla/uptime-below-target']);
    assert.deepEqual(rules(c.resolved), ['exit/short-post-termination-access']);
    assert.equal(c.clauses.reworded, 4);
  });

  it('reports what a deleted clause takes away and gives back', () => {
    let turn = editClause(BASE, 'Exit', 0, () => null); // the export clause goes
    turn = editClause(turn, 'Service Levels', 2, () => null); // and so does the sole-remedy clause
    const c = compareDrafts(base, render(turn));
    assert.ok(rules(c.introduced).includes('exit/no-data-export'), rules(c.introduced).join(', '));
    assert.deepEqual(rules(c.resolved), ['exit/short-post-termination-access', 'sla/sole-remedy']);
    assert.deepEqual(c.clauses.deleted.map((q) => q.number).sort(), ['3.3', '5.1']);
    assert.equal(c.clauses.deleted.length, 2);
    // Access after the end is no longer stated: a move, worse for the buyer.
    assert.deepEqual(moveLines(c).filter((m) => m.startsWith('post-termination-access')), ['post-termination-access 30 -> null worse']);
  });

  it('keeps a reworded clause paired with its old self, so its finding is not new', () => {
    const turn = editClause(BASE, 'Service Levels', 2, (t) => t.replace('Service credits are the sole', 'The service credits described above are Customer\'s sole'));
    const c = compareDrafts(base, render(turn));
    assert.deepEqual(rules(c.introduced), []);
    assert.deepEqual(rules(c.resolved), []);
    assert.equal(c.clauses.reworded, 1);
  });
});
