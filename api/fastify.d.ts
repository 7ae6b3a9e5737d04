import type { Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import type { Database } from '../db/schema.ts';
import type { AppConfig } from './config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    sqlite: SQLite.Database;
    config: AppConfig;
    /** The time requests for quotes read (deadlines, sealing); injectable in tests (BuildAppOptions.consultationClock). */
    consultationClock: () => Date;
  }
}
