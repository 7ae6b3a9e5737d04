import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../services/logger.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AccountsConfig } from '../accounts/accounts-config.ts';
import { insertOutboxMessage, markFailed, markSent } from '../repositories/mail-outbox.ts';

export interface OutgoingMail {
  /** What the message is for (invitation, password_reset, …): shown in the outbox. */
  kind: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP when SMTP_URL is set; otherwise keeps it in the mail_outbox
 * table, where admins read it in the app (issue 4, scope 5). Either way every message
 * leaves a row (kind, recipient, subject, status). With SMTP the body is not kept: it
 * can hold a one-time link, which belongs in the recipient's inbox only.
 *
 * `queue()` returns once the row is written; SMTP delivery continues in the background so
 * that a request's answer does not wait for (or reveal, by timing) a mail server.
 */
export function createMailer(options: { db: Kysely<Database>; config: AccountsConfig; log: Logger }) {
  const { db, config, log } = options;
  const transport: Transporter | null = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  const pending = new Set<Promise<void>>();

  async function deliver(id: string, mail: OutgoingMail): Promise<void> {
    try {
      await transport!.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await markSent(db, id, new Date().toISOString());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error({ mailId: id, kind: mail.kind, err: message }, 'mail delivery failed');
      await markFailed(db, id, message.slice(0, 500));
    }
  }

  return {
    async queue(mail: OutgoingMail): Promise<string> {
      const id = randomUUID();
      await insertOutboxMessage(db, {
        id,
        kind: mail.kind,
        to_address: mail.to,
        subject: mail.subject,
        body_text: transport ? null : mail.text,
        status: transport ? 'sending' : 'stored',
        error: null,
        created_at: new Date().toISOString(),
        sent_at: null,
      });
      if (!transport) {
        if (config.logOutboxMail)
          log.info(
            { mailId: id, to: mail.to, subject: mail.subject, text: mail.text },
            'mail kept in the outbox (no SMTP_URL)',
          );
        return id;
      }
      const delivery = deliver(id, mail).finally(() => pending.delete(delivery));
      pending.add(delivery);
      return id;
    },

    /** Resolves when every background delivery has finished (tests, shutdown). */
    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },

    async close(): Promise<void> {
      transport?.close();
    },
  };
}

export type Mailer = ReturnType<typeof createMailer>;
