import schema from '../../client/playbook.schema.json';
import { DEFAULT_PLAYBOOK } from './engine/playbook/schema';

// "Create Playbook": a .contract-review.json with every threshold at its default
// and the schema's description as a comment above it (the file is JSONC; VS Code
// reads it as such). Values come from the zod defaults, words from the JSON
// schema the editor validates against, which the tests hold to the zod schema.

interface SchemaNode {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

const SECTIONS = ['renewal', 'sla', 'dpa', 'exit'] as const;
const INDENT = '  ';

export function playbookTemplate(): string {
  const properties = (schema as SchemaNode).properties ?? {};
  const lines = [
    '// Contract Review playbook: your team\'s negotiating positions. Every value below is the default;',
    '// change the ones your team sees differently. Anything you delete keeps its default.',
    '{',
    ...comment(properties.rules?.description, 1),
    `${INDENT}// For example: "sla/long-measurement-period": "information", "exit/no-transition-assistance": "off".`,
    `${INDENT}"rules": {},`,
  ];
  for (const section of SECTIONS) {
    const node = properties[section];
    const defaults: Readonly<Record<string, unknown>> = DEFAULT_PLAYBOOK[section];
    lines.push('', `${INDENT}"${section}": {`);
    const fields = Object.entries(defaults);
    fields.forEach(([field, value], index) => {
      lines.push(...comment(node?.properties?.[field]?.description, 2));
      lines.push(`${INDENT.repeat(2)}${JSON.stringify(field)}: ${JSON.stringify(value)}${index < fields.length - 1 ? ',' : ''}`);
    });
    lines.push(`${INDENT}},`);
  }
  lines.push('', ...comment(properties.clauses?.description, 1), `${INDENT}"clauses": {}`, '}', '');
  return lines.join('\n');
}

function comment(text: string | undefined, depth: number): string[] {
  return text ? [`${INDENT.repeat(depth)}// ${text}`] : [];
}
