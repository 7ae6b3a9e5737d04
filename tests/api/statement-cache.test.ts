import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../api/repositories/sqlite/statement-cache.ts';

interface Schema {
  contracts: { id: Generated<number>; title: string; department: string };
}

/** Kysely on a real SQLite file through the statement cache, counting what SQLite is asked to prepare. */
function open(dir: string, size?: number) {
  const sqlite = new SQLite(join(dir, 'cache.sqlite'));
  const prepared: string[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = (text: string) => {
    prepared.push(text);
    return prepare(text);
  };
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, size) }) });
  return { sqlite, db, prepared };
}

let dir: string;
let handle: ReturnType<typeof open>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'koinsep-statements-'));
  handle = open(dir);
  await sql`create table contracts (id integer primary key, title text not null, department text not null)`.execute(
    handle.db,
  );
});

afterEach(async () => {
  await handle.db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const byDepartment = (db: Kysely<Schema>, department: string) =>
  db.selectFrom('contracts').selectAll().where('department', '=', department).orderBy('id').execute();

describe('prepared statements kept by SQL text', () => {
  it('prepares a query shape once, and each run binds its own values', async () => {
    await handle.db
      .insertInto('contracts')
      .values([
        { title: 'Καθαρισμός σχολείων', department: 'Παιδεία' },
        { title: 'Σίτιση', department: 'Κοινωνική Πολιτική' },
        { title: 'Πράσινο', department: 'Παιδεία' },
      ])
      .execute();
    const before = handle.prepared.length;
    expect((await byDepartment(handle.db, 'Παιδεία')).map((r) => r.title)).toEqual(['Καθαρισμός σχολείων', 'Πράσινο']);
    expect((await byDepartment(handle.db, 'Κοινωνική Πολιτική')).map((r) => r.title)).toEqual(['Σίτιση']);
    expect((await byDepartment(handle.db, 'Τεχνικές Υπηρεσίες')).map((r) => r.title)).toEqual([]);
    expect(handle.prepared.length - before).toBe(1);
  });

  it('writes inside a transaction commit, and a failed one rolls back, through kept statements', async () => {
    for (let round = 0; round < 2; round++) {
      await handle.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('contracts')
          .values({ title: `Σύμβαση ${round}`, department: 'Παιδεία' })
          .execute();
      });
      await expect(
        handle.db.transaction().execute(async (trx) => {
          await trx.insertInto('contracts').values({ title: 'μισή', department: 'Παιδεία' }).execute();
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
    }
    expect((await byDepartment(handle.db, 'Παιδεία')).map((r) => r.title)).toEqual(['Σύμβαση 0', 'Σύμβαση 1']);
  });

  it('sees a column added after the statement was kept', async () => {
    await handle.db.insertInto('contracts').values({ title: 'Σίτιση', department: 'Παιδεία' }).execute();
    expect(await byDepartment(handle.db, 'Παιδεία')).toEqual([{ id: 1, title: 'Σίτιση', department: 'Παιδεία' }]);
    await sql`alter table contracts add column vat_cents integer not null default 0`.execute(handle.db);
    expect(await byDepartment(handle.db, 'Παιδεία')).toEqual([
      { id: 1, title: 'Σίτιση', department: 'Παιδεία', vat_cents: 0 },
    ]);
  });

  it('keeps only the most recently used texts when there are more than it holds', async () => {
    await handle.db.destroy();
    handle = open(dir, 2);
    const titleLike = (words: string[]) => {
      let query = handle.db.selectFrom('contracts').select('id');
      for (const word of words) query = query.where('title', 'like', `%${word}%`);
      return query.execute();
    };
    await titleLike(['a']);
    await titleLike(['a', 'b']);
    await titleLike(['a']);
    await titleLike(['a', 'b', 'c']);
    const before = handle.prepared.length;
    await titleLike(['a']);
    expect(handle.prepared.length - before).toBe(0);
    await titleLike(['a', 'b']);
    expect(handle.prepared.length - before).toBe(1);
  });
});
