import { parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { Span } from '../model';
import { DEFAULT_PLAYBOOK, playbookSchema, type Playbook } from './schema';
import { nestingDepth, NodeIndex, pathKey, withoutPaths } from './jsonTree';

/** Something wrong in a playbook file, located so an editor can underline it. */
export interface PlaybookProblem {
  /** Dotted field path, "renewal.maxTermMonths"; "" for the file as a whole. */
  readonly field: string;
  readonly message: string;
  /** Where in the playbook text; absent when the problem has no single place. */
  readonly span?: Span;
}

export interface LoadedPlaybook {
  /** Always complete: fields with problems fall back to their defaults. */
  readonly playbook: Playbook;
  readonly problems: readonly PlaybookProblem[];
}

type Path = readonly (string | number)[];
type JsonObject = { [key: string]: unknown };

/**
 * Reads a playbook file's text. Never throws: a syntax error, an unknown key or a
 * bad value becomes a problem naming the field and value, and that field keeps its
 * default while the rest of the file still applies.
 */
export function loadPlaybook(text: string, knownRuleIds: ReadonlySet<string>): LoadedPlaybook {
  // A byte-order mark (Notepad writes one) is not JSON; read it as a space so every offset stays true.
  const json = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // The JSON parser and the validator recurse per level: refuse deep nesting before either sees it.
  const depth = nestingDepth(json, MAX_NESTING);
  if (depth.tooDeep) {
    return {
      playbook: DEFAULT_PLAYBOOK,
      problems: [{
        field: '',
        message: `The playbook nests more than ${MAX_NESTING} levels of objects or lists (a playbook needs 3); the review uses the default playbook.`,
        span: { start: depth.at, end: depth.at + 1 },
      }],
    };
  }
  const syntaxErrors: ParseError[] = [];
  const input: unknown = parse(json, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  const tree = parseTree(json);
  const problems: PlaybookProblem[] = syntaxErrors.map((e) => ({
    field: '',
    message: `The playbook is not valid JSON (${describeSyntaxError(e.error)}); fix it, the review uses the default playbook meanwhile.`,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
  }));
  if (syntaxErrors.length > 0) return { playbook: DEFAULT_PLAYBOOK, problems };
  if (!isObject(input)) {
    return {
      playbook: DEFAULT_PLAYBOOK,
      problems: [{ field: '', message: 'The playbook must be a JSON object ({ … }); the review uses the default playbook.', span: tree ? spanOf(tree) : undefined }],
    };
  }

  // Drop every offending field and validate again, so one bad value costs only itself. All the
  // fields of one pass go in one copy: a file of thousands of unknown fields stays linear.
  const nodes = new NodeIndex(tree);
  let candidate: JsonObject = structuredClone(input);
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = playbookSchema.safeParse(candidate);
    if (result.success) {
      problems.push(...unknownRuleProblems(result.data, knownRuleIds, nodes));
      return { playbook: result.data, problems };
    }
    const dropped = new Map<string, Path>();
    for (const issue of result.error.issues) {
      for (const path of offendingPaths(issue)) {
        problems.push(describeIssue(issue, path, valueAt(input, path), nodes));
        dropped.set(pathKey(path), path);
      }
    }
    candidate = withoutPaths(candidate, [...dropped.values()]);
  }
  return { playbook: DEFAULT_PLAYBOOK, problems };
}

/** Deeper than any playbook needs (it has three levels), shallow enough for every recursive reader. */
export const MAX_NESTING = 64;

function offendingPaths(issue: z.core.$ZodIssue): Path[] {
  const base = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => [...base, k]);
  return [base];
}

function describeIssue(issue: z.core.$ZodIssue, path: Path, value: unknown, nodes: NodeIndex): PlaybookProblem {
  const field = path.join('.');
  const node = nodes.at(path);
  const span = node ? spanOf(node.parent?.type === 'property' ? node.parent : node) : undefined;
  const fallback = valueAt(DEFAULT_PLAYBOOK, path);
  const usesDefault = fallback === undefined ? 'it is ignored' : `the default ${JSON.stringify(fallback)} applies`;
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    message = `Unknown playbook field "${field}"; ${usesDefault === 'it is ignored' ? 'it is ignored' : usesDefault}. Check the spelling against the README's playbook section.`;
  } else if (field === '') {
    message = `${issue.message}; the review uses the default playbook.`;
  } else {
    message = `Playbook field "${field}" has the value ${show(value)}: ${lowerFirst(issue.message)}; ${usesDefault}.`;
  }
  return { field, message, span };
}

function unknownRuleProblems(playbook: Playbook, known: ReadonlySet<string>, nodes: NodeIndex): PlaybookProblem[] {
  return Object.keys(playbook.rules)
    .filter((id) => !known.has(id))
    .map((id) => {
      const node = nodes.at(['rules', id]);
      return {
        field: `rules.${id}`,
        message: `The playbook sets "${id}", but no rule has that id; it is ignored.`,
        span: node?.parent ? spanOf(node.parent) : undefined,
      };
    });
}

function describeSyntaxError(code: number): string {
  return printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'undefined';
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
