import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { insertEnterprise } from '../helpers/fixtures.ts';
import { insertUser } from '../../api/repositories/users.ts';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';
import { createExpiryNoticeJob, type ExpiryNoticeJob } from '../../api/jobs/expiry-notices.ts';

/**
 * The document-expiry job (issue 5) with a clock the test moves, delivering through a real
 * SMTP server on 127.0.0.1. Exact fixtures: no demo data.
 */

let ctx: TestContext;
let smtp: SmtpInbox;
let now = new Date('2027-02-01T09:00:00Z');
let job: ExpiryNoticeJob;
let enterpriseId: string;

beforeAll(async () => {
  smtp = await startSmtpInbox();
  ctx = await createTestApp({ demoData: false, config: { accounts: testAccountsConfig({ smtpUrl: smtp.url }) } });
  enterpriseId = await insertEnterprise(ctx.handle, {
    legal_name: 'Κοινωνική Συνεταιριστική Επιχείρηση «Δοκιμή Λήξεων»',
    trade_name: 'Δοκιμή Λήξεων',
    slug: 'dokimi-lixeon',
    documents: [
      { kind: 'tax_clearance', issuedOn: '2026-12-10', validUntil: '2027-03-10' },
      // An expired certificate already renewed: not news.
      { kind: 'social_security_clearance', issuedOn: '2026-07-01', validUntil: '2027-01-01' },
      { kind: 'social_security_clearance', issuedOn: '2027-01-02', validUntil: '2027-06-30' },
      { kind: 'gemkalo_certificate', issuedOn: '2026-12-31', validUntil: '2027-12-31' },
    ],
  });
  // A hidden (withdrawn) enterprise is not chased.
  await insertEnterprise(ctx.handle, {
    legal_name: 'Αποσυρμένη ΚοινΣΕπ',
    slug: 'aposyrmeni',
    status: 'hidden',
    documents: [{ kind: 'tax_clearance', issuedOn: '2026-12-10', validUntil: '2027-03-01' }],
  });
  await insertUser(ctx.app.db, {
    email: 'procurement@chalandri.example',
    name: 'Στέλεχος',
    role: 'staff',
    enterpriseId: null,
    passwordHash: 'x',
    locale: 'el',
  });
  await insertUser(ctx.app.db, {
    email: 'coop@dokimi.example',
    name: 'Member',
    role: 'enterprise_member',
    enterpriseId,
    passwordHash: 'x',
    locale: 'en',
  });
  job = createExpiryNoticeJob({
    db: ctx.app.db,
    mailer: ctx.app.accounts.mailer,
    log: ctx.app.log,
    publicOrigin: 'http://127.0.0.1:3000',
    clock: () => now,
  });
});

afterAll(async () => {
  await job?.stop();
  await ctx?.close();
  await smtp?.close();
});

async function delivered(count: number): Promise<ReceivedMail[]> {
  await ctx.app.accounts.mailer.idle();
  for (let i = 0; i < 100 && smtp.messages.length < count; i++) await new Promise((r) => setTimeout(r, 50));
  return smtp.messages;
}

describe('document expiry notices', () => {
  it('sends nothing while every certificate is more than 30 days from expiry', async () => {
    expect(await job.runOnce()).toEqual({ notices: 0, messages: 0 });
  });

  it('30 days before: staff (Greek) and the enterprise (English) are told once', async () => {
    now = new Date('2027-02-15T09:00:00Z');
    expect(await job.runOnce()).toEqual({ notices: 1, messages: 2 });
    const mails = await delivered(2);
    const toStaff = mails.find((m) => m.to.includes('procurement@chalandri.example'))!;
    const toMember = mails.find((m) => m.to.includes('coop@dokimi.example'))!;
    expect(toStaff.subject).toBe('Φορολογική ενημερότητα της «Δοκιμή Λήξεων» λήγει στις 10/03/2027');
    expect(toStaff.text).toContain('/admin/compliance');
    expect(toMember.subject).toBe('Tax clearance of "Δοκιμή Λήξεων" expires on 2027-03-10');
    expect(toMember.text).toContain('upload the renewed certificate');
    const outbox = await ctx.app.db.selectFrom('mail_outbox').select(['kind', 'status']).execute();
    expect(outbox.every((m) => m.kind === 'document_expiring' && m.status === 'sent')).toBe(true);
  });

  it('is idempotent: the same notice is never sent twice, also by concurrent runs', async () => {
    expect(await job.runOnce()).toEqual({ notices: 0, messages: 0 });
    const [a, b] = await Promise.all([job.runOnce(), job.runOnce()]);
    expect(a.notices + b.notices).toBe(0);
    now = new Date('2027-03-01T09:00:00Z');
    expect((await job.runOnce()).notices).toBe(0);
    await delivered(2);
    expect(smtp.messages).toHaveLength(2);
  });

  it('the day after valid_until: an "expired" notice, once', async () => {
    now = new Date('2027-03-11T09:00:00Z');
    expect(await job.runOnce()).toEqual({ notices: 1, messages: 2 });
    expect(await job.runOnce()).toEqual({ notices: 0, messages: 0 });
    const mails = await delivered(4);
    expect(mails.filter((m) => /έληξε στις 10\/03\/2027|expired on 2027-03-10/.test(m.subject))).toHaveLength(2);
    const notices = await ctx.app.db
      .selectFrom('expiry_notices')
      .select(['kind', 'valid_until', 'recipients'])
      .orderBy('id')
      .execute();
    expect(notices).toEqual([
      { kind: 'expiring', valid_until: '2027-03-10', recipients: 2 },
      { kind: 'expired', valid_until: '2027-03-10', recipients: 2 },
    ]);
  });

  it('a renewed certificate that itself expires soon gets its own notice', async () => {
    await ctx.app.db
      .insertInto('compliance_documents')
      .values({
        id: randomUUID(),
        enterprise_id: enterpriseId,
        kind: 'tax_clearance',
        issued_on: '2027-03-11',
        valid_until: '2027-04-05',
        reference_number: null,
        verified_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    expect((await job.runOnce()).notices).toBe(1);
    expect((await job.runOnce()).notices).toBe(0);
  });

  it('a duplicate notice is refused by the database itself', async () => {
    const existing = await ctx.app.db.selectFrom('expiry_notices').selectAll().executeTakeFirstOrThrow();
    await expect(
      ctx.app.db
        .insertInto('expiry_notices')
        .values({
          enterprise_id: existing.enterprise_id,
          document_id: existing.document_id,
          kind: existing.kind,
          valid_until: existing.valid_until,
          sent_at: now.toISOString(),
        })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
  });

  it('starts on a timer that does not keep the process alive and stops cleanly', async () => {
    job.start(60 * 60_000);
    await expect(job.stop()).resolves.toBeUndefined();
  });
});
