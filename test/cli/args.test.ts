import assert from 'node:assert/strict';
import { parseCliArgs } from '../../server/src/cli/args';

describe('cli: argument parsing', () => {
  it('defaults to text output, failing on errors, with no playbook', () => {
    assert.deepEqual(parseCliArgs(['draft.md']), {
      kind: 'review', format: 'text', failOn: 'error', playbookPath: null, outputPath: null, strictPlaybook: false,
      stdin: { format: 'markdown', filename: null }, files: ['draft.md'],
    });
  });

  it('reads every option, in both --name value and --name=value forms', () => {
    assert.deepEqual(parseCliArgs(['--format=sarif', '--playbook', 'team.json', '--fail-on', 'warning', '--strict-playbook', '--stdin-format', 'text', '--stdin-filename=inbox/msa', 'a.md', '-', 'b.txt']), {
      kind: 'review', format: 'sarif', failOn: 'warning', playbookPath: 'team.json', outputPath: null, strictPlaybook: true,
      stdin: { format: 'plaintext', filename: 'inbox/msa' }, files: ['a.md', '-', 'b.txt'],
    });
  });

  it('reads standard input as Markdown, as --stdin-format says, or by the extension of --stdin-filename', () => {
    const stdinOf = (argv: string[]) => {
      const parsed = parseCliArgs([...argv, '-']);
      assert.equal(parsed.kind, 'review', JSON.stringify(parsed));
      return parsed.kind === 'review' ? parsed.stdin : null;
    };
    assert.deepEqual(stdinOf([]), { format: 'markdown', filename: null });
    assert.deepEqual(stdinOf(['--stdin-format', 'text']), { format: 'plaintext', filename: null });
    assert.deepEqual(stdinOf(['--stdin-format=markdown']), { format: 'markdown', filename: null });
    assert.deepEqual(stdinOf(['--stdin-filename', 'deal/msa.txt']), { format: 'plaintext', filename: 'deal/msa.txt' });
    assert.deepEqual(stdinOf(['--stdin-filename', 'deal/msa.contract.md']), { format: 'markdown', filename: 'deal/msa.contract.md' });
    assert.deepEqual(stdinOf(['--stdin-filename', 'deal/msa']), { format: 'markdown', filename: 'deal/msa' }, 'no extension: the default');
    assert.deepEqual(stdinOf(['--stdin-filename', 'msa.txt', '--stdin-format', 'markdown']), { format: 'markdown', filename: 'msa.txt' }, 'the flag wins');
  });

  it('takes names after -- as files even when they look like options', () => {
    const parsed = parseCliArgs(['--', '--odd-name.md']);
    assert.equal(parsed.kind, 'review');
    assert.deepEqual(parsed.kind === 'review' && parsed.files, ['--odd-name.md']);
  });

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseCliArgs(['--help', '--bogus']), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['-h']), { kind: 'help' });
    assert.deepEqual(parseCliArgs(['--version']), { kind: 'version' });
  });

  const mistakes: [string[], RegExp][] = [
    [['--bogus', 'a.md'], /Unknown option "--bogus"/],
    [['-x', 'a.md'], /Unknown option "-x"/],
    [['--format', 'xml', 'a.md'], /--format must be one of text, json, sarif, markdown, html; got "xml"/],
    [['--fail-on', 'hint', 'a.md'], /--fail-on must be one of error, warning, information, never; got "hint"/],
    [['--playbook'], /--playbook needs a value/],
    [['--playbook', '--format', 'json', 'a.md'], /--playbook needs a value/],
    [['--format', 'json', '--format', 'text', 'a.md'], /--format is given more than once/],
    [[], /No draft to review/],
    [['--stdin-format', 'rtf', '-'], /--stdin-format must be one of markdown, text; got "rtf"/],
    [['--stdin-format', 'text', 'a.md'], /describe standard input: add "-" to the files/],
    [['--stdin-filename', 'x.md', 'a.md'], /describe standard input: add "-" to the files/],
    [['--stdin-filename', '-'], /--stdin-filename needs a value/],
    [['--strict-playbook=yes', 'a.md'], /--strict-playbook takes no value/],
  ];
  for (const [argv, expected] of mistakes) {
    it(`refuses ${JSON.stringify(argv)}`, () => {
      const parsed = parseCliArgs(argv);
      assert.equal(parsed.kind, 'usage-error');
      assert.ok(parsed.kind === 'usage-error' && parsed.problems.some((p) => expected.test(p)), JSON.stringify(parsed));
    });
  }
});
