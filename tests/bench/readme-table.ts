import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Rebuilds the README's benchmark table from `BENCH {"name":…,"value":…}` lines (bench-line.ts):
 *
 *   npm run bench | tee bench.log; npx tsx tests/bench/readme-table.ts bench.log
 *   npx tsx tests/bench/readme-table.ts < bench.log
 *
 * Run it right after the bench: the machine column records the load average of that moment.
 * The table sits between the `bench-table` markers in README.md. A figure missing from the log
 * (a partial run such as `npm run bench -- load`) keeps its previous row, with its own date and
 * machine, so the table never mixes runs without saying so.
 */

interface Figure {
  what: string;
  target: string;
  /** How to print the value. */
  format: (value: number) => string;
}

const ms = (v: number) => `${v.toLocaleString('en', { maximumFractionDigits: 1 })} ms`;
const times = (v: number) => `${v.toFixed(1)}×`;
const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
const integer = (v: number) => v.toLocaleString('en');

/** Every figure the benches print (issue 17), in table order, with its target. */
export const FIGURES: Record<string, Figure> = {
  'search.http.ratio': {
    what: 'Search route req/s ÷ Fastify hello world, 10k, c=50',
    target: '≥ 30%',
    format: percent,
  },
  'search.http.p99_ms': { what: 'Search route p99, 10k, c=50', target: '≤ 15 ms', format: ms },
  'search.http.compressed.ratio': {
    what: "The same with a browser's Accept-Encoding (answers sent br, 6.2 kB instead of 25.2 kB)",
    target: '≥ 30%',
    format: percent,
  },
  'search.http.compressed.p99_ms': {
    what: "Search route p99 with a browser's Accept-Encoding",
    target: '≤ 15 ms',
    format: ms,
  },
  'search.100k.cold.p99_ms': {
    what: 'In-process search at 100k, cold (first search after a write) p99',
    target: '≤ 30 ms',
    format: ms,
  },
  'search.100k.warm.p99_ms': {
    what: 'In-process search at 100k, warm (same text, next page) p99',
    target: '≈ 6 ms',
    format: ms,
  },
  'search.minisearch.speedup.10k': {
    what: 'Speed against MiniSearch (same folding), 10k',
    target: '≥ 4×',
    format: times,
  },
  'search.minisearch.speedup.100k': {
    what: 'Speed against MiniSearch (same folding), 100k',
    target: '≥ 4×',
    format: times,
  },
  'search.10k.uncached.max_ms': {
    what: 'In-process search at 10k, a text never searched before (nothing cached), slowest',
    target: '—',
    format: ms,
  },
  'search.100k.uncached.max_ms': {
    what: 'In-process search at 100k, a text never searched before (nothing cached), slowest',
    target: '—',
    format: ms,
  },
  'search.minisearch.speedup_uncached.10k': {
    what: 'Speed against MiniSearch, our text never searched before, 10k',
    target: '—',
    format: times,
  },
  'search.minisearch.speedup_uncached.100k': {
    what: 'Speed against MiniSearch, our text never searched before, 100k',
    target: '—',
    format: times,
  },
  'load.mixed.errors': {
    what: 'Mixed read/write c=200: errors, timeouts and answers other than 200/201',
    target: '0',
    format: integer,
  },
  'load.mixed.p99_ms': { what: 'Mixed read/write c=200: p99', target: '≤ 250 ms', format: ms },
  'load.mixed.max_ms': { what: 'Mixed read/write c=200: slowest answer', target: '≤ 1 s', format: ms },
  'load.overload.timeouts': { what: 'Overload c=2000: client timeouts', target: '0', format: integer },
  'load.overload.shed': {
    what: 'Overload c=2000: requests shed with 503 + Retry-After',
    target: '> 0',
    format: integer,
  },
  'widget.gzip_bytes': {
    what: 'Widget main file, gzip',
    target: '≤ 16 kB',
    format: (v) => `${(v / 1000).toFixed(1)} kB`,
  },
  'widget.first_results.median_ms': { what: 'Widget: first results painted, median', target: '≤ 200 ms', format: ms },
};

const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';

/** The last value of every BENCH line in a log (later runs win). */
export function readBenchLines(log: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of log.split('\n')) {
    const match = /^BENCH (\{.*\})\s*$/.exec(line.trim());
    if (!match) continue;
    const { name, value } = JSON.parse(match[1]!) as { name: string; value: number };
    if (typeof name === 'string' && typeof value === 'number' && Number.isFinite(value)) values.set(name, value);
  }
  return values;
}

/** Existing rows by BENCH name (the name is the row's second cell). */
function previousRows(section: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const name = /^\| [^|]+ \| `([a-z0-9._]+)` \|/.exec(line)?.[1];
    if (name) rows.set(name, line);
  }
  return rows;
}

export function renderTable(
  values: Map<string, number>,
  previous: Map<string, string>,
  run: { date: string; machine: string },
): string {
  const lines = ['| Figure | BENCH name | Value | Target | Measured |', '| --- | --- | --- | --- | --- |'];
  const names = [...Object.keys(FIGURES), ...[...values.keys()].filter((n) => !(n in FIGURES)).sort()];
  for (const name of names) {
    const figure = FIGURES[name];
    const value = values.get(name);
    if (value === undefined) {
      const old = previous.get(name);
      if (old) lines.push(old);
      continue;
    }
    lines.push(
      `| ${figure?.what ?? name} | \`${name}\` | ${figure ? figure.format(value) : value} | ${figure?.target ?? '—'} | ${run.date}, ${run.machine} |`,
    );
  }
  return lines.join('\n');
}

function machine(): string {
  const cores = cpus();
  // The load average says how far figures from a shared machine can be trusted.
  return `${cores.length}× ${cores[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = process.argv[2];
  const log = readFileSync(source ?? 0, 'utf8');
  const values = readBenchLines(log);
  if (values.size === 0) {
    console.error('No BENCH lines found (run `npm run bench | tee bench.log` first).');
    process.exit(1);
  }
  const readmePath = fileURLToPath(new URL('../../README.md', import.meta.url));
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`README.md has no ${START} … ${END} section.`);
    process.exit(1);
  }
  const section = readme.slice(start + START.length, end);
  const table = renderTable(values, previousRows(section), {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
  });
  writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
  console.log(`README.md: ${values.size} figures written.`);
}
