/**
 * One machine-readable figure per line, `BENCH {"name":"search.http.ratio","value":0.209}`,
 * besides the human lines: `tests/bench/readme-table.ts` rebuilds the README's benchmark table
 * from them, and runs can be compared over time. Names are listed (with targets) there.
 */
export function benchLine(name: string, value: number): void {
  console.log(`BENCH ${JSON.stringify({ name, value: Number(value.toFixed(4)) })}`);
}
