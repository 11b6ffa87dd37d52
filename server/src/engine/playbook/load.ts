import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import type { Span } from '../model';
import { DEFAULT_PLAYBOOK, playbookSchema, type Playbook } from './schema';

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
  const syntaxErrors: ParseError[] = [];
  const input: unknown = parse(text, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  const tree = parseTree(text);
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

  // Drop each offending field and validate again, so one bad value costs only itself.
  let candidate: JsonObject = structuredClone(input);
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = playbookSchema.safeParse(candidate);
    if (result.success) {
      problems.push(...unknownRuleProblems(result.data, knownRuleIds, tree));
      return { playbook: result.data, problems };
    }
    for (const issue of result.error.issues) {
      for (const path of offendingPaths(issue)) {
        problems.push(describeIssue(issue, path, valueAt(input, path), tree));
        candidate = withoutPath(candidate, path);
      }
    }
  }
  return { playbook: DEFAULT_PLAYBOOK, problems };
}

function offendingPaths(issue: z.core.$ZodIssue): Path[] {
  const base = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => [...base, k]);
  return [base];
}

function describeIssue(issue: z.core.$ZodIssue, path: Path, value: unknown, tree: Node | undefined): PlaybookProblem {
  const field = path.join('.');
  const node = tree ? findNodeAtLocation(tree, [...path]) : undefined;
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

function unknownRuleProblems(playbook: Playbook, known: ReadonlySet<string>, tree: Node | undefined): PlaybookProblem[] {
  return Object.keys(playbook.rules)
    .filter((id) => !known.has(id))
    .map((id) => {
      const node = tree ? findNodeAtLocation(tree, ['rules', id]) : undefined;
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

function withoutPath(root: JsonObject, path: Path): JsonObject {
  if (path.length === 0) return {};
  const copy: JsonObject = { ...root };
  const [head, ...rest] = path;
  const key = String(head);
  if (rest.length === 0) {
    delete copy[key];
  } else if (isObject(copy[key])) {
    copy[key] = withoutPath(copy[key] as JsonObject, rest);
  } else {
    delete copy[key];
  }
  return copy;
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'undefined';
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
