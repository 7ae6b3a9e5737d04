import SQLite from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { DEMO_USERS, signIn } from '../helpers/auth.ts';
import { testOperationsConfig } from '../../api/config.ts';
import { buildApp } from '../../api/app.ts';
import { loggerOptions, redactUrl } from '../../api/ops/logging.ts';
import { checkDatabaseFile } from '../../api/repositories/sqlite/database-backup.ts';
import { restoreDatabase, pidFilePath, RestoreRefused } from '../../api/repositories/sqlite/database-restore.ts';
import { startServer, ROOT } from '../reliability/server-process.ts';

const TOKEN = 'operations-test-token-0123456789abcdefghij';
const METRICS_TOKEN = 'metrics-test-token-0123456789abcdefghijklm';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('probes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({ demoData: false });
  });
  afterAll(() => ctx.close());

  it('answers /healthz and /readyz, uncached, with a request id', async () => {
    const health = await ctx.app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['cache-control']).toBe('no-store');
    const ready = await ctx.app.inject({ url: '/readyz', headers: { 'x-request-id': 'nginx-abc.123' } });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'current', load: 'ok' } });
    expect(ready.headers['x-request-id']).toBe('nginx-abc.123');
    const odd = await ctx.app.inject({ url: '/healthz', headers: { 'x-request-id': 'evil\tid with spaces' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is not ready while a migration is pending', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koinsep-readyz-'));
    const other = await createTestApp({ demoData: false });
    try {
      other.handle.sqlite.prepare("delete from kysely_migration where name = '006-operations'").run();
      const ready = await other.app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({
        status: 'unavailable',
        checks: { database: 'ok', migrations: 'pending', load: 'ok' },
      });
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('metrics', () => {
  it('does not expose /metrics without a token or port configured', async () => {
    const ctx = await createTestApp({ demoData: false });
    try {
      expect((await ctx.app.inject('/metrics')).statusCode).toBe(404);
    } finally {
      await ctx.close();
    }
  });

  it('serves Prometheus metrics by route only with the bearer token', async () => {
    const ctx = await createTestApp({
      demoData: false,
      config: { operations: testOperationsConfig({ metricsToken: METRICS_TOKEN }) },
    });
    try {
      await ctx.app.inject('/api/v1/categories');
      await ctx.app.inject('/api/v1/enterprises/no-such-enterprise');
      await ctx.app.inject('/no/such/path/123');
      const anonymous = await ctx.app.inject('/metrics');
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      expect((await ctx.app.inject({ url: '/metrics', headers: bearer('x'.repeat(40)) })).statusCode).toBe(401);
      const scraped = await ctx.app.inject({ url: '/metrics', headers: bearer(METRICS_TOKEN) });
      expect(scraped.statusCode).toBe(200);
      expect(scraped.headers['content-type']).toContain('text/plain');
      const text = scraped.body;
      expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/v1\/categories",status_code="200"\} 1/);
      expect(text).toMatch(
        /http_requests_total\{method="GET",route="\/api\/v1\/enterprises\/:slug",status_code="404"\} 1/,
      );
      // Unknown paths share one label: scanners cannot blow up the series count.
      expect(text).toMatch(/route="unmatched",status_code="404"/);
      expect(text).not.toContain('/no/such/path');
      expect(text).toMatch(
        /http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/api\/v1\/categories"\}/,
      );
      expect(text).toMatch(/koinsep_database_size_bytes \d+/);
      expect(text).toContain('process_resident_memory_bytes');
    } finally {
      await ctx.close();
    }
  });
});

/** A log stream that keeps each JSON line written to it. */
function logLines() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  return { lines, stream };
}

describe('logs', () => {
  it('writes JSON lines with request ids and never secrets', async () => {
    const { lines, stream } = logLines();
    const ctx = await createTestApp({ demoData: false });
    const app = await buildApp({ db: ctx.handle, config: ctx.config, logger: { ...loggerOptions('info'), stream } });
    try {
      await app.inject({
        url: '/api/v1/categories?lang=en&token=s3cret-invite&code=123456',
        headers: { cookie: 'sid=session-secret', authorization: 'Bearer bearer-secret', 'x-request-id': 'req-42' },
      });
      app.log.info(
        {
          body: { email: 'a@b.gr', password: 'pw-secret', code: '654321', nested: { token: 'tok-secret' } },
          headers: { authorization: 'Basic abc', cookie: 'sid=x' },
        },
        'a route that logs a body',
      );
      const all = lines.join('\n');
      for (const secret of [
        's3cret-invite',
        '123456',
        'session-secret',
        'bearer-secret',
        'pw-secret',
        '654321',
        'tok-secret',
        'Basic abc',
      ]) {
        expect(all).not.toContain(secret);
      }
      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const incoming = parsed.find((l) => l.msg === 'incoming request') as { reqId: string; req: { url: string } };
      expect(incoming.reqId).toBe('req-42');
      expect(incoming.req.url).toBe('/api/v1/categories?lang=en&token=[redacted]&code=[redacted]');
      expect(parsed.find((l) => l.msg === 'request completed')).toMatchObject({ reqId: 'req-42' });
      const bodyLine = parsed.find((l) => l.msg === 'a route that logs a body') as { body: Record<string, unknown> };
      expect(bodyLine.body).toMatchObject({
        email: 'a@b.gr',
        password: '[redacted]',
        code: '[redacted]',
        nested: { token: '[redacted]' },
      });
    } finally {
      await app.close();
      await ctx.close();
    }
  });

  it('at the warn level, a line a route writes still carries its request id, with secrets redacted', async () => {
    const { lines, stream } = logLines();
    const ctx = await createTestApp({ demoData: false });
    // The request's logger is made only when a line is written (ops/logging.ts lazyChildLogger).
    const app = await buildApp({ db: ctx.handle, config: ctx.config, logger: { ...loggerOptions('warn'), stream } });
    app.get('/warn-once', async (request) => {
      request.log.info('not written at warn');
      request.log.warn({ password: 'pw-secret' }, 'a warning from a route');
      return 'ok';
    });
    try {
      await app.inject({ url: '/api/v1/categories' });
      await app.inject({ url: '/warn-once', headers: { 'x-request-id': 'req-7' } });
      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(parsed.filter((l) => l.reqId)).toEqual([
        expect.objectContaining({ reqId: 'req-7', msg: 'a warning from a route', password: '[redacted]' }),
      ]);
    } finally {
      await app.close();
      await ctx.close();
    }
  });

  it('masks only secret-looking query parameters', () => {
    expect(redactUrl('/a?q=katharismos&page=2')).toBe('/a?q=katharismos&page=2');
    expect(redactUrl('/accept?Token=abc&x=1')).toBe('/accept?Token=[redacted]&x=1');
    expect(redactUrl('/x?%E0=1&password=p')).toBe('/x?%E0=1&password=[redacted]');
  });
});

describe('load shedding', () => {
  it('answers 503 problem+json with Retry-After while the event loop lags, but keeps the probes up', async () => {
    const ctx = await createTestApp({
      demoData: false,
      config: { operations: testOperationsConfig({ loadShedMaxEventLoopDelayMs: 1, loadShedRetryAfterSeconds: 7 }) },
    });
    try {
      // Past the start-up grace (two sampling intervals), then block the loop past one interval, as a flood of work would.
      await new Promise((r) => setTimeout(r, 1100));
      const until = Date.now() + 700;
      while (Date.now() < until) {
        // busy
      }
      await new Promise((r) => setTimeout(r, 20));
      const shed = await ctx.app.inject('/api/v1/categories');
      expect(shed.statusCode).toBe(503);
      expect(shed.headers['retry-after']).toBe('7');
      expect(shed.headers['content-type']).toContain('application/problem+json');
      expect(shed.json()).toMatchObject({ status: 503, code: 'overloaded' });
      expect((await ctx.app.inject('/healthz')).statusCode).toBe(200);
      expect((await ctx.app.inject('/readyz')).statusCode).toBe(200);
    } finally {
      await ctx.close();
    }
  });
});

describe('load shedding by requests in progress', () => {
  it('answers 503 + Retry-After past the limit of requests in progress, and serves again once they finish', async () => {
    // Two requests that are being worked on (their handler waits) fill a limit of two.
    let release: () => void = () => {};
    const working = new Promise<void>((resolve) => (release = resolve));
    const ctx = await createTestApp({
      demoData: false,
      config: { operations: testOperationsConfig({ loadShedMaxInFlight: 2, loadShedRetryAfterSeconds: 5 }) },
      extend: (app) => {
        app.get('/test/slow-work', async () => {
          await working;
          return { done: true };
        });
      },
    });
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const busy = [fetch(`${address}/test/slow-work`), fetch(`${address}/test/slow-work`)];
    try {
      let shed: Response | null = null;
      for (let i = 0; i < 50 && !shed; i++) {
        const response = await fetch(`${address}/api/v1/categories`);
        if (response.status === 503) shed = response;
        else await new Promise((r) => setTimeout(r, 20));
      }
      expect(shed?.status).toBe(503);
      expect(shed?.headers.get('retry-after')).toBe('5');
      expect(shed?.headers.get('content-type')).toContain('application/problem+json');
      expect((await fetch(`${address}/healthz`)).status).toBe(200);
    } finally {
      release();
    }
    expect((await Promise.all(busy)).map((r) => r.status)).toEqual([200, 200]);
    expect((await fetch(`${address}/api/v1/categories`)).status).toBe(200);
    await ctx.close();
  });
});

describe('backups and restore', () => {
  let ctx: TestContext;
  let backupDir: string;
  beforeAll(async () => {
    backupDir = join(mkdtempSync(join(tmpdir(), 'koinsep-backups-')), 'backups');
    ctx = await createTestApp({
      demoData: true,
      config: { operations: testOperationsConfig({ operationsToken: TOKEN, backupDir, backupKeep: 3 }) },
    });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(join(backupDir, '..'), { recursive: true, force: true });
  });

  it('lets only administrators or the token holder take backups', async () => {
    const anonymous = await ctx.app.inject({ method: 'POST', url: '/api/v1/operations/backups' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/operations/backups',
      headers: bearer(TOKEN + 'x'),
    });
    expect(wrong.statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/v1/operations/backups' })).statusCode).toBe(401);
    expect(ctx.handle.sqlite.prepare('select count(*) from backup_runs').pluck().get()).toBe(0);
  });

  it('takes a consistent backup under write load and restores it', async () => {
    // Write load on the server's own connection while the backup copies pages.
    const insert = ctx.handle.sqlite.prepare(
      'insert into categories (id, name_el, name_en, sort_order) values (?, ?, ?, ?)',
    );
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        ctx.handle.sqlite.transaction(() => {
          for (let i = 0; i < 20; i++) {
            written++;
            insert.run(`load-${written}`, `Φόρτος ${written}`, `Load ${written}`, 100_000 + written);
          }
        })();
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    const writtenBefore = written;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/operations/backups',
      headers: bearer(TOKEN),
      payload: { reason: 'before upgrading to 1.1' },
    });
    writing = false;
    await writer;
    expect(response.statusCode).toBe(201);
    const run = response.json() as { id: string; file: string; status: string; sizeBytes: number; reason: string };
    expect(run).toMatchObject({ status: 'ok', reason: 'before upgrading to 1.1' });
    const backupPath = join(backupDir, run.file);
    expect(statSync(backupPath).size).toBe(run.sizeBytes);
    expect(checkDatabaseFile(backupPath)).toMatchObject({
      integrityOk: true,
      isKoinsepDatabase: true,
      unknownMigrations: [],
      pendingMigrations: [],
    });

    // A consistent snapshot: the load rows in the copy are exactly load-1 … load-k, no gaps.
    const copy = new SQLite(backupPath, { readonly: true });
    const loadRows = copy
      .prepare("select sort_order - 100000 from categories where id like 'load-%' order by sort_order")
      .pluck()
      .all() as number[];
    const enterprises = copy.prepare('select count(*) from enterprises').pluck().get();
    copy.close();
    expect(loadRows.length).toBeGreaterThanOrEqual(writtenBefore);
    expect(loadRows.length).toBeLessThanOrEqual(written);
    expect(loadRows).toEqual(Array.from({ length: loadRows.length }, (_, i) => i + 1));
    expect(enterprises).toBe(ctx.handle.sqlite.prepare('select count(*) from enterprises').pluck().get());

    // Restore into a stopped installation's database file.
    const target = join(backupDir, '..', 'restored.sqlite');
    writeFileSync(target, '');
    rmSync(target);
    const result = await restoreDatabase(backupPath, target);
    expect(result.previousCopy).toBeNull();
    const restored = new SQLite(target, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(restored.prepare("select count(*) from categories where id like 'load-%'").pluck().get()).toBe(
      loadRows.length,
    );
    restored.close();

    const listed = await ctx.app.inject({ url: '/api/v1/operations/backups', headers: bearer(TOKEN) });
    expect(listed.json()).toMatchObject({ backupDir, items: [{ id: run.id, trigger: 'api', status: 'ok' }] });
  });

  it('lets a signed-in administrator (session + CSRF) take a backup, but not staff or a request without the token', async () => {
    const runs = () => ctx.handle.sqlite.prepare('select count(*) from backup_runs').pluck().get() as number;
    const admin = await signIn(ctx.app, DEMO_USERS.admin);
    const before = runs();
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/operations/backups',
      headers: { cookie: admin.cookie },
      payload: { reason: 'no csrf' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.headers['content-type']).toContain('application/problem+json');
    const staff = await signIn(ctx.app, DEMO_USERS.staff);
    const byStaff = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/operations/backups',
      headers: staff.headers,
      payload: { reason: 'by staff' },
    });
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json()).toMatchObject({ status: 403 });
    expect(runs()).toBe(before);

    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/operations/backups',
      headers: admin.headers,
      payload: { reason: 'admin before upgrade' },
    });
    expect(response.statusCode).toBe(201);
    const run = response.json() as { id: string; file: string; trigger: string; status: string; reason: string };
    expect(run).toMatchObject({ trigger: 'api', status: 'ok', reason: 'admin before upgrade' });
    expect(checkDatabaseFile(join(backupDir, run.file))).toMatchObject({ integrityOk: true, isKoinsepDatabase: true });
    expect(runs()).toBe(before + 1);
    const listed = await ctx.app.inject({
      url: '/api/v1/operations/backups?limit=1',
      headers: { cookie: admin.cookie },
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ items: [{ id: run.id, file: run.file }] });
  });

  it('keeps only BACKUP_KEEP backups', async () => {
    for (let i = 0; i < 4; i++) {
      expect(
        (await ctx.app.inject({ method: 'POST', url: '/api/v1/operations/backups', headers: bearer(TOKEN) }))
          .statusCode,
      ).toBe(201);
    }
    expect(readdirSync(backupDir).filter((n) => n.endsWith('.sqlite'))).toHaveLength(3);
  });

  it('refuses to restore a damaged, foreign or newer database, or under a running server', async () => {
    const dir = join(backupDir, '..');
    const target = join(dir, 'live.sqlite');
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database at all'.repeat(100));
    await expect(restoreDatabase(garbage, target)).rejects.toThrow();
    const foreign = join(dir, 'foreign.sqlite');
    const f = new SQLite(foreign);
    f.exec('create table notes (id integer primary key, text text)');
    f.close();
    await expect(restoreDatabase(foreign, target)).rejects.toThrow(/not a KoinSEp Directory database/);

    const newest = readdirSync(backupDir)
      .filter((n) => n.endsWith('.sqlite'))
      .sort()
      .at(-1)!;
    const newer = join(dir, 'newer.sqlite');
    await restoreDatabase(join(backupDir, newest), newer);
    const n = new SQLite(newer);
    n.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '999-from-the-future',
      new Date().toISOString(),
    );
    n.close();
    await expect(restoreDatabase(newer, target)).rejects.toThrow(/newer release.*999-from-the-future/);

    // A pid file naming a live process (this one) means the server runs.
    writeFileSync(pidFilePath(target), `${process.pid}\n`);
    await expect(restoreDatabase(join(backupDir, newest), target)).rejects.toBeInstanceOf(RestoreRefused);
    expect(existsSync(target)).toBe(false);
    rmSync(pidFilePath(target));
  });

  it('backs up and restores from the command line, keeping the replaced database', () => {
    const dir = join(backupDir, '..');
    const copyPath = join(dir, 'cli-copy.sqlite');
    const env = { ...process.env, DATABASE_PATH: ctx.config.databasePath, BACKUP_DIR: '', LOG_LEVEL: 'warn' };
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', copyPath], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toContain('integrity_check ok');
    expect(checkDatabaseFile(copyPath).integrityOk).toBe(true);
    // Refuses to overwrite.
    expect(
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', copyPath], { cwd: ROOT, env }).status,
    ).toBe(1);

    const live = join(dir, 'cli-live.sqlite');
    mkdirSync(dir, { recursive: true });
    const seedLive = new SQLite(live);
    seedLive.exec('create table old_stuff (x)');
    seedLive.close();
    const restore = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-restore.ts', copyPath], {
      cwd: ROOT,
      env: { ...env, DATABASE_PATH: live },
      encoding: 'utf8',
    });
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('previous database is kept');
    expect(checkDatabaseFile(live)).toMatchObject({ integrityOk: true, isKoinsepDatabase: true });
    expect(readdirSync(dir).some((n) => n.startsWith('cli-live.sqlite.before-restore-'))).toBe(true);
  });
});

describe('graceful shutdown of the real server', () => {
  it('answers the request in flight on SIGTERM, then checkpoints the WAL and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koinsep-sigterm-'));
    const databasePath = join(dir, 'koinsep.sqlite');
    const server = await startServer({
      DATABASE_PATH: databasePath,
      BACKUP_DIR: join(dir, 'backups'),
      BACKUP_INTERVAL_MINUTES: '0',
      OPERATIONS_TOKEN: TOKEN,
    });
    try {
      expect(existsSync(pidFilePath(databasePath))).toBe(true);
      // A slow client: headers and half the body now, the rest after SIGTERM.
      const body = JSON.stringify({ reason: 'sent slowly across a shutdown' });
      const socket = connect(server.port, '127.0.0.1');
      let response = '';
      socket.on('data', (chunk) => (response += chunk.toString()));
      const closed = new Promise((r) => socket.on('close', r));
      await new Promise((r) => socket.once('connect', r));
      socket.write(
        `POST /api/v1/operations/backups HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      );
      await new Promise((r) => setTimeout(r, 200));
      server.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(server.child.exitCode).toBeNull();
      // (No half-close: Node aborts a request whose client shuts its side before the answer.)
      socket.write(body.slice(10));
      while (!response.includes('"status":"ok"')) await new Promise((r) => setTimeout(r, 20));
      socket.end();
      await closed;
      expect(response).toMatch(/^HTTP\/1\.1 201 /);
      const exit = await server.exited;
      expect(exit.code).toBe(0);
      // WAL folded into the main file and removed; the write is in the .sqlite alone.
      expect(!existsSync(`${databasePath}-wal`) || statSync(`${databasePath}-wal`).size === 0).toBe(true);
      expect(existsSync(pidFilePath(databasePath))).toBe(false);
      const db = new SQLite(databasePath);
      expect(db.prepare('select reason from backup_runs').pluck().all()).toEqual(['sent slowly across a shutdown']);
      db.close();
    } finally {
      server.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
