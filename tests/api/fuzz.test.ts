import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { testOperationsConfig } from '../../api/config.ts';

/**
 * Property-based fuzzing of every route in the app's own OpenAPI document (so new routes
 * are covered without touching this file): wrong types, missing and extra fields, huge
 * strings, deep nesting, __proto__/constructor keys, invalid UTF-8 and Unicode edge cases,
 * FTS syntax characters, for anonymous, token and (when tests/helpers/auth.ts exists)
 * signed-in callers. Properties: never a 5xx; every 4xx is application/problem+json; a
 * rejected request writes nothing (no change on the app's connection, and for mutating
 * methods an identical checksum of every table).
 */

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const TOKEN = 'fuzz-operations-token-0123456789abcdefghijk';

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  $ref?: string;
};

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  operation: string;
}

// ── generators ────────────────────────────────────────────────────────────────

const FTS_SYNTAX = [
  '"',
  '""',
  '*',
  'NEAR(a b)',
  'a AND',
  'OR',
  'NOT x',
  '^',
  ':',
  'name:x',
  '{a b}:c',
  '-',
  '(',
  ')',
  '+',
  'κοινωνική-επιχείρηση',
  'Α.Μ.Κ.Ε.',
  'web design:',
  "'",
  ';--',
  '%',
  '_',
  '\\',
];
const UNICODE_EDGE = [
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '\uFFFD',
  '\uD800',
  '\uDC00',
  '\uD83D\uDE00',
  'e\u0301',
  'ΣΊΣΥΦΟΣ',
  'ς',
  'ΐ',
  'ﬁ',
  '𝔸',
  'İ',
  '\u2028',
  '\r\n',
  '\t',
  'Ω'.repeat(1000),
];
/** Percent-escapes that decode to invalid UTF-8 (overlong, lone continuation, truncated, surrogates). */
const INVALID_UTF8_ESCAPES = [
  '%FF',
  '%C3%28',
  '%80',
  '%E2%82',
  '%C0%AF',
  '%ED%A0%80',
  '%F8%88%80%80%80',
  '%',
  '%G1',
  '%00',
];
const INVALID_UTF8_BYTES = [
  Buffer.from([0xff, 0xfe, 0xfd]),
  Buffer.from([0xc3, 0x28]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xc0, 0xaf]),
];

/** Over every body limit (1 MiB global, less on small routes). */
const HUGE_BODY = JSON.stringify({ reason: 'x'.repeat(2 * 1024 * 1024) });

const weirdString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...FTS_SYNTAX, ...UNICODE_EDGE),
  fc.constantFrom('x'.repeat(10_000), 'καθαρισμός '.repeat(2_000)),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '../../etc/passwd',
    'null',
    'undefined',
    'NaN',
    '-1',
    '1e309',
    '0x10',
    ' ',
  ),
);

const scalar = fc.oneof(weirdString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** JSON text nested `depth` levels deep, arrays or objects. */
const deepJson = fc
  .tuple(fc.integer({ min: 50, max: 5_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  );

const protoJson = fc.constantFrom(
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"reason":"x","__proto__":{"status":"ok"}}',
  '{"__proto__":null}',
  '[{"__proto__":{}}]',
);

/** A value that fits the schema most of the time, so requests get past the first check. */
function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return scalar;
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => fromSchema(v, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 40) });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      const keys = Object.keys(props);
      if (!keys.length) return fc.constant({});
      return fc.record(Object.fromEntries(keys.map((k) => [k, fromSchema(props[k], depth + 1)])), {
        requiredKeys: (schema.required ?? []).filter((k) => keys.includes(k)),
      });
    }
    default:
      return scalar;
  }
}

/** Breaks an object: wrong types, missing and extra fields. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    valid,
    valid.chain((v) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length
        ? fc.tuple(fc.constantFrom(...Object.keys(v)), scalar).map(([key, wrong]) => ({ ...v, [key]: wrong }))
        : fc.constant(v),
    ),
    valid.chain((v) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length
        ? fc
            .constantFrom(...Object.keys(v))
            .map((key) => Object.fromEntries(Object.entries(v).filter(([k]) => k !== key)))
        : fc.constant(v),
    ),
    fc
      .tuple(valid, weirdString, scalar)
      .map(([v, key, value]) => (typeof v === 'object' && v !== null ? { ...v, [key]: value } : { [key]: value })),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

function encodeLoose(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  try {
    return encodeURIComponent(text);
  } catch {
    // Lone surrogates cannot be encoded as UTF-8: send them as replacement characters' bytes.
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

const pathSegment = (name: string) =>
  fc.oneof(
    fc.constantFrom('demo', 'koinsep-one', '00000000-0000-0000-0000-000000000000', 'mun-chalandri', name),
    weirdString.map(encodeLoose),
    fc.constantFrom(...INVALID_UTF8_ESCAPES),
    fc.constantFrom('καθαρισμός', 'a/b', '%2F', '..', '.', ' '),
  );

function queryString(op: Operation): fc.Arbitrary<string> {
  const known = Object.entries(op.query).map(([name, schema]) =>
    fc.tuple(
      fc.constant(name),
      fc.oneof(
        fromSchema(schema).map(encodeLoose),
        weirdString.map(encodeLoose),
        fc.constantFrom(...INVALID_UTF8_ESCAPES),
      ),
    ),
  );
  const extra = fc.tuple(
    fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'constructor[prototype][x]',
        'a[b][c]',
        'page[]',
        'q[$gt]',
        'toString',
      ),
      weirdString.map(encodeLoose),
    ),
    fc.oneof(weirdString.map(encodeLoose), fc.constantFrom(...INVALID_UTF8_ESCAPES)),
  );
  const pairs = fc.array(known.length ? fc.oneof(fc.oneof(...known), fc.oneof(...known), extra) : extra, {
    maxLength: 6,
  });
  return pairs.map((list) => (list.length ? '?' + list.map(([k, v]) => `${k}=${v}`).join('&') : ''));
}

function bodyFor(op: Operation): fc.Arbitrary<{ payload?: string | Buffer; contentType?: string }> {
  const json = (a: fc.Arbitrary<unknown>) =>
    a.map((v) => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' }));
  return fc.oneof(
    json(mutated(fromSchema(op.body ?? { type: 'object' }))),
    json(mutated(fromSchema(op.body ?? { type: 'object' }))),
    deepJson.map((payload) => ({ payload, contentType: 'application/json' })),
    protoJson.map((payload) => ({ payload, contentType: 'application/json' })),
    fc.constantFrom(...INVALID_UTF8_BYTES).map((bytes) => ({
      payload: Buffer.concat([Buffer.from('{"reason":"'), bytes, Buffer.from('"}')]),
      contentType: 'application/json',
    })),
    fc
      .constantFrom('{', '{"reason":', 'null', '', '[]', '"x"', '1e400', '{"a":1}{"b":2}')
      .map((payload) => ({ payload, contentType: 'application/json' })),
    fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        'application/xml',
      )
      .map((contentType) => ({ payload: 'reason=x&__proto__[a]=1', contentType })),
    fc.constant({}),
    fc.constant({ payload: HUGE_BODY, contentType: 'application/json' }),
  );
}

// ── the app and its state ─────────────────────────────────────────────────────

/**
 * Writes a rejected request may make by design: security bookkeeping (a failed sign-in is
 * audited and counted against the session; sessions are touched or expired).
 */
const BOOKKEEPING_TABLES = new Set(['audit_log', 'sessions']);

/**
 * Records which tables each request writes: temporary triggers (this connection only, so
 * the app's own connection) on every ordinary table log into temp.fuzz_writes.
 */
function watchWrites(ctx: TestContext): () => string[] {
  const sqlite = ctx.handle.sqlite;
  sqlite.exec('create temp table fuzz_writes (tbl text not null)');
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' and name not like 'enterprise_fts_%'",
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    for (const event of ['insert', 'update', 'delete']) {
      sqlite.exec(
        `create temp trigger "fuzz_${table}_${event}" after ${event} on main.${quoted} begin insert into temp.fuzz_writes values ('${table.replace(/'/g, "''")}'); end`,
      );
    }
  }
  const read = sqlite.prepare('select distinct tbl from temp.fuzz_writes').pluck();
  const clear = sqlite.prepare('delete from temp.fuzz_writes');
  return () => {
    const written = read.all() as string[];
    clear.run();
    return written;
  };
}

/** sha256 over every row of every table (FTS shadow tables included), bookkeeping tables left out. */
function checksumAllTables(ctx: TestContext): string {
  const hash = createHash('sha256');
  const tables = ctx.handle.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    if (BOOKKEEPING_TABLES.has(table)) continue;
    hash.update(`\u0000${table}\u0000`);
    const quoted = `"${table.replace(/"/g, '""')}"`;
    let rows: unknown[];
    try {
      rows = ctx.handle.sqlite.prepare(`select * from ${quoted}`).raw().all();
    } catch {
      // Virtual tables are covered by their shadow tables.
      continue;
    }
    for (const row of rows)
      hash.update(
        JSON.stringify(row, (_k, v) =>
          Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
        ),
      );
  }
  return hash.digest('hex');
}

describe('fuzzing every route of the OpenAPI document', () => {
  let ctx: TestContext;
  let backupRoot: string;
  let operations: Operation[];
  const callers: Array<{ name: string; headers: Record<string, string> }> = [{ name: 'anonymous', headers: {} }];

  beforeAll(async () => {
    backupRoot = mkdtempSync(join(tmpdir(), 'koinsep-fuzz-'));
    ctx = await createTestApp({
      demoData: true,
      config: {
        operations: testOperationsConfig({ operationsToken: TOKEN, backupDir: join(backupRoot, 'b'), backupKeep: 2 }),
      },
    });
    callers.push({ name: 'operations token', headers: { authorization: `Bearer ${TOKEN}` } });
    const authHelper = new URL('../helpers/auth.ts', import.meta.url);
    if (existsSync(fileURLToPath(authHelper))) {
      const { signIn } = (await import(authHelper.href)) as {
        signIn: (app: unknown, email: string) => Promise<{ headers: Record<string, string>; cookie: string }>;
      };
      for (const email of ['admin@demo.koinsep.gr', 'staff@demo.koinsep.gr', 'manager1@demo.koinsep.gr']) {
        const session = await signIn(ctx.app, email);
        callers.push({ name: email, headers: session.headers });
        // The same session without its CSRF token.
        callers.push({ name: `${email} (cookie only)`, headers: { cookie: session.cookie } });
      }
    }

    const doc = (await ctx.app.inject('/openapi.json')).json() as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Array<{ in: string; name: string; schema: JsonSchema }>;
            requestBody?: { content?: Record<string, { schema: JsonSchema }> };
          }
        >
      >;
    };
    operations = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, spec] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const params = spec.parameters ?? [];
        operations.push({
          method: method.toUpperCase(),
          path,
          pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
          query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
          body: spec.requestBody?.content?.['application/json']?.schema ?? null,
        });
      }
    }
  });

  afterAll(async () => {
    await ctx.close();
    rmSync(backupRoot, { recursive: true, force: true });
  });

  it(`sends ${NUM_RUNS} hostile requests: no 5xx, problem+json 4xx, nothing written when rejected`, async () => {
    expect(operations.length).toBeGreaterThan(5);
    const perOperation = new Map<string, number>();
    const statuses = new Map<number, number>();
    const timePerOperation = new Map<string, number>();
    const takeWrites = watchWrites(ctx);
    // The checksum of the data as it stands, recomputed only after an accepted request wrote.
    let checksum: string | null = null;
    let checksums = 0;

    const requestArb: fc.Arbitrary<FuzzRequest> = fc
      .tuple(fc.constantFrom(...operations), fc.constantFrom(...callers))
      .chain(([op, caller]) => {
        const segments = op.pathParams.map((name) => pathSegment(name));
        const mutating = op.method !== 'GET';
        return fc
          .tuple(
            fc.tuple(...segments),
            queryString(op),
            mutating ? bodyFor(op) : fc.constant({} as { payload?: string | Buffer; contentType?: string }),
          )
          .map(([values, query, body]) => {
            let url = op.path;
            op.pathParams.forEach((name, i) => (url = url.replace(`{${name}}`, String(values[i]))));
            const headers: Record<string, string> = { ...caller.headers };
            if (body.contentType) headers['content-type'] = body.contentType;
            return {
              method: op.method,
              url: url + query,
              headers,
              payload: body.payload,
              operation: `${op.method} ${op.path}`,
            };
          });
      });

    await fc.assert(
      fc.asyncProperty(requestArb, async (request) => {
        perOperation.set(request.operation, (perOperation.get(request.operation) ?? 0) + 1);
        const started = performance.now();
        if (checksum === null) {
          checksum = checksumAllTables(ctx);
          checksums++;
        }
        takeWrites();
        const response = await ctx.app.inject({
          method: request.method as 'GET',
          url: request.url,
          headers: request.headers,
          payload: request.payload,
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        timePerOperation.set(
          request.operation,
          (timePerOperation.get(request.operation) ?? 0) + performance.now() - started,
        );
        expect(
          response.statusCode,
          `${request.method} ${request.url.slice(0, 300)}: ${response.body.slice(0, 300)}`,
        ).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expect(response.headers['content-type'], `${request.method} ${request.url.slice(0, 300)}`).toMatch(
            /^application\/problem\+json/,
          );
          const problem = response.json() as { status: number; type: string; title: string };
          expect(problem.status).toBe(response.statusCode);
          expect(typeof problem.title).toBe('string');
        }
        const written = takeWrites();
        if (response.statusCode >= 400) {
          const what = `rejected ${request.method} ${request.url.slice(0, 200)}`;
          expect(
            written.filter((t) => !BOOKKEEPING_TABLES.has(t)),
            `${what} wrote`,
          ).toEqual([]);
          if (written.length) {
            // Bookkeeping happened: prove the data itself is byte-for-byte unchanged.
            expect(checksumAllTables(ctx), `${what} changed the data`).toBe(checksum);
            checksums++;
          }
        } else if (written.some((t) => !BOOKKEEPING_TABLES.has(t))) {
          checksum = null;
        }
      }),
      { numRuns: NUM_RUNS },
    );

    // Every route got traffic.
    for (const op of operations)
      expect(perOperation.get(`${op.method} ${op.path}`) ?? 0, `${op.method} ${op.path}`).toBeGreaterThan(0);
    console.log(
      `fuzz: slowest operations ${[...timePerOperation]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([op, ms]) => `${op} ${Math.round(ms)} ms`)
        .join(', ')}\n` +
        `fuzz: ${NUM_RUNS} requests over ${operations.length} operations, ${callers.length} callers, ${checksums} full checksums; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    // A harness limit, not a speed check: 10,000 requests with checksums need minutes on a busy 2-core machine.
  }, 900_000);
});
