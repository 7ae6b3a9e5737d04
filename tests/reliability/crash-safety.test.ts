import SQLite from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from './server-process.ts';
import { signInOverHttp, type HttpSession } from './http-sign-in.ts';

/**
 * Crash safety (issue 8): the real server on a temporary database file is killed with
 * SIGKILL at random moments while it acknowledges writes; after every kill the database
 * must pass `PRAGMA integrity_check` and hold every write the server acknowledged.
 *
 * The writes are the ones staff make all day, through the real API with a signed-in staff
 * session (cookie + CSRF): recording a contract (POST /api/v1/contracts: row + audit entry in
 * one transaction) and correcting it (PUT with If-Match: version bump + audit entry). One more
 * writer takes on-demand backups (POST /api/v1/operations/backups with the operations token),
 * which checks the backup file protocol too: after a kill no file under a backup's final name
 * may be truncated or corrupt, only temporary `.partial` names.
 *
 * The database is prepared once: the first start runs with DEMO_DATA=on, so the real seed
 * creates the demo enterprises and the staff account (password + TOTP); the staff member signs
 * in once through login + TOTP. Every later start is DEMO_DATA=off, as in production, and reuses
 * that session: sessions live in SQLite, so the session itself must survive all the kills.
 */

const CYCLES = Number(process.env.CRASH_CYCLES ?? 50);
const TOKEN = 'crash-test-operations-token-0123456789abcdef';
const BACKUP_NAME = /^koinsep-\d{8}T\d{6}Z-[0-9a-f]{8}\.sqlite$/;
const CONTRACT_WRITERS = 3;

interface BackupAck {
  id: string;
  file: string;
  reason: string;
}

/** A contract as the server last acknowledged it. */
interface ContractState {
  id: string;
  title: string;
  valueNetCents: number;
  version: number;
}

interface Ledger {
  backups: BackupAck[];
  contracts: Map<string, ContractState>;
  /** An update that was sent but not acknowledged when the server died: it may or may not be there. */
  unacknowledgedUpdates: Map<string, ContractState>;
  creates: number;
  updates: number;
}

interface ContractRow {
  id: string;
  title: string;
  value_net_cents: number;
  version: number;
}

describe('crash safety under SIGKILL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koinsep-crash-'));
  const databasePath = join(dir, 'koinsep.sqlite');
  const backupDir = join(dir, 'backups');
  const env = {
    DATABASE_PATH: databasePath,
    BACKUP_DIR: backupDir,
    BACKUP_KEEP: '10000',
    BACKUP_INTERVAL_MINUTES: '0',
    OPERATIONS_TOKEN: TOKEN,
    DEMO_DATA: 'off',
  };
  let server: ServerProcess | null = null;

  afterAll(() => {
    server?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  async function expectStatus(response: Response, status: number, what: string): Promise<Record<string, unknown>> {
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status !== status) throw new Error(`${what}: unexpected ${response.status}: ${JSON.stringify(body)}`);
    return body;
  }

  /** Runs the writers until the connection dies; records each acknowledged write in `ledger`. */
  function driveWrites(
    base: string,
    staff: HttpSession,
    enterpriseIds: string[],
    ledger: Ledger,
    cycle: number,
    stop: { stopped: boolean },
  ) {
    const guarded = (loop: () => Promise<void>) => async () => {
      try {
        await loop();
      } catch (error) {
        if (!stop.stopped) throw error;
      }
    };
    const contractWriter = (writer: number) =>
      guarded(async () => {
        for (let n = 0; !stop.stopped; n++) {
          const cents = 100_000 + cycle * 10_000 + writer * 1_000 + n;
          const body = {
            enterpriseId: enterpriseIds[(cycle + writer + n) % enterpriseIds.length],
            title: `Καθαρισμός σχολείων — κύκλος ${cycle}, γραφέας ${writer}, σύμβαση ${n}`,
            cpvCode: '90919300-5',
            awardRoute: 'direct_award',
            valueNet: (cents / 100).toFixed(2),
            vat: '0.00',
            department: 'Διεύθυνση Παιδείας',
            awardedOn: '2026-03-01',
            startsOn: '2026-03-15',
            endsOn: '2026-12-31',
          };
          const created = await expectStatus(
            await fetch(`${base}/api/v1/contracts`, {
              method: 'POST',
              headers: staff.headers,
              body: JSON.stringify(body),
            }),
            201,
            'POST /api/v1/contracts',
          );
          const id = created.id as string;
          ledger.contracts.set(id, { id, title: body.title, valueNetCents: cents, version: 1 });
          ledger.creates++;
          if (stop.stopped) return;

          // Correct what was just recorded, as staff do: If-Match with the ETag read.
          const corrected = { ...body, title: `${body.title} (διόρθωση)`, valueNet: ((cents + 1) / 100).toFixed(2) };
          ledger.unacknowledgedUpdates.set(id, { id, title: corrected.title, valueNetCents: cents + 1, version: 2 });
          await expectStatus(
            await fetch(`${base}/api/v1/contracts/${id}`, {
              method: 'PUT',
              headers: { ...staff.headers, 'if-match': `"contract-${id}-v1"` },
              body: JSON.stringify(corrected),
            }),
            200,
            'PUT /api/v1/contracts/:id',
          );
          ledger.unacknowledgedUpdates.delete(id);
          ledger.contracts.set(id, { id, title: corrected.title, valueNetCents: cents + 1, version: 2 });
          ledger.updates++;
        }
      });
    const backupWriter = guarded(async () => {
      for (let n = 0; !stop.stopped; n++) {
        const reason = `crash cycle ${cycle} backup ${n}`;
        const run = await expectStatus(
          await fetch(`${base}/api/v1/operations/backups`, {
            method: 'POST',
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
            body: JSON.stringify({ reason }),
          }),
          201,
          'POST /api/v1/operations/backups',
        );
        ledger.backups.push({ id: run.id as string, file: run.file as string, reason });
      }
    });
    const writers = [...Array.from({ length: CONTRACT_WRITERS }, (_, w) => contractWriter(w)), backupWriter];
    return Promise.allSettled(writers.map((w) => w()));
  }

  /** The database as the next start will find it (WAL recovered on open): sound, and every acknowledged write in it. */
  function checkDatabase(ledger: Ledger, seeded: Set<string>, cycle: number) {
    const db = new SQLite(databasePath);
    try {
      expect(db.pragma('integrity_check', { simple: true }), `cycle ${cycle}`).toBe('ok');
      const rows = new Map(
        (db.prepare('select id, title, value_net_cents, version from contracts').all() as ContractRow[]).map((r) => [
          r.id,
          r,
        ]),
      );
      const audited = new Set(
        db
          .prepare("select object_id from audit_log where object_type = 'contract' and action = 'contract.create'")
          .pluck()
          .all() as string[],
      );
      const lost: string[] = [];
      for (const expected of ledger.contracts.values()) {
        const row = rows.get(expected.id);
        const matches = (state: ContractState) =>
          row!.version === state.version && row!.title === state.title && row!.value_net_cents === state.valueNetCents;
        const inFlight = ledger.unacknowledgedUpdates.get(expected.id);
        if (!row) lost.push(`${expected.id}: missing`);
        else if (!audited.has(expected.id)) lost.push(`${expected.id}: no contract.create audit entry`);
        else if (inFlight && matches(inFlight))
          ledger.contracts.set(expected.id, inFlight); // committed just before the kill: now it must stay
        else if (!matches(expected)) lost.push(`${expected.id}: ${JSON.stringify(row)} ≠ ${JSON.stringify(expected)}`);
      }
      ledger.unacknowledgedUpdates.clear();
      expect(lost, `cycle ${cycle}: acknowledged contract writes lost`).toEqual([]);
      // Nothing half-written: every contract the API made has its audit entry (same transaction; seeded ones have none).
      expect(
        [...rows.keys()].filter((id) => !seeded.has(id) && !audited.has(id)),
        `cycle ${cycle}: contracts without audit`,
      ).toEqual([]);

      const runs = new Map(
        (db.prepare("select id, file, reason from backup_runs where status = 'ok'").all() as BackupAck[]).map((r) => [
          r.id,
          r,
        ]),
      );
      const missing = ledger.backups.filter(
        (a) => runs.get(a.id)?.file !== a.file || runs.get(a.id)?.reason !== a.reason,
      );
      expect(missing, `cycle ${cycle}: acknowledged backups lost`).toEqual([]);
    } finally {
      db.close();
    }
  }

  it(`keeps every acknowledged write through ${CYCLES} SIGKILLs`, async () => {
    const ledger: Ledger = {
      backups: [],
      contracts: new Map(),
      unacknowledgedUpdates: new Map(),
      creates: 0,
      updates: 0,
    };
    const checkedFiles = new Set<string>();
    let partialsSeen = 0;
    let inFlightAtKill = 0;
    let staff: HttpSession | null = null;
    let enterpriseIds: string[] = [];
    let seeded = new Set<string>();
    const started = Date.now();

    for (let cycle = 0; cycle < CYCLES; cycle++) {
      // The first start seeds the demo enterprises and accounts; all later ones run as production does.
      server = await startServer(cycle === 0 ? { ...env, DEMO_DATA: 'on' } : env);
      if (!staff) {
        staff = await signInOverHttp(server.base, 'staff@demo.koinsep.gr');
        const reader = new SQLite(databasePath, { readonly: true });
        enterpriseIds = reader
          .prepare("select id from enterprises where status = 'published' order by slug limit 5")
          .pluck()
          .all() as string[];
        seeded = new Set(reader.prepare('select id from contracts').pluck().all() as string[]);
        reader.close();
        expect(enterpriseIds.length).toBeGreaterThan(0);
      }
      const before = ledger.creates + ledger.updates + ledger.backups.length;
      const stop = { stopped: false };
      const writes = driveWrites(server.base, staff, enterpriseIds, ledger, cycle, stop);
      // A random moment: right after start-up up to ~0.4 s of writing.
      await new Promise((r) => setTimeout(r, Math.random() * 400));
      stop.stopped = true;
      server.child.kill('SIGKILL');
      const exit = await server.exited;
      expect(exit.signal).toBe('SIGKILL');
      const outcomes = await writes;
      inFlightAtKill += outcomes.length;
      const failed = outcomes.find((o) => o.status === 'rejected');
      if (failed && failed.status === 'rejected') throw failed.reason;

      checkDatabase(ledger, seeded, cycle);

      // Every file with a backup's name is complete and sound; only temporary names may be partial.
      const names = existsSync(backupDir) ? readdirSync(backupDir) : [];
      partialsSeen += names.filter((n) => n.endsWith('.partial') || n.endsWith('.partial-journal')).length;
      for (const a of ledger.backups) expect(names, `acknowledged backup ${a.file}`).toContain(a.file);
      for (const name of names.filter((n) => BACKUP_NAME.test(n) && !checkedFiles.has(n))) {
        const copy = new SQLite(join(backupDir, name), { readonly: true, fileMustExist: true });
        try {
          expect(copy.pragma('integrity_check', { simple: true }), name).toBe('ok');
          expect(copy.prepare('select count(*) from cpv_codes').pluck().get(), name).toBeGreaterThan(0);
        } finally {
          copy.close();
        }
        checkedFiles.add(name);
      }
      server = null;
      if (process.env.CRASH_VERBOSE) {
        console.log(
          `cycle ${cycle}: +${ledger.creates + ledger.updates + ledger.backups.length - before} acknowledged, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      }
    }

    console.log(
      `crash safety: ${CYCLES} SIGKILLs in ${Math.round((Date.now() - started) / 1000)} s; acknowledged and all present: ` +
        `${ledger.creates} contracts recorded, ${ledger.updates} corrected (If-Match), ${ledger.backups.length} backups; ` +
        `${checkedFiles.size} backup files integrity-checked, ${partialsSeen} partial copies left by kills (never under a final name), ` +
        `${inFlightAtKill} writers cut off`,
    );
    // The run must actually have written, or it proves nothing.
    expect(ledger.creates).toBeGreaterThan(CYCLES);
    expect(ledger.updates).toBeGreaterThan(CYCLES / 2);
    expect(ledger.backups.length).toBeGreaterThan(0);

    // The next start cleans up what the kills left and serves the same data to the same session.
    server = await startServer(env);
    const contracts = await fetch(`${server.base}/api/v1/contracts?pageSize=1`, { headers: { cookie: staff!.cookie } });
    expect(contracts.status).toBe(200);
    const list = (await contracts.json()) as { total: number };
    const reader = new SQLite(databasePath, { readonly: true });
    expect(list.total).toBe(reader.prepare('select count(*) from contracts').pluck().get());
    reader.close();
    expect(list.total).toBeGreaterThanOrEqual(ledger.contracts.size);
    const backups = (await (
      await fetch(`${server.base}/api/v1/operations/backups?limit=500`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).json()) as { items: Array<{ id: string }> };
    const listed = new Set(backups.items.map((i) => i.id));
    expect(ledger.backups.slice(-300).every((a) => listed.has(a.id))).toBe(true);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    server = null;
    expect(readdirSync(backupDir).filter((n) => n.includes('.partial'))).toEqual([]);
    // Harness limit only (50 real start-ups on a shared 2-core machine), not a duration assertion.
  }, 900_000);
});
