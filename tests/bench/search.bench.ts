import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import MiniSearch from 'minisearch';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { loadReferenceData } from '../../seed/reference/load-reference-data.ts';
import { createSearchIndexer } from '../../api/repositories/sqlite/search/fts-index.ts';
import {
  createEnterpriseSearch,
  type EnterpriseSearchParams,
} from '../../api/repositories/sqlite/search/enterprise-search.ts';
import { createAreaTree } from '../../api/repositories/sqlite/area-tree.ts';
import { createPublicDirectory } from '../../api/repositories/sqlite/public-directory.ts';
import { parseSearchQuery, termAlternatives } from '../../api/domain/search-query.ts';
import type { LegalForm } from '../../db/schema.ts';
import { BENCH_QUERIES, generateCorpus, type GeneratedEnterprise } from './synthetic-corpus.ts';
import { benchLine } from './bench-line.ts';

/**
 * Issue 2 §7 targets: search route ≥ 25% of Fastify hello-world req/s at 10k with p99 ≤ 20 ms;
 * in-process search p99 ≤ 15 ms at 100k; ≥ 3× faster than MiniSearch with the same folding,
 * with identical hit sets.
 */

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Corpus {
  dir: string;
  path: string;
  generated: GeneratedEnterprise[];
}

async function buildCorpus(size: number): Promise<Corpus> {
  const dir = mkdtempSync(join(tmpdir(), `koinsep-bench-${size}-`));
  const path = join(dir, 'bench.sqlite');
  const handle = openDatabase(path);
  await migrateToLatest(handle.db);
  await loadReferenceData(handle);
  const t0 = performance.now();
  const generated = generateCorpus(handle.sqlite, { enterprises: size, seed: 7 });
  const t1 = performance.now();
  createSearchIndexer(handle.sqlite).rebuildAll();
  const t2 = performance.now();
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.sqlite.exec('analyze');
  console.log(
    `  corpus ${size.toLocaleString('en')}: generated in ${((t1 - t0) / 1000).toFixed(1)} s, indexed in ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  await handle.close();
  return { dir, path, generated };
}

function paramsFor(query: (typeof BENCH_QUERIES)[number], areaIds: (id: string) => string[]): EnterpriseSearchParams {
  return {
    q: query.q,
    category: query.category,
    legalForm: query.legalForm as LegalForm | undefined,
    areaIds: query.area ? areaIds(query.area) : undefined,
    page: 1,
    pageSize: 20,
  };
}

async function inProcess(corpus: Corpus, size: number) {
  const handle = openDatabase(corpus.path);
  const areaTree = createAreaTree(handle.sqlite);
  const search = createEnterpriseSearch(handle.sqlite);
  const directory = createPublicDirectory(handle.sqlite, areaTree, 'http://127.0.0.1');
  const queries = BENCH_QUERIES.map((q) => paramsFor(q, areaTree.relevantTo));

  const totals = queries.map((q) => search(q).total); // also warms up
  for (const q of queries) directory.summaries(search(q).ids, 'el');
  console.log(`  matches per query at ${size.toLocaleString('en')}: ${totals.join(', ')}`);
  // Uncached: each text the first time ever (a fresh engine with its facets loaded): FTS5
  // finds and scores every matching row. Cold: the first run of each query after a data change
  // (text results are kept across writes and re-read only for the rows a write changed;
  // response caches are dropped). Warm: the same text again, as paging and facet clicks do. A
  // row in search_changes is exactly what a real write leaves behind.
  const fresh = createEnterpriseSearch(handle.sqlite);
  fresh({ page: 1, pageSize: 20 });
  const uncached = queries.map((q) => {
    const t = performance.now();
    directory.summaries(fresh(q).ids, 'el');
    return performance.now() - t;
  });
  const invalidate = handle.sqlite.prepare("insert into search_changes (enterprise_id) values ('bench-write')");
  const rounds = size >= 100_000 ? 8 : 30;
  const cold: number[] = [];
  const warm: number[] = [];
  const perQuery = new Map<number, number[]>();
  for (let r = 0; r < rounds; r++) {
    invalidate.run();
    queries.forEach((q, i) => {
      let t = performance.now();
      directory.summaries(search(q).ids, 'el');
      const elapsed = performance.now() - t;
      cold.push(elapsed);
      perQuery.set(i, [...(perQuery.get(i) ?? []), elapsed]);
      t = performance.now();
      directory.summaries(search({ ...q, page: 2 }).ids, 'el');
      warm.push(performance.now() - t);
    });
  }
  cold.sort((a, b) => a - b);
  warm.sort((a, b) => a - b);
  const p50 = percentile(cold, 50);
  const p99 = percentile(cold, 99);
  console.log(
    `  in-process search at ${size.toLocaleString('en')} (incl. facets and result rows): cold p50 ${ms(p50)}, p99 ${ms(p99)}; warm (same text, next page) p50 ${ms(percentile(warm, 50))}, p99 ${ms(percentile(warm, 99))} (${cold.length} + ${warm.length} searches)`,
  );
  const slowest = [...perQuery.entries()]
    .map(([i, times]) => ({ i, median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 3);
  console.log(
    `    slowest cold queries: ${slowest.map((s) => `${JSON.stringify(BENCH_QUERIES[s.i])} ${ms(s.median)}`).join('; ')}`,
  );

  // MiniSearch over the very same index terms (our folding and stemming), with the same query:
  // every word (AND) by its exact key in the exact fields or any of its keys in the stem and
  // category fields (OR), the last word as a prefix, the same weights.
  type Doc = { id: string; name: string; body: string; name_stem: string; body_stem: string; topics: string };
  const docs = handle.sqlite
    .prepare(
      `select k.enterprise_id as id, f.name, f.body, f.name_stem, f.body_stem, f.topics
       from enterprise_fts f join enterprise_search_keys k on k.rowid = f.rowid`,
    )
    .all() as Doc[];
  const facts = new Map(corpus.generated.map((g) => [g.id, g]));
  const mini = new MiniSearch<Doc>({
    fields: ['name', 'body', 'name_stem', 'body_stem', 'topics'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { boost: { name: 8, body: 1, name_stem: 4, body_stem: 0.5, topics: 0.01 }, combineWith: 'AND' },
  });
  const tIndex = performance.now();
  mini.addAll(docs);
  const miniIndexMs = performance.now() - tIndex;

  function miniSearch(query: (typeof BENCH_QUERIES)[number]) {
    const words = parseSearchQuery(query.q ?? '').words;
    const areaSet = query.area ? new Set(areaTree.relevantTo(query.area)) : null;
    const accept = (id: string) => {
      const f = facts.get(id)!;
      if (query.category && !f.categories.includes(query.category)) return false;
      if (query.legalForm && f.legalForm !== query.legalForm) return false;
      if (areaSet && !f.areas.some((a) => areaSet.has(a))) return false;
      return true;
    };
    const hits =
      words.length === 0
        ? docs.filter((d) => accept(d.id)).map((d) => ({ id: d.id, score: 0 }))
        : mini.search(
            {
              combineWith: 'AND',
              queries: words.map((word) => ({
                combineWith: 'OR',
                queries: [
                  { queries: [word.key], fields: ['name', 'body'], prefix: word.prefix },
                  ...termAlternatives(word).map((a) => ({
                    queries: [a.key],
                    fields: ['name_stem', 'body_stem', 'topics'],
                    prefix: a.prefix,
                  })),
                ],
              })),
            },
            { filter: (r) => accept(r.id as string) },
          );
    // The same work our route does: facet counts and one page.
    const categories = new Map<string, number>();
    const legalForms = new Map<string, number>();
    for (const hit of hits) {
      const f = facts.get(hit.id as string)!;
      for (const c of new Set(f.categories)) categories.set(c, (categories.get(c) ?? 0) + 1);
      legalForms.set(f.legalForm, (legalForms.get(f.legalForm) ?? 0) + 1);
    }
    return { ids: hits.map((h) => h.id as string), page: hits.slice(0, 20) };
  }

  const miniSamples: number[] = [];
  const oursOnly: number[] = [];
  for (const q of BENCH_QUERIES) miniSearch(q);
  for (let r = 0; r < rounds; r++) {
    invalidate.run(); // ours cold, so MiniSearch (which caches nothing) is compared fairly
    BENCH_QUERIES.forEach((q, i) => {
      let t = performance.now();
      miniSearch(q);
      miniSamples.push(performance.now() - t);
      t = performance.now();
      search(queries[i]!);
      oursOnly.push(performance.now() - t);
    });
  }
  miniSamples.sort((a, b) => a - b);
  oursOnly.sort((a, b) => a - b);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  // Identical hit sets, query by query (order may differ: bm25 vs MiniSearch's BM25+).
  let identical = 0;
  const differing: string[] = [];
  BENCH_QUERIES.forEach((q, i) => {
    const ours = new Set(search({ ...queries[i]!, pageSize: 1_000_000 }).ids);
    const theirs = new Set(miniSearch(q).ids);
    const same = ours.size === theirs.size && [...ours].every((id) => theirs.has(id));
    if (same) identical++;
    else differing.push(`${JSON.stringify(q)}: ours ${ours.size}, MiniSearch ${theirs.size}`);
  });
  console.log(
    `  MiniSearch at ${size.toLocaleString('en')} (same folding; index built in ${(miniIndexMs / 1000).toFixed(1)} s): p50 ${ms(percentile(miniSamples, 50))}, p99 ${ms(percentile(miniSamples, 99))}`,
  );
  const speedup = sum(miniSamples) / sum(oursOnly);
  console.log(
    `    ours, cold (search + facets, no result rows): p50 ${ms(percentile(oursOnly, 50))}, p99 ${ms(percentile(oursOnly, 99))}; speed ratio (total time) ${speedup.toFixed(1)}× ; identical hit sets ${identical}/${BENCH_QUERIES.length}${differing.length ? ` (differ: ${differing.join('; ')})` : ''}`,
  );
  benchLine(`search.minisearch.speedup.${size >= 100_000 ? '100k' : '10k'}`, speedup);
  // The same comparison when our text is searched for the first time ever (nothing cached).
  const mean = (xs: number[]) => sum(xs) / xs.length;
  const uncachedSpeedup = mean(miniSamples) / mean(uncached);
  const label = size >= 100_000 ? '100k' : '10k';
  console.log(
    `    ours, uncached (each text for the first time, incl. result rows): p50 ${ms(
      percentile(
        [...uncached].sort((a, b) => a - b),
        50,
      ),
    )}, max ${ms(Math.max(...uncached))}; speed ratio (mean time) ${uncachedSpeedup.toFixed(1)}×`,
  );
  benchLine(`search.minisearch.speedup_uncached.${label}`, uncachedSpeedup);
  benchLine(`search.${label}.uncached.max_ms`, Math.max(...uncached));
  await handle.close();
  return { p50, p99, warmP99: percentile(warm, 99) };
}

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`process exited with ${code}: ${output}`)));
  });
}

/** What Chromium sends with every fetch the widget makes. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

async function hammer(url: string, paths: string[], headers: Record<string, string> = {}, seconds = 10) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    headers,
    // Each connection goes through the queries in turn. Given as a list, autocannon builds each
    // request once, as it does hello world's single one; through setupRequest it built every
    // request again, about 100 µs of the client's CPU each, on the two cores the server shares
    // (measured: the client, not the server, was the limit, at the same rate for 6 kB and 25 kB answers).
    requests: paths.map((path) => ({ path })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    bytesPerResponse: result.throughput.average / result.requests.average,
  };
}

/** Rounds of hello world, search and compressed search in turn, and seconds per run in a round. */
const HTTP_ROUNDS = 3;
const HTTP_SECONDS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function http(corpus: Corpus) {
  // Both servers stay up and take turns (hello, search, compressed search, then again): the same
  // hello world measured once before the search varied from 38,000 to 78,000 req/s within one
  // morning on this machine, so a ratio of two runs minutes apart measured the machine's mood.
  // Each round gives its own ratios; the median round is reported.
  const helloPort = await freePort();
  const hello = await startProcess(['tests/bench/hello-server.ts'], { PORT: String(helloPort) }, /LISTENING/);
  const appPort = await freePort();
  const server = await startProcess(
    ['api/server.ts'],
    { PORT: String(appPort), HOST: '127.0.0.1', DATABASE_PATH: corpus.path, DEMO_DATA: 'off', LOG_LEVEL: 'warn' },
    /is running/,
  );
  const paths = BENCH_QUERIES.map((q) => {
    const params = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined) as Array<[string, string]>);
    return `/api/v1/enterprises?${params}`;
  });
  const rounds: Array<Record<'hello' | 'search' | 'compressed', Awaited<ReturnType<typeof hammer>>>> = [];
  try {
    for (let round = 0; round < HTTP_ROUNDS; round++) {
      rounds.push({
        hello: await hammer(`http://127.0.0.1:${helloPort}`, ['/'], {}, HTTP_SECONDS),
        search: await hammer(`http://127.0.0.1:${appPort}`, paths, {}, HTTP_SECONDS),
        // As the widget asks (a browser always offers compression): the same queries, answered br.
        compressed: await hammer(
          `http://127.0.0.1:${appPort}`,
          paths,
          { 'accept-encoding': BROWSER_ACCEPT_ENCODING },
          HTTP_SECONDS,
        ),
      });
    }
  } finally {
    hello.kill('SIGKILL');
    server.kill('SIGTERM');
  }

  console.log(
    `  HTTP (autocannon, 50 connections, servers in their own processes; ${HTTP_ROUNDS} rounds of ${HTTP_SECONDS} s each, in turn):`,
  );
  for (const [i, r] of rounds.entries()) {
    console.log(
      `    round ${i + 1}: hello world ${r.hello.rps.toFixed(0)} req/s (p99 ${r.hello.p99} ms); ` +
        `GET /api/v1/enterprises (10k, mixed queries) ${r.search.rps.toFixed(0)} req/s, p99 ${r.search.p99} ms, ${(r.search.bytesPerResponse / 1000).toFixed(1)} kB/answer, errors ${r.search.errors}; ` +
        `with a browser's Accept-Encoding ${r.compressed.rps.toFixed(0)} req/s, p99 ${r.compressed.p99} ms, ${(r.compressed.bytesPerResponse / 1000).toFixed(1)} kB/answer, errors ${r.compressed.errors}`,
    );
  }
  const ratio = median(rounds.map((r) => r.search.rps / r.hello.rps));
  const compressedRatio = median(rounds.map((r) => r.compressed.rps / r.hello.rps));
  const p99 = median(rounds.map((r) => r.search.p99));
  const compressedP99 = median(rounds.map((r) => r.compressed.p99));
  console.log(
    `    ratio search/hello (median round): ${(ratio * 100).toFixed(1)}%, p99 ${p99} ms (issue 17: ≥ 30%, p99 ≤ 15 ms)`,
  );
  console.log(
    `    with a browser's Accept-Encoding (${BROWSER_ACCEPT_ENCODING}): ${(compressedRatio * 100).toFixed(1)}%, p99 ${compressedP99} ms`,
  );
  benchLine('search.http.ratio', ratio);
  benchLine('search.http.p99_ms', p99);
  benchLine('search.http.compressed.ratio', compressedRatio);
  benchLine('search.http.compressed.p99_ms', compressedP99);
}

export async function run() {
  const small = await buildCorpus(10_000);
  try {
    await inProcess(small, 10_000);
    await http(small);
  } finally {
    rmSync(small.dir, { recursive: true, force: true });
  }
  const large = await buildCorpus(100_000);
  try {
    const { p99, warmP99 } = await inProcess(large, 100_000);
    benchLine('search.100k.cold.p99_ms', p99);
    benchLine('search.100k.warm.p99_ms', warmP99);
    console.log(
      `  target: in-process p99 ≤ 15 ms at 100k → cold ${p99 <= 15 ? 'met' : 'MISSED'} (${ms(p99)}), warm ${warmP99 <= 15 ? 'met' : 'MISSED'} (${ms(warmP99)})`,
    );
  } finally {
    rmSync(large.dir, { recursive: true, force: true });
  }
}
