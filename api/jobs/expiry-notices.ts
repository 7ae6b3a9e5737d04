import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { todayInAthens } from '../domain/athens-today.ts';
import { addDays } from '../domain/eligibility-format.ts';
import { AWARD_RULES } from '../domain/award-rules-config.ts';
import { expiryNoticeMail } from '../mail/self-service-templates.ts';
import type { Lang } from '../domain/languages.ts';
import type { Mailer } from '../mail/mailer.ts';
import { enterprisePeople, municipalPeople } from '../repositories/change-requests.ts';
import { certificatesDueBy, claimNotice, setRecipients } from '../repositories/expiry-notices.ts';
import type { Logger } from '../services/logger.ts';

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
  log: Logger;
  publicOrigin: string;
  clock?: () => Date;
  windowDays?: number;
}

export interface ExpiryRunResult {
  notices: number;
  messages: number;
}

export function createExpiryNoticeJob(options: ExpiryNoticeJobOptions) {
  const { db, mailer, log, publicOrigin } = options;
  const clock = options.clock ?? (() => new Date());
  const windowDays = options.windowDays ?? AWARD_RULES.clearances.expiryWarningDays;
  let timer: NodeJS.Timeout | null = null;
  let firstRun: NodeJS.Timeout | null = null;
  let running: Promise<ExpiryRunResult> | null = null;

  async function run(): Promise<ExpiryRunResult> {
    const today = todayInAthens(clock());
    const horizon = addDays(today, windowDays);
    const candidates = await certificatesDueBy(db, horizon);
    let notices = 0;
    let messages = 0;
    const staff = candidates.length ? await municipalPeople(db) : [];
    for (const document of candidates) {
      const kind = document.valid_until < today ? 'expired' : 'expiring';
      const noticeId = await claimNotice(db, {
        enterpriseId: document.enterprise_id,
        documentId: document.id,
        kind,
        validUntil: document.valid_until,
        sentAt: clock().toISOString(),
      });
      if (noticeId === undefined) continue;
      notices++;
      const enterpriseName = document.trade_name || document.legal_name;
      const people = await enterprisePeople(db, document.enterprise_id);
      const recipients = new Map<string, { locale: Lang; forStaff: boolean }>();
      for (const person of staff) recipients.set(person.email, { locale: person.locale, forStaff: true });
      for (const person of people)
        if (!recipients.has(person.email)) recipients.set(person.email, { locale: person.locale, forStaff: false });
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
      await setRecipients(db, noticeId, recipients.size);
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
