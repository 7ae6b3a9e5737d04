import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listOutbox } from '../repositories/mail-outbox.ts';

/** The mail the app has sent or kept (issue 4, scope 5): without SMTP this is where links are read. */
export function createMailOutboxService({ db }: { db: Kysely<Database> }) {
  return {
    async list(limit: number) {
      return (await listOutbox(db, limit)).map((r) => ({
        id: r.id,
        kind: r.kind,
        to: r.to_address,
        subject: r.subject,
        text: r.body_text,
        status: r.status,
        error: r.error,
        createdAt: r.created_at,
        sentAt: r.sent_at,
      }));
    },
  };
}
