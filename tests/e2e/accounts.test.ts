import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticator } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../helpers/auth.ts';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';
import { expectAxeClean } from './accounts-support.ts';

/**
 * Issue 4 in a real Chromium against a real SMTP exchange on 127.0.0.1: an admin invites
 * a colleague, the colleague follows the link from the received e-mail, sets a password,
 * signs in setting up TOTP, and signs out; a manager resets a forgotten password by mail.
 */

let ctx: TestContext;
let browser: Browser;
let base: string;
let smtp: SmtpInbox;
const cspViolations: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpInbox();
  ctx = await createTestApp({
    demoData: true,
    config: { accounts: testAccountsConfig({ smtpUrl: smtp.url }) },
  });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  // Links in mail must point at this server: the config object is the one the app reads.
  ctx.config.publicOrigin = base;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await smtp?.close();
});

const waitForMail = (to: string, subject: RegExp): Promise<ReceivedMail> => smtp.waitFor(to, subject);

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'el-GR' });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
  });
  return page;
}

/** The whole page, the shell's shadow root included (see accounts-support.ts). */
const expectNoAxeViolations = expectAxeClean;

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto(`${base}/admin/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Είσοδος' }).click();
}

describe('accounts in the staff app', () => {
  it('serves /admin with a strict CSP and an accessible sign-in page', async () => {
    const response = await fetch(`${base}/admin/users`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<koinsep-admin-app>');
    const page = await newPage();
    await page.goto(`${base}/admin/`);
    await expect(page.getByRole('heading', { name: 'Είσοδος' }).waitFor()).resolves.toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('el');
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('invite → link from the received mail → set password → sign in with TOTP set-up → sign out', async () => {
    const admin = await newPage();
    await signInWithPassword(admin, DEMO_USERS.admin, DEMO_PASSWORD);
    await admin.getByLabel('Κωδικός επαλήθευσης').fill(authenticator.generate(DEMO_TOTP_SECRET));
    await admin.getByRole('button', { name: 'Συνέχεια' }).click();
    await admin.getByRole('link', { name: 'Χρήστες και προσκλήσεις' }).first().click();
    await admin.getByRole('heading', { name: 'Χρήστες και προσκλήσεις' }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByLabel('E-mail').fill('e2e.colleague@chalandri.example');
    await admin.getByLabel('Ρόλος').selectOption('staff');
    await admin.getByRole('button', { name: 'Αποστολή πρόσκλησης' }).click();
    await admin.getByText('Στάλθηκε πρόσκληση στο e2e.colleague@chalandri.example.').waitFor();
    await admin.getByRole('button', { name: 'Αποσύνδεση' }).click();
    await admin.getByRole('heading', { name: 'Είσοδος' }).waitFor();
    await admin.context().close();

    const mail = await waitForMail('e2e.colleague@chalandri.example', /Πρόσκληση/);
    const link = /https?:\/\/\S+#token=[\w-]+/.exec(mail.text)?.[0];
    expect(link?.startsWith(`${base}/admin/invitation#token=`)).toBe(true);

    const colleague = await newPage();
    await colleague.goto(link!);
    await colleague.getByRole('heading', { name: 'Αποδοχή πρόσκλησης' }).waitFor();
    await colleague.getByLabel('Ονοματεπώνυμο').fill('Δοκιμαστική Συνάδελφος');
    await colleague.getByLabel('Νέος κωδικός πρόσβασης').fill('password123456');
    await colleague.getByLabel('Επανάληψη κωδικού').fill('password123456');
    await colleague.getByRole('button', { name: 'Δημιουργία λογαριασμού' }).click();
    await colleague.getByText(/από τους πιο συνηθισμένους/).waitFor();
    await colleague.getByLabel('Νέος κωδικός πρόσβασης').fill('lemon-trees-along-the-square');
    await colleague.getByLabel('Επανάληψη κωδικού').fill('lemon-trees-along-the-square');
    await colleague.getByRole('button', { name: 'Δημιουργία λογαριασμού' }).click();
    await colleague.getByRole('heading', { name: 'Ο λογαριασμός δημιουργήθηκε' }).waitFor();
    await colleague.getByRole('button', { name: 'Είσοδος' }).click();
    await colleague.getByLabel('E-mail').fill('e2e.colleague@chalandri.example');
    await colleague.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill('lemon-trees-along-the-square');
    await colleague.getByRole('button', { name: 'Είσοδος' }).click();
    await colleague.getByRole('heading', { name: 'Ρύθμιση εφαρμογής επαλήθευσης' }).waitFor();
    await colleague.getByRole('img', { name: 'Κωδικός QR για την εφαρμογή επαλήθευσης' }).waitFor();
    const secret = (await colleague.getByTestId('totp-secret').textContent())!.trim();
    await colleague.getByLabel('Κωδικός από την εφαρμογή').fill(authenticator.generate(secret));
    await colleague.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await colleague.getByRole('heading', { name: 'Κωδικοί ανάκτησης' }).waitFor();
    expect(await colleague.locator('.codes li').count()).toBe(10);
    await colleague.getByRole('button', { name: 'Τους φύλαξα, συνέχεια' }).click();
    await colleague.getByRole('heading', { name: /Καλώς ήρθατε, Δοκιμαστική Συνάδελφος/ }).waitFor();
    await colleague.getByRole('button', { name: 'Αποσύνδεση' }).click();
    await colleague.getByRole('heading', { name: 'Είσοδος' }).waitFor();
    // Signed out on the server too: the session endpoint refuses the browser's cookie jar.
    const status = await colleague.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(status).toBe(401);
    await colleague.context().close();
  });

  it('resets a forgotten password through the mail link, in English', async () => {
    const page = await newPage();
    await page.goto(`${base}/admin/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail').fill(DEMO_USERS.manager1);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByText(/If an account uses this address/).waitFor();
    const mail = await waitForMail(DEMO_USERS.manager1, /Resetting your password/);
    const link = /https?:\/\/\S+#token=[\w-]+/.exec(mail.text)![0];
    await page.goto(link);
    await page.getByLabel('New password').fill('sea-breeze-in-chalandri');
    await page.getByLabel('Repeat the password').fill('sea-breeze-in-chalandri');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your new password is set. All earlier sessions were ended.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill(DEMO_USERS.manager1);
    await page.getByLabel('Password', { exact: true }).fill('sea-breeze-in-chalandri');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Welcome, / }).waitFor();
    await page.getByRole('link', { name: 'My account' }).first().click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('met no Content-Security-Policy violation on the way', () => {
    expect(cspViolations).toEqual([]);
  });
});
