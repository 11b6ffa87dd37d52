import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { SEVERITIES } from '../../../server/src/engine/model';
import { RULE_IDS } from '../../../server/src/engine/rules';
import { DEFAULT_PLAYBOOK, playbookSchema } from '../../../server/src/engine/playbook/schema';

// client/playbook.schema.json is written by hand for editor completion in
// .contract-review.json; these tests hold it to the zod schema the server uses.

interface JsonSchema {
  readonly type?: string;
  readonly properties?: Record<string, JsonSchema>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly default?: unknown;
  readonly description?: string;
  readonly enum?: readonly unknown[];
  readonly definitions?: Record<string, JsonSchema>;
}

const SCHEMA_PATH = join(__dirname, '..', '..', '..', 'client', 'playbook.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

describe('playbook JSON schema', () => {
  it('has the same top-level fields as the zod schema', () => {
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), Object.keys(playbookSchema.shape).sort());
    assert.equal(schema.additionalProperties, false);
  });

  // Sections of thresholds (renewal today; sla, dpa… as they arrive) must list the
  // same fields with the same defaults as DEFAULT_PLAYBOOK.
  const sections: [string, Record<string, unknown>][] = [];
  for (const [name, value] of Object.entries(DEFAULT_PLAYBOOK) as [string, unknown][]) {
    if (isPlainObject(value) && Object.keys(value).length > 0) sections.push([name, value]);
  }

  it('covers at least the renewal section', () => {
    assert.ok(sections.some(([name]) => name === 'renewal'));
  });

  for (const [name, defaults] of sections) {
    describe(`section "${name}"`, () => {
      const section = schema.properties?.[name];

      it('lists the same fields and refuses others', () => {
        assert.ok(section, `the schema has no "${name}"`);
        assert.deepEqual(Object.keys(section.properties ?? {}).sort(), Object.keys(defaults).sort());
        assert.equal(section.additionalProperties, false);
      });

      for (const [field, value] of Object.entries(defaults)) {
        it(`gives ${name}.${field} the default ${JSON.stringify(value)} and a description`, () => {
          const property = section?.properties?.[field];
          assert.ok(property, `the schema has no ${name}.${field}`);
          assert.deepEqual(property.default, value);
          assert.ok((property.description ?? '').length > 10);
        });
      }
    });
  }

  it('names every rule under "rules", and no rule that does not exist', () => {
    const listed = Object.keys(schema.properties?.rules?.properties ?? {}).sort();
    assert.deepEqual(listed, [...RULE_IDS].sort());
  });

  it('offers the severities the engine knows, plus "off"', () => {
    assert.deepEqual(schema.definitions?.severityOrOff?.enum, [...SEVERITIES, 'off']);
  });

  describe('accepts and refuses the same playbooks as zod', () => {
    const ajv = new Ajv({ allErrors: true });
    ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
    const validate = ajv.compile(schema);

    const playbooks: Record<string, unknown> = {
      'an empty playbook': {},
      'the defaults written out': DEFAULT_PLAYBOOK,
      'a rule switched off': { rules: { 'renewal/long-renewal-term': 'off' } },
      'a severity for a rule id the schema does not list': { rules: { 'sla/some-future-rule': 'hint' } },
      'a bad severity': { rules: { 'renewal/long-renewal-term': 'fatal' } },
      'a zero renewal term': { renewal: { maxTermMonths: 0 } },
      'a fractional notice period': { renewal: { maxNoticeDays: 30.5 } },
      'a fractional price cap': { renewal: { maxPriceIncreasePercent: 2.5 } },
      'a negative price cap': { renewal: { maxPriceIncreasePercent: -1 } },
      'an unknown renewal field': { renewal: { maxTermYears: 1 } },
      'an unknown top-level field': { sla: 1, extra: true },
      'a clause template': { clauses: { 'renewal-cap': 'Fees may not increase by more than 3% on renewal.' } },
      'a clause that is not text': { clauses: { 'renewal-cap': 3 } },
      'a $schema pointer': { $schema: './node_modules/contract-review/client/playbook.schema.json' },
    };
    for (const [name, playbook] of Object.entries(playbooks)) {
      const zodAccepts = playbookSchema.safeParse(playbook).success;
      it(`${zodAccepts ? 'accepts' : 'refuses'} ${name}`, () => {
        assert.equal(validate(playbook), zodAccepts, JSON.stringify(validate.errors));
      });
    }
  });
});
