import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from 'otplib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../helpers/auth.ts';
import { tinyPdf } from '../helpers/multipart.ts';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';
import { createExpiryNoticeJob } from '../../api/jobs/expiry-notices.ts';
import { documentName } from '../../api/mail/self-service-templates.ts';
import { ensureWidgetBuilt, hostHtml, startHostServer, type HostServer } from './widget-support.ts';

/**
 * Issue 5 in a real Chromium, with mail through a real SMTP server on 127.0.0.1: a member
 * edits the description, staff see the diff and approve, the embedded widget shows the new
 * text; two tabs editing the same profile; a document uploaded in the app triggers the
 * expiry e-mail.
 */

let ctx: TestContext;
let browser: Browser;
let base: string;
let smtp: SmtpInbox;
let host: HostServer;
let uploadDir: string;
const NEW_TEXT = 'Καθαρίζουμε σχολεία και δημοτικά κτίρια με πιστοποιημένα οικολογικά υλικά (κείμενο από τη δοκιμή).';

beforeAll(async () => {
  ensureWidgetBuilt();
  smtp = await startSmtpInbox();
  uploadDir = mkdtempSync(join(tmpdir(), 'koinsep-e2e-uploads-'));
  ctx = await createTestApp({
    demoData: true,
    config: { uploadDir, accounts: testAccountsConfig({ smtpUrl: smtp.url }) },
  });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  ctx.config.publicOrigin = base;
  host = await startHostServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await ctx?.close();
  await smtp?.close();
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
});

const waitForMail = (to: string, subject: RegExp): Promise<ReceivedMail> => smtp.waitFor(to, subject);

async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function signedInContext(email: string, totp = false): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'el-GR' });
  const page = await context.newPage();
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Είσοδος' }).click();
  if (totp) {
    await page.getByLabel('Κωδικός επαλήθευσης').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await page.getByRole('button', { name: 'Συνέχεια' }).click();
  }
  await page.getByRole('link', { name: 'Ο λογαριασμός μου' }).first().waitFor();
  await page.close();
  return context;
}

async function openPage(context: BrowserContext, path: string, heading: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/admin/${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page;
}

describe('enterprise self-service and moderation in the browser', () => {
  let member: BrowserContext;
  let staff: BrowserContext;

  beforeAll(async () => {
    member = await signedInContext(DEMO_USERS.member1);
    staff = await signedInContext(DEMO_USERS.staff, true);
  });

  it('member edits the description → staff see the diff and approve → the widget shows the new text; the member is told by e-mail', async () => {
    const editor = await openPage(member, 'my-enterprise', 'Το προφίλ μας');
    await expectNoAxeViolations(editor);
    // The editor is in sections: the description is under "Περιγραφή".
    await editor.getByRole('tab', { name: 'Περιγραφή' }).click();
    await editor.getByLabel('Περιγραφή (ελληνικά)').fill(NEW_TEXT);
    await editor.getByRole('button', { name: 'Αποθήκευση' }).click();
    await editor.getByText('Στάλθηκε για έγκριση: Περιγραφή (ελληνικά).').waitFor();
    await editor.getByRole('heading', { name: 'Εκκρεμεί αίτημα αλλαγής' }).waitFor();
    await expectNoAxeViolations(editor);

    const queue = await openPage(staff, 'moderation', 'Έλεγχος αλλαγών');
    await expectNoAxeViolations(queue);
    await queue.getByRole('button', { name: 'Άνοιγμα: Καθαρό Χαλάνδρι' }).click();
    // A word-level difference: what is added is marked <ins>, what goes <del>; the proposal reads whole without the deletions.
    const change = queue.getByRole('region', { name: 'Περιγραφή (ελληνικά)' });
    await expect(change.locator('ins').count()).resolves.toBeGreaterThan(0);
    await expect(change.locator('del').count()).resolves.toBeGreaterThan(0);
    const proposed = await change.locator('.diff').evaluate((diff) => {
      const copy = diff.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('del, .visually-hidden').forEach((e) => e.remove());
      return copy.textContent;
    });
    expect(proposed).toBe(NEW_TEXT);
    await expectNoAxeViolations(queue);
    await queue.getByRole('button', { name: 'Έγκριση' }).click();
    await queue.getByText('Εγκρίθηκε και δημοσιεύτηκε').waitFor();

    host.pages.set('/', { body: hostHtml({ apiOrigin: base }) });
    const visitor = await browser.newPage();
    await visitor.goto(`${host.origin}/#koinsep=enterprise:katharo-chalandri`);
    await visitor.locator('koinsep-directory #profile-heading').waitFor();
    await visitor.locator('koinsep-directory').getByText(NEW_TEXT).waitFor();
    await visitor.close();

    const mail = await waitForMail(DEMO_USERS.member1, /εγκρίθηκαν/);
    expect(mail.text).toContain('Καθαρό Χαλάνδρι');
    await editor.reload();
    await editor.getByRole('cell', { name: 'Εγκρίθηκε' }).first().waitFor();
  });

  it('two tabs editing the same profile: the second is told of the conflict and keeps what was typed', async () => {
    const first = await openPage(member, 'my-enterprise', 'Το προφίλ μας');
    const second = await openPage(member, 'my-enterprise', 'Το προφίλ μας');
    await first.getByRole('tab', { name: 'Περιγραφή' }).click();
    await second.getByRole('tab', { name: 'Περιγραφή' }).click();
    await first.getByLabel('Περιγραφή (αγγλικά)').fill('Text from the first tab.');
    await first.getByRole('button', { name: 'Αποθήκευση' }).click();
    await first.getByText('Στάλθηκε για έγκριση').waitFor();

    await second.getByLabel('Περιγραφή (αγγλικά)').fill('Text from the second tab.');
    await second.getByRole('button', { name: 'Αποθήκευση' }).click();
    const conflict = second.getByRole('alert').filter({ hasText: 'Κάποιος άλλος άλλαξε το προφίλ' });
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('Text from the first tab.');
    await expectNoAxeViolations(second);
    await second.getByRole('button', { name: 'Ανανέωση κρατώντας τις αλλαγές μου' }).click();
    await expect(second.getByLabel('Περιγραφή (αγγλικά)').inputValue()).resolves.toBe('Text from the second tab.');
    await second.getByRole('button', { name: 'Αποθήκευση' }).click();
    await second.getByText('Στάλθηκε για έγκριση').waitFor();

    const pending = await ctx.app.db
      .selectFrom('change_requests')
      .select('proposed')
      .where('status', '=', 'pending')
      .where('kind', '=', 'profile')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(pending.proposed).descriptionEn).toBe('Text from the second tab.');
  });

  it('a document uploaded in the app that expires within 30 days brings an e-mail to the member and to staff', async () => {
    const documents = await openPage(member, 'my-documents', 'Δικαιολογητικά');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(new Date());
    const validUntil = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
    await expectNoAxeViolations(documents);
    const pdfPath = join(uploadDir, 'εισφορές.pdf');
    writeFileSync(pdfPath, tinyPdf('e2e'));
    // The job writes about the certificate that counts (the latest of its kind): pick a kind whose latest on file ends earlier.
    const latest = await ctx.app.db
      .selectFrom('compliance_documents as d')
      .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
      .select(['d.kind', (eb) => eb.fn.max('d.valid_until').as('until')])
      .where('e.slug', '=', 'katharo-chalandri')
      .groupBy('d.kind')
      .execute();
    const kinds = [
      'tax_clearance',
      'social_security_clearance',
      'gemi_certificate',
      'gemkalo_certificate',
      'workforce_composition',
    ] as const;
    const kind = kinds.find((k) => !latest.some((l) => l.kind === k && String(l.until) >= validUntil))!;
    await documents.getByLabel('Είδος').selectOption(kind);
    await documents.getByLabel('Ημερομηνία έκδοσης').fill(today);
    await documents.getByLabel('Ισχύει έως').fill(validUntil);
    await documents.getByLabel('Αρχείο', { exact: true }).setInputFiles(pdfPath);
    await documents.getByRole('button', { name: 'Ανέβασμα' }).click();
    await documents.getByText('Το δικαιολογητικό ανέβηκε.').waitFor();
    await documents.getByRole('link', { name: 'Λήψη εισφορές.pdf' }).waitFor();
    await expectNoAxeViolations(documents);

    const job = createExpiryNoticeJob({
      db: ctx.app.db,
      mailer: ctx.app.accounts.mailer,
      log: ctx.app.log,
      publicOrigin: base,
    });
    await job.runOnce();
    await ctx.app.accounts.mailer.idle();
    const dated = validUntil.split('-').reverse().join('/');
    const toMember = await waitForMail(
      DEMO_USERS.member1,
      new RegExp(`${documentName('el', kind)} της «Καθαρό Χαλάνδρι» λήγει στις ${dated}`),
    );
    expect(toMember.text).toContain(`${base}/admin/my-documents`);
    await waitForMail(
      DEMO_USERS.staff,
      new RegExp(`${documentName('el', kind)} της «Καθαρό Χαλάνδρι» λήγει στις ${dated}`),
    );
    const before = smtp.messages.length;
    await job.runOnce();
    await ctx.app.accounts.mailer.idle();
    expect(smtp.messages.length).toBe(before);

    const compliance = await openPage(staff, 'compliance', 'Δικαιολογητικά που λήγουν');
    await compliance.getByRole('rowheader', { name: 'Καθαρό Χαλάνδρι' }).waitFor();
    await expectNoAxeViolations(compliance);
  });

  it('services editor: a new service with the CPV combobox goes to moderation; the pages read in English too', async () => {
    const services = await openPage(member, 'my-services', 'Οι υπηρεσίες μας');
    await expectNoAxeViolations(services);
    await services.getByRole('button', { name: 'Νέα υπηρεσία' }).click();
    await services.getByLabel('Τίτλος (ελληνικά)').fill('Καθαρισμός παιδικών χαρών');
    const cpv = services.getByRole('combobox', { name: 'Κωδικοί CPV' });
    await cpv.fill('90910000');
    await services.getByRole('option', { name: /90910000-9/ }).waitFor();
    // Enter in the combobox picks a suggestion; it must never submit the form half-filled.
    await cpv.press('Enter');
    await cpv.press('ArrowDown');
    await cpv.press('Enter');
    await services.getByRole('button', { name: 'Αφαίρεση 90910000-9' }).waitFor();
    await expectNoAxeViolations(services);
    await services.getByRole('button', { name: 'Υποβολή' }).click();
    await services.getByText('Στάλθηκε για έγκριση.').waitFor();
    await services.getByText('νέα, σε αναμονή έγκρισης').waitFor();
    const proposal = await ctx.app.db
      .selectFrom('change_requests')
      .select('proposed')
      .where('kind', '=', 'service')
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(proposal.proposed)).toMatchObject({
      titleEl: 'Καθαρισμός παιδικών χαρών',
      cpvCodes: ['90910000'],
    });

    const profile = await openPage(member, 'my-enterprise', 'Το προφίλ μας');
    await profile.getByRole('button', { name: 'English' }).click();
    await profile.getByRole('heading', { level: 1, name: 'Our profile' }).waitFor();
    await profile.getByRole('tab', { name: 'Description' }).click();
    await profile.getByLabel('Description (Greek)').waitFor();
    // The approval rule is said once, for the whole section.
    await expect(
      profile.getByRole('tabpanel', { name: 'Description' }).getByText('Needs the municipality’s approval').count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(profile);
    await profile.getByRole('button', { name: 'Ελληνικά' }).click();
    await profile.getByRole('heading', { level: 1, name: 'Το προφίλ μας' }).waitFor();
  });

  it('staff verify a profile and read its history', async () => {
    const records = await openPage(staff, 'enterprise-records', 'Φάκελοι επιχειρήσεων');
    await records.getByRole('button', { name: 'Άνοιγμα: Καθαρό Χαλάνδρι' }).click();
    await records.getByRole('button', { name: 'Επαλήθευση σήμερα' }).click();
    await records.getByText('Καταγράφηκε η επαλήθευση.').waitFor();
    await records.getByRole('cell', { name: NEW_TEXT }).first().waitFor();
    const download = records.waitForEvent('download');
    await records.getByRole('link', { name: 'Λήψη εισφορές.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('εισφορές.pdf');
    await expectNoAxeViolations(records);
  });
});
