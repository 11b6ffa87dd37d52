import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_IDS, WORD_PDF_EDITOR_VIEW_TYPE } from '../../../client/src/commands/ids';
import { normalizeSettings } from '../../../server/src/lsp/settings';
import { COMMANDS, DEFAULT_SETTINGS, REVIEWED_LANGUAGE_IDS, SETTINGS_SECTION } from '../../../server/src/protocol';

// package.json promises commands, settings, languages and grammars; these tests
// check that code and files stand behind each promise, without a running VS Code.

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface CommandContribution { command: string; title: string; category?: string }
interface SettingContribution { type: string; default: unknown; scope?: string; enum?: unknown[]; description?: string; markdownDescription?: string }
interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    commands: CommandContribution[];
    menus: { commandPalette: { command: string; when?: string }[]; 'explorer/context'?: { command: string; when?: string }[] };
    customEditors?: { viewType: string; selector: { filenamePattern: string }[]; priority?: string }[];
    configuration: { title: string; properties: Record<string, SettingContribution> };
    languages: { id: string; extensions?: string[]; filenames?: string[]; configuration?: string }[];
    grammars: { language?: string; scopeName: string; path: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
  };
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const { contributes } = manifest;
const registered = Object.values(COMMAND_IDS) as string[];

function relative(path: string): string {
  return path.replace(/^\.\//, '');
}

describe('package.json contributions', () => {
  describe('commands', () => {
    it('contributes exactly the commands the client registers', () => {
      assert.deepEqual(contributes.commands.map((c) => c.command).sort(), [...registered].sort());
    });

    it('has a handler for every id in the command table', () => {
      const table = read('client/src/commands/index.ts');
      for (const name of Object.keys(COMMAND_IDS)) {
        assert.match(table, new RegExp(`\\[COMMAND_IDS\\.${name}\\]:\\s*\\w+`), `no handler for ${name} in commands/index.ts`);
      }
    });

    it('spells every command as the protocol does', () => {
      const known = new Set<string>(Object.values(COMMANDS));
      for (const id of registered) assert.ok(known.has(id), `${id} is not in protocol COMMANDS`);
    });

    it('gives every command a title and the "Contract Review" category', () => {
      for (const c of contributes.commands) {
        assert.equal(c.category, 'Contract Review', c.command);
        assert.ok(c.title.length > 0, c.command);
      }
    });

    it('shows the checklist in the command palette only for the languages the server reviews', () => {
      const entry = contributes.menus.commandPalette.find((m) => m.command === COMMAND_IDS.showChecklist);
      for (const language of REVIEWED_LANGUAGE_IDS) assert.match(entry?.when ?? '', new RegExp(`editorLangId == ${language}\\b`));
    });

    it('opens .docx and .pdf files with the rendering editor the client registers, and offers the command on them in the Explorer', () => {
      const editor = contributes.customEditors?.find((e) => e.viewType === WORD_PDF_EDITOR_VIEW_TYPE);
      assert.deepEqual(editor?.selector.map((s) => s.filenamePattern).sort(), ['*.docx', '*.pdf']);
      assert.match(read('client/src/wordPdfEditor.ts'), /registerCustomEditorProvider\(WORD_PDF_EDITOR_VIEW_TYPE/);
      const explorer = contributes.menus['explorer/context']?.find((m) => m.command === COMMAND_IDS.reviewWordPdf);
      assert.match(explorer?.when ?? '', /docx\|pdf/);
    });

    it('keeps the copy command, which needs its wording as an argument, out of the command palette', () => {
      assert.equal(contributes.menus.commandPalette.find((m) => m.command === COMMAND_IDS.copySuggestion)?.when, 'false');
    });

    it('puts only contributed commands in menus', () => {
      const ids = new Set(contributes.commands.map((c) => c.command));
      for (const m of [...contributes.menus.commandPalette, ...(contributes.menus['explorer/context'] ?? [])]) assert.ok(ids.has(m.command), m.command);
    });
  });

  describe('settings', () => {
    const settings = Object.entries(contributes.configuration.properties);

    it('are all under the section the server asks for', () => {
      for (const [key] of settings) assert.ok(key.startsWith(`${SETTINGS_SECTION}.`), key);
    });

    it('match the server defaults, one for one', () => {
      const flatten = (value: unknown, prefix: string): [string, unknown][] =>
        typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => flatten(v, `${prefix}.${k}`))
          : [[prefix, value]];
      const serverDefaults = Object.fromEntries(flatten(DEFAULT_SETTINGS, SETTINGS_SECTION));
      const manifestDefaults = Object.fromEntries(settings.map(([key, s]) => [key, s.default]));
      assert.deepEqual(manifestDefaults, serverDefaults);
    });

    it('are each read by the server: a non-default value comes through', () => {
      const raw: Record<string, unknown> = {};
      const expected: [string[], unknown][] = [];
      for (const [key, s] of settings) {
        const path = key.slice(SETTINGS_SECTION.length + 1).split('.');
        const value = s.enum ? s.enum.find((v) => v !== s.default) : s.type === 'boolean' ? !s.default : 'contracts/team-playbook.json';
        let node = raw;
        for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
        node[path[path.length - 1]] = value;
        expected.push([path, value]);
      }
      const read = normalizeSettings(raw) as unknown as Record<string, unknown>;
      for (const [path, value] of expected) {
        const got = path.reduce<unknown>((n, part) => (n as Record<string, unknown>)[part], read);
        assert.deepEqual(got, value, `contractReview.${path.join('.')}`);
      }
    });

    it('scope the playbook and the switch per folder, the trace per window', () => {
      const scopes = Object.fromEntries(settings.map(([key, s]) => [key, s.scope]));
      assert.deepEqual(scopes, {
        'contractReview.enable': 'resource',
        'contractReview.playbook': 'resource',
        'contractReview.trace.server': 'window',
      });
    });

    it('name the client after the settings section, so vscode-languageclient finds trace.server', () => {
      assert.match(read('client/src/session.ts'), /const CLIENT_ID = SETTINGS_SECTION;/);
    });

    it('describe every setting', () => {
      for (const [key, s] of settings) assert.ok((s.description ?? s.markdownDescription ?? '').length > 20, key);
    });
  });

  describe('languages, grammars and files', () => {
    it('activates on every language the server reviews and on a playbook in the workspace', () => {
      for (const language of REVIEWED_LANGUAGE_IDS) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
      assert.ok(manifest.activationEvents.includes('workspaceContains:**/.contract-review.json'));
    });

    it('defines the contract language with its files and an existing configuration', () => {
      const contract = contributes.languages.find((l) => l.id === 'contract');
      assert.deepEqual(contract?.extensions, ['.contract.md', '.contract.txt']);
      assert.ok(contract?.configuration && existsSync(join(ROOT, relative(contract.configuration))));
      JSON.parse(read(relative(contract.configuration)));
    });

    it('points every grammar at an existing file with the same scope name', () => {
      for (const grammar of contributes.grammars) {
        const file = JSON.parse(read(relative(grammar.path))) as { scopeName: string };
        assert.equal(file.scopeName, grammar.scopeName);
        if (grammar.language) assert.ok(contributes.languages.some((l) => l.id === grammar.language), grammar.language);
      }
    });

    it('validates the playbook file with an existing schema', () => {
      const playbook = contributes.jsonValidation.find((v) => v.fileMatch === '.contract-review.json');
      assert.ok(playbook && existsSync(join(ROOT, relative(playbook.url))));
    });

    it('starts the built client bundle', () => {
      assert.equal(relative(manifest.main), 'client/out/extension.js');
    });
  });

  describe('.vscodeignore', () => {
    // vsce's rule: a file is left out when a pattern matches it, unless a "!" pattern brings it back.
    const lines = read('.vscodeignore').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    const exclude = lines.filter((l) => !l.startsWith('!')).map(globToRegExp);
    const include = lines.filter((l) => l.startsWith('!')).map((l) => globToRegExp(l.slice(1)));
    const shipped = (path: string): boolean => !exclude.some((r) => r.test(path)) || include.some((r) => r.test(path));

    it('ships what the manifest and the client load', () => {
      const needed = [
        'package.json',
        'README.md',
        relative(manifest.main),
        'server/out/main.js',
        ...contributes.grammars.map((g) => relative(g.path)),
        ...contributes.languages.flatMap((l) => (l.configuration ? [relative(l.configuration)] : [])),
        ...contributes.jsonValidation.map((v) => relative(v.url)),
      ];
      for (const path of needed) assert.ok(shipped(path), `${path} would be left out of the .vsix`);
    });

    it('leaves out sources, tests, maps, CI files and node_modules', () => {
      const unwanted = [
        'client/src/extension.ts',
        'server/src/main.ts',
        'server/src/engine/review.ts',
        'test/unit/client/manifest.test.ts',
        'client/out/extension.js.map',
        'server/out/main.js.map',
        'node_modules/zod/index.js',
        '.ci/run.sh',
        'tsconfig.json',
        'package-lock.json',
      ];
      for (const path of unwanted) assert.ok(!shipped(path), `${path} would be shipped`);
    });
  });

  describe('untrusted workspaces', () => {
    // Issue 12.2: a folder the user has not trusted must not point the server at a file outside it
    // (a device, another user's file) through its own settings; VS Code only honours the list under "limited".
    const untrusted = (JSON.parse(read('package.json')) as { capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } } })
      .capabilities.untrustedWorkspaces;

    it('restricts the playbook setting, which names a file to read', () => {
      assert.equal(untrusted.supported, 'limited');
      assert.deepEqual(untrusted.restrictedConfigurations, [`${SETTINGS_SECTION}.playbook`]);
    });

    it('restricts only settings that exist', () => {
      for (const key of untrusted.restrictedConfigurations ?? []) assert.ok(key in contributes.configuration.properties, key);
    });
  });
});

/** Enough of minimatch for .vscodeignore: `**`, `*` and `?`, dot files included (as vsce does). */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
