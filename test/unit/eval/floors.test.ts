import assert from 'node:assert/strict';
import type { CategoryResult } from '../../eval/cuad';
import { belowFloors, floorsBelow, type FloorFigures } from '../../eval/floors';

// The CI gate on real documents: a figure under its floor, or a figure that went
// missing, must be reported; figures at or above their floors must pass.

function category(name: string, precision: number | null, recall: number | null, valueAccuracy: number | null = null): CategoryResult {
  return {
    category: name, status: 'measured', contracts: 10, labelled: 5, detected: 5, tp: 4, fp: 1, fn: 1,
    precision, recall, f1: precision !== null && recall !== null ? (2 * precision * recall) / (precision + recall) : null,
    valueAnswered: 4, valueRight: 3, valueAccuracy, targets: {}, meetsTargets: true,
  };
}

const figures: FloorFigures = {
  cuad: [category('Renewal Term', 0.95, 0.9, 0.93), category('Audit Rights', 0.8, null)],
  vendorFacts: [{ fact: 'uptime_pct', status: 'measured', total: 4, right: 3, accuracy: 0.75 }],
  checks: [{ check: 'kinds', passed: 9, total: 10, failures: ['one.txt: read as sla'] }],
};

describe('eval: floors', () => {
  it('passes figures at or above their floors', () => {
    assert.deepEqual(belowFloors(figures, { cuad: { 'Renewal Term': { precision: 0.95, recall: 0.88 } }, vendorFacts: 0.75, checks: { kinds: 0.9 } }), []);
  });

  it('names each figure below its floor, and each floor whose figure is missing', () => {
    const problems = belowFloors(figures, {
      cuad: { 'Renewal Term': { precision: 0.96, valueAccuracy: 0.9 }, 'Audit Rights': { recall: 0.5 }, 'Governing Law': { valueAccuracy: 0.9 } },
      vendorFacts: 0.8,
      checks: { kinds: 1, 'filters agree': 1 },
    });
    assert.deepEqual(problems, [
      'CUAD Renewal Term precision: 0.950 is below its floor 0.960',
      'CUAD Audit Rights recall: not measured (floor 0.500)',
      'CUAD Governing Law valueAccuracy: not measured (floor 0.900)',
      'vendor facts read exactly: 0.750 is below its floor 0.800',
      'check "kinds": 0.900 is below its floor 1.000',
      'check "filters agree": not measured (floor 1.000)',
    ]);
  });

  it('proposes floors two hundredths below the figures, rounded down', () => {
    const floors = floorsBelow(figures);
    assert.deepEqual(floors.cuad['Renewal Term'], { precision: 0.93, recall: 0.88, f1: 0.9, valueAccuracy: 0.91 });
    assert.deepEqual(floors.cuad['Audit Rights'], { precision: 0.78 });
    assert.equal(floors.vendorFacts, 0.73);
    assert.deepEqual(floors.checks, { kinds: 0.88 });
    assert.deepEqual(belowFloors(figures, floors), []);
  });
});
