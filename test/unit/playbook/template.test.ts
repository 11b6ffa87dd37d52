import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import { DEFAULT_PLAYBOOK, playbookSchema } from '../../../server/src/engine/playbook/schema';
import { playbookTemplate } from '../../../server/src/playbookTemplate';

describe('playbook template', () => {
  const text = playbookTemplate();

  it('is JSON with comments that reads back as the default playbook', () => {
    const errors: ParseError[] = [];
    const value: unknown = parse(text, errors, { allowTrailingComma: false });
    assert.deepEqual(errors, []);
    assert.deepEqual(playbookSchema.parse(value), DEFAULT_PLAYBOOK);
  });

  it('puts a comment on the line above every threshold', () => {
    const lines = text.split('\n');
    for (const section of ['renewal', 'sla', 'dpa', 'exit'] as const) {
      for (const field of Object.keys(DEFAULT_PLAYBOOK[section])) {
        const at = lines.findIndex((line) => line.trim().startsWith(`"${field}":`));
        assert.ok(at > 0, `${section}.${field} is written`);
        assert.match(lines[at - 1], /^\s+\/\/ \S/, `${section}.${field} has a comment: ${lines[at - 1]}`);
      }
    }
  });
});
