import assert from 'node:assert/strict';
import { loadPlaybook, MAX_NESTING } from '../../../server/src/engine/playbook/load';
import { withoutPaths } from '../../../server/src/engine/playbook/jsonTree';
import { DEFAULT_PLAYBOOK, playbookSchema } from '../../../server/src/engine/playbook/schema';
import { RULE_IDS } from '../../../server/src/engine/rules';
import { decodePlaybookText } from '../../../server/src/playbookText';

// Issue 12.6: a playbook of thousands of unknown fields cost seconds (every problem
// copied the whole object), a deeply nested one overflowed the stack, and a BOM was
// accepted by the editor but refused by the CLI.

/** How many times the schema validates while `run` runs: the loader's passes over the file. */
function countValidations(run: () => void): number {
  const original = playbookSchema.safeParse;
  let calls = 0;
  playbookSchema.safeParse = ((...args: Parameters<typeof original>) => {
    calls++;
    return original.apply(playbookSchema, args);
  }) as typeof original;
  try {
    run();
  } finally {
    playbookSchema.safeParse = original;
  }
  return calls;
}

describe('robustness: loading playbooks (issue 12.6)', () => {
  it('reports 5,000 unknown fields in one pass, each at its own place', () => {
    const fields: Record<string, number> = { };
    for (let i = 0; i < 5000; i++) fields[`unknownField${i}`] = i;
    const text = JSON.stringify({ renewal: { maxTermMonths: 18 }, ...fields }, null, 1);
    let problems: ReturnType<typeof loadPlaybook>['problems'] = [];
    let months = 0;
    const passes = countValidations(() => {
      const loaded = loadPlaybook(text, RULE_IDS);
      problems = loaded.problems;
      months = loaded.playbook.renewal.maxTermMonths;
    });
    // One pass finds every unknown field, one more validates what is left: never one per field.
    assert.equal(passes, 2);
    assert.equal(months, 18, 'the known field still applies');
    assert.equal(problems.length, 5000);
    for (const i of [0, 1234, 4999]) {
      const problem = problems.find((p) => p.field === `unknownField${i}`);
      assert.ok(problem?.span, `unknownField${i}`);
      assert.equal(text.slice(problem.span.start, problem.span.end), `"unknownField${i}": ${i}`);
    }
  });

  it('reports every bad field of several sections, each keeping its own default', () => {
    const text = '{ "renewal": { "maxTermMonths": "x", "colour": 1, "size": 2 }, "sla": { "minUptimePercent": 101 } }';
    const { playbook, problems } = loadPlaybook(text, RULE_IDS);
    assert.deepEqual(problems.map((p) => p.field).sort(), ['renewal.colour', 'renewal.maxTermMonths', 'renewal.size', 'sla.minUptimePercent']);
    assert.equal(playbook.renewal.maxTermMonths, DEFAULT_PLAYBOOK.renewal.maxTermMonths);
    assert.equal(playbook.sla.minUptimePercent, DEFAULT_PLAYBOOK.sla.minUptimePercent);
  });

  for (const [name, open, close] of [['lists', '[', ']'], ['objects', '{"a":', '}']] as const) {
    it(`refuses ${name} nested 100,000 deep with one problem instead of a stack overflow`, () => {
      const text = `{"renewal": ${open.repeat(100_000)}1${close.repeat(100_000)}}`;
      const { playbook, problems } = loadPlaybook(text, RULE_IDS);
      assert.deepEqual(playbook, DEFAULT_PLAYBOOK);
      assert.equal(problems.length, 1);
      assert.match(problems[0].message, new RegExp(`more than ${MAX_NESTING} levels`));
      assert.ok(problems[0].span && problems[0].span.start > 0 && problems[0].span.end <= text.length);
    });
  }

  it('takes nesting up to the limit, and brackets inside strings and comments do not count', () => {
    const deepButFine = `{"clauses": {"x": "${'['.repeat(500)}"}, // ${'{'.repeat(500)}\n "rules": {}}`;
    assert.deepEqual(loadPlaybook(deepButFine, RULE_IDS).problems, []);
    const atLimit = `${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`;
    assert.doesNotMatch(loadPlaybook(atLimit, RULE_IDS).problems[0].message, /levels/);
  });

  it('accepts a UTF-8 byte-order mark, from text and from bytes, with spans into the file as written', () => {
    const text = '\uFEFF{ "renewal": { "maxTermMonths": 24, "colour": 1 } }';
    const fromText = loadPlaybook(text, RULE_IDS);
    assert.equal(fromText.playbook.renewal.maxTermMonths, 24);
    assert.deepEqual(fromText.problems.map((p) => p.field), ['renewal.colour']);
    const span = fromText.problems[0].span;
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), '"colour": 1');

    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "renewal": { "maxTermMonths": 24 } }')]);
    const text2 = decodePlaybookText(bytes);
    assert.ok(text2 !== null);
    const fromBytes = loadPlaybook(text2, RULE_IDS);
    assert.deepEqual(fromBytes.problems, []);
    assert.equal(fromBytes.playbook.renewal.maxTermMonths, 24);
  });

  it('withoutPaths copies only the objects on the way and leaves the input alone', () => {
    const input = { a: { b: 1, c: 2 }, d: 3, e: [1, 2], f: { g: { h: 1 } } };
    const out = withoutPaths(input, [['a', 'b'], ['d'], ['e', 0], ['f', 'g', 'h']]);
    assert.deepEqual(out, { a: { c: 2 }, f: { g: {} } });
    assert.deepEqual(input, { a: { b: 1, c: 2 }, d: 3, e: [1, 2], f: { g: { h: 1 } } });
    assert.deepEqual(withoutPaths(input, [[]]), {});
  });
});
