// A fixed-width text table: names left-aligned (the first column, and a last column of
// words), figures right-aligned.

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const left = (i: number): boolean => i === 0 || (i === header.length - 1 && rows.some((r) => /[a-z]{3}/.test(r[i] ?? '')));
  const line = (cells: readonly string[]): string => header.map((_, i) => cells[i] ?? '').map((c, i) => (left(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const fmt = (n: number | null | undefined): string => (n === null || n === undefined ? '-' : n.toFixed(3));
