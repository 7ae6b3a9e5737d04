import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addDays } from '../domain/eligibility-format.ts';
import { AWARD_RULES } from '../domain/award-rules-config.ts';
import { expiryNoticeMail } from '../mail/self-service-templates.ts';
import type { MailLocale } from '../mail/templates.ts';
import type { Mailer } from '../mail/mailer.ts';
import { enterprisePeople, municipalPeople } from '../repositories/change-requests.ts';

/**
 * Document-expiry notices (issue 5): e-mails to municipal staff and the enterprise's people
 * when a certificate will expire within the window (30 days, the eligibility engine's) and
 * when it has expired. Runs in-process on a timer (started by server.ts).
 *
 * Idempotent: each notice is a row in `expiry_notices`, unique per (document, kind,
 * valid_until); the row is inserted first and only the run that inserted it sends the mail.
 * So a notice is sent at most once, also across restarts and concurrent runs; a renewed
 * certificate (a new valid_until) gets its own notices. Only the certificate that counts —
 * the latest of its kind per enterprise — is considered: an old one superseded by a renewal
 * is not news. The clock is injectable so tests can move time.
 */

export interface ExpiryNoticeJobOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  log: FastifyBaseLogger;
  publicOrigin: string;
  clock?: () => Date;
  windowDays?: number;
}

export interface ExpiryRunResult {
  notices: number;
  messages: number;
}

function athensDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function createExpiryNoticeJob(options: ExpiryNoticeJobOptions) {
  const { db, mailer, log, publicOrigin } = options;
  const clock = options.clock ?? (() => new Date());
  const windowDays = options.windowDays ?? AWARD_RULES.clearances.expiryWarningDays;
  let timer: NodeJS.Timeout | null = null;
  let firstRun: NodeJS.Timeout | null = null;
  let running: Promise<ExpiryRunResult> | null = null;

  async function run(): Promise<ExpiryRunResult> {
    const today = athensDay(clock());
    const horizon = addDays(today, windowDays);
    const candidates = await db
      .selectFrom('compliance_documents as d')
      .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
      .select(['d.id', 'd.enterprise_id', 'd.kind', 'd.valid_until', 'e.legal_name', 'e.trade_name'])
      .where('e.status', '!=', 'hidden')
      .where('d.valid_until', '<=', horizon)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('compliance_documents as newer')
              .select(sql<number>`1`.as('one'))
              .whereRef('newer.enterprise_id', '=', 'd.enterprise_id')
              .whereRef('newer.kind', '=', 'd.kind')
              .where((eb) => eb.or([eb('newer.valid_until', '>', eb.ref('d.valid_until')), eb.and([eb('newer.valid_until', '=', eb.ref('d.valid_until')), eb('newer.id', '>', eb.ref('d.id'))])])),
          ),
        ),
      )
      .orderBy('d.valid_until')
      .execute();
    let notices = 0;
    let messages = 0;
    const staff = candidates.length ? await municipalPeople(db) : [];
    for (const document of candidates) {
      const kind = document.valid_until < today ? 'expired' : 'expiring';
      const inserted = await db
        .insertInto('expiry_notices')
        .values({ enterprise_id: document.enterprise_id, document_id: document.id, kind, valid_until: document.valid_until, sent_at: clock().toISOString() })
        .onConflict((oc) => oc.columns(['document_id', 'kind', 'valid_until']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      notices++;
      const enterpriseName = document.trade_name || document.legal_name;
      const people = await enterprisePeople(db, document.enterprise_id);
      const recipients = new Map<string, { locale: MailLocale; forStaff: boolean }>();
      for (const person of staff) recipients.set(person.email, { locale: person.locale as MailLocale, forStaff: true });
      for (const person of people) if (!recipients.has(person.email)) recipients.set(person.email, { locale: person.locale as MailLocale, forStaff: false });
      for (const [to, recipient] of recipients) {
        const mail = expiryNoticeMail(recipient.locale, {
          enterpriseName,
          documentKind: document.kind,
          validUntil: document.valid_until,
          notice: kind,
          forStaff: recipient.forStaff,
          link: `${publicOrigin}/admin/${recipient.forStaff ? 'compliance' : 'my-documents'}`,
        });
        await mailer.queue({ kind: `document_${kind}`, to, subject: mail.subject, text: mail.text });
        messages++;
      }
      await db.updateTable('expiry_notices').set({ recipients: recipients.size }).where('id', '=', inserted.id).execute();
    }
    if (notices) log.info({ notices, messages, today }, 'document expiry notices sent');
    return { notices, messages };
  }

  return {
    /** One pass; concurrent calls share the pass in progress. */
    async runOnce(): Promise<ExpiryRunResult> {
      if (!running) running = run().finally(() => (running = null));
      return running;
    },
    /** Runs every `intervalMs` (and once shortly after start); the timer never keeps the process alive. */
    start(intervalMs: number): void {
      if (timer || intervalMs <= 0) return;
      const tick = () => {
        this.runOnce().catch((error: unknown) => log.error({ err: error }, 'document expiry notices failed'));
      };
      firstRun = setTimeout(tick, Math.min(intervalMs, 10_000));
      firstRun.unref();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    /** Stops the timer and waits for a pass in progress. */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      if (firstRun) clearTimeout(firstRun);
      timer = null;
      firstRun = null;
      await running?.catch(() => undefined);
    },
  };
}

export type ExpiryNoticeJob = ReturnType<typeof createExpiryNoticeJob>;
