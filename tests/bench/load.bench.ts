import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from '../reliability/server-process.ts';

/**
 * Load (issue 8): the real server (demo data) on 127.0.0.1 under a mixed read/write load at
 * c=200 for 60 s must answer everything — zero errors, zero 5xx. Then an overload phase
 * (c=2000 of the heaviest reads) shows the server shedding with 503 + Retry-After rather than
 * queueing until every client times out. Figures are printed; nothing is timed in tests.
 */

const TOKEN = 'bench-operations-token-0123456789abcdefghijkl';
const QUERIES = ['καθαρισμός', 'katharismos', 'σίτιση', 'πράσινο', 'εκτυπώσεις', 'κοινωνική φροντίδα', 'events', 'ανακύκλωση'];

type Result = autocannon.Result & { statusCodeStats?: Record<string, { count: number }> };

function cannon(options: autocannon.Options): Promise<Result> {
  return new Promise((resolveRun, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolveRun(result as Result)));
  });
}

function describe(name: string, r: Result) {
  const codes = Object.entries(r.statusCodeStats ?? {})
    .map(([code, s]) => `${code}×${s.count}`)
    .join(' ');
  console.log(
    `${name}: ${r.requests.total} requests in ${r.duration} s = ${Math.round(r.requests.average)} req/s; ` +
      `latency p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ` +
      `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; status ${codes}`,
  );
}

async function withServer<T>(env: Record<string, string>, body: (server: ServerProcess) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'koinsep-load-'));
  const server = await startServer({
    DATABASE_PATH: join(dir, 'koinsep.sqlite'),
    DEMO_DATA: 'on',
    BACKUP_DIR: join(dir, 'backups'),
    BACKUP_KEEP: '3',
    BACKUP_INTERVAL_MINUTES: '0',
    OPERATIONS_TOKEN: TOKEN,
    LOG_LEVEL: 'warn',
    ...env,
  });
  try {
    return await body(server);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await withServer({}, async (server) => {
    const list = (await (await fetch(`${server.base}/api/v1/enterprises?pageSize=50`)).json()) as { items: Array<{ slug: string }> };
    const slugs = list.items.map((i) => i.slug);
    const requests: autocannon.Request[] = [];
    for (let i = 0; i < 200; i++) {
      const q = encodeURIComponent(QUERIES[i % QUERIES.length]!);
      const slug = slugs[i % Math.max(1, slugs.length)] ?? 'none';
      const pick = i % 10;
      if (pick < 4) requests.push({ method: 'GET', path: `/api/v1/enterprises?q=${q}` });
      else if (pick < 6) requests.push({ method: 'GET', path: `/api/v1/enterprises/${slug}` });
      else if (pick < 7) requests.push({ method: 'GET', path: `/api/v1/cpv?q=${q}` });
      else if (pick < 8) requests.push({ method: 'GET', path: '/api/v1/categories' });
      else if (pick < 9) requests.push({ method: 'GET', path: `/hsds/services?page=${1 + (i % 3)}` });
      else requests.push({ method: 'GET', path: `/api/v1/enterprises?category=cleaning&page=${1 + (i % 2)}` });
    }
    // The write: an on-demand online backup (a full copy of the database plus a logged row), 1 in 200 requests.
    requests[100] = {
      method: 'POST',
      path: '/api/v1/operations/backups',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'load test' }),
    };
    const mixed = await cannon({ url: server.base, connections: 200, duration: 60, requests });
    describe('mixed read/write c=200 60 s', mixed);
    const backups = (await (await fetch(`${server.base}/api/v1/operations/backups?limit=1`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as {
      items: unknown[];
    };
    const fiveXx = Object.entries(mixed.statusCodeStats ?? {}).filter(([code]) => code.startsWith('5'));
    if (mixed.errors || mixed.timeouts || fiveXx.length || !backups.items.length) {
      throw new Error(`mixed load failed: ${mixed.errors} errors, ${mixed.timeouts} timeouts, 5xx ${JSON.stringify(fiveXx)}`);
    }
  });

  // Overload: many more clients than the machine can serve, on the heaviest read.
  await withServer({ LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '200' }, async (server) => {
    const overload = await cannon({
      url: server.base,
      connections: 2000,
      duration: 20,
      timeout: 10,
      requests: [{ method: 'GET', path: `/api/v1/enterprises?q=${encodeURIComponent('κοινωνική')}&pageSize=50` }],
    });
    describe('overload c=2000 20 s (LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS=200)', overload);
    const shed = overload.statusCodeStats?.['503']?.count ?? 0;
    const health = await fetch(`${server.base}/healthz`);
    console.log(`overload: ${shed} requests shed with 503 + Retry-After; /healthz right after: ${health.status}`);
  });
}
