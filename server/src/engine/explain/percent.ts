// How a percentage reads in messages, hovers and tables: whole numbers as they
// are, others to two decimals (a credit of 1/30 of the fees is "3.33%").

export function pct(n: number): string {
  return `${Number.isInteger(n) ? n : Number(n.toFixed(2))}%`;
}
