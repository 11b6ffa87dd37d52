import type { ProtocolKeyTermRow } from '../../../server/src/protocol';

// The key terms view's grouping, free of `vscode` for unit tests: the server's
// rows in its order, gathered under their group, first appearance first.

export interface KeyTermGroupNode {
  readonly group: string;
  /** Each row with its place in the server's list, for stable tree ids. */
  readonly rows: readonly { readonly row: ProtocolKeyTermRow; readonly index: number }[];
}

export function groupKeyTerms(rows: readonly ProtocolKeyTermRow[]): KeyTermGroupNode[] {
  const groups = new Map<string, { row: ProtocolKeyTermRow; index: number }[]>();
  rows.forEach((row, index) => {
    const list = groups.get(row.group) ?? [];
    list.push({ row, index });
    groups.set(row.group, list);
  });
  return [...groups].map(([group, list]) => ({ group, rows: list }));
}
