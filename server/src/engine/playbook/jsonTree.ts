import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';

// Helpers that keep reading a playbook linear in its size and safe at any depth:
// the loader reports one problem per bad field, so anything done per problem
// must not walk or copy the whole file.

type Path = readonly (string | number)[];
type JsonObject = { [key: string]: unknown };

/**
 * The first place where objects and lists nest deeper than `limit`, found with
 * the parser's token scanner (iterative, so any depth is safe to scan).
 */
export function nestingDepth(text: string, limit: number): { tooDeep: false } | { tooDeep: true; at: number } {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      depth++;
      if (depth > limit) return { tooDeep: true, at: scanner.getTokenOffset() };
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return { tooDeep: false };
}

/** One key for a path, for sets of paths. */
export function pathKey(path: Path): string {
  return JSON.stringify(path);
}

/**
 * Finds value nodes of a parse tree by path, like jsonc-parser's
 * findNodeAtLocation, but each object's keys are indexed once, so looking up
 * thousands of fields of one object costs one pass over it, not one each.
 */
export class NodeIndex {
  private readonly keys = new Map<Node, Map<string, Node>>();

  constructor(private readonly root: Node | undefined) {}

  at(path: Path): Node | undefined {
    let node = this.root;
    for (const segment of path) {
      if (!node) return undefined;
      if (node.type === 'object' && typeof segment === 'string') node = this.keysOf(node).get(segment);
      else if (node.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
      else return undefined;
    }
    return node;
  }

  private keysOf(object: Node): Map<string, Node> {
    let map = this.keys.get(object);
    if (!map) {
      map = new Map();
      for (const property of object.children ?? []) {
        const [key, value] = property.children ?? [];
        // The first of two equal keys, as findNodeAtLocation finds it.
        if (key && value && typeof key.value === 'string' && !map.has(key.value)) map.set(key.value, value);
      }
      this.keys.set(object, map);
    }
    return map;
  }
}

interface PathTrie {
  drop: boolean;
  readonly children: Map<string, PathTrie>;
}

/**
 * A copy of `root` without the fields at `paths`, copying only the objects on
 * the way to them. A path through a value that is not an object drops that
 * value; the empty path drops everything.
 */
export function withoutPaths(root: JsonObject, paths: readonly Path[]): JsonObject {
  const trie: PathTrie = { drop: false, children: new Map() };
  for (const path of paths) {
    let node = trie;
    for (const segment of path) {
      const key = String(segment);
      let next = node.children.get(key);
      if (!next) {
        next = { drop: false, children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.drop = true;
  }
  return trie.drop ? {} : copyWithout(root, trie);
}

function copyWithout(object: JsonObject, trie: PathTrie): JsonObject {
  const copy: JsonObject = { ...object };
  for (const [key, child] of trie.children) {
    const value = copy[key];
    if (child.drop || !isObject(value)) delete copy[key];
    else copy[key] = copyWithout(value, child);
  }
  return copy;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
