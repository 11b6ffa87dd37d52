import assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import { DEFAULT_PLAYBOOK, playbookSchema } from '../../server/src/engine/playbook/schema';
import { PlaybookTemplateRequest } from '../../server/src/protocol';
import { LspClient } from './client';

describe('lsp: playbook template request', function () {
  this.timeout(15000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('answers the commented default playbook, which reads back as the defaults', async () => {
    const text = await client.request<string>(PlaybookTemplateRequest.method, undefined);
    assert.match(text, /^\/\/ Contract Review playbook/);
    assert.match(text, /\/\/ Longest automatic renewal term you accept/);
    assert.deepEqual(playbookSchema.parse(parse(text)), DEFAULT_PLAYBOOK);
  });
});
