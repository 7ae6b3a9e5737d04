import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { formatDate } from '../../api/domain/eligibility-format.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../helpers/auth.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { signInThroughUi } from '../helpers/ui-sign-in.ts';

/**
 * Issue 13 in real Chromium, with a real SMTP exchange on 127.0.0.1 and the consultations' clock
 * injected: staff start a request for quotes from an eligibility answer (CPV, route, value and the
 * eligible enterprises with their last 12 months carried over) and publish it; the invitation
 * mail arrives. Axe-clean. (The offers, the deadline, the award and the outcome mails are still
 * to be driven through the pages here; the API tests cover them.)
 */

let ctx: TestContext;
let browser: Browser;
let base: string;
let smtp: SmtpInbox;
const now = new Date();
const DAY = 86_400_000;
const deadlineDay = athensDate(new Date(Date.now() + 3 * DAY));
const TITLE = 'Καθαρισμός 3ου Δημοτικού Σχολείου';

beforeAll(async () => {
  smtp = await startSmtpInbox();
  ctx = await createTestApp({
    demoData: true,
    today: athensDate(new Date()),
    consultationClock: () => now,
    config: { accounts: testAccountsConfig({ smtpUrl: smtp.url }) },
  });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  ctx.config.publicOrigin = base;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
  await smtp?.close();
});

async function pageAs(who: keyof typeof DEMO_USERS, lang: 'el' | 'en', width = 1280): Promise<Page> {
  const context = await browser.newContext({
    locale: lang === 'el' ? 'el-GR' : 'en-GB',
    viewport: { width, height: 800 },
  });
  const page = await context.newPage();
  const email = DEMO_USERS[who];
  if (who === 'staff') await signInThroughUi(page, base, ctx.handle, email);
  else {
    await page.goto(`${base}/admin/`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Είσοδος' }).click();
  }
  await page.getByRole('heading', { level: 1, name: /Καλώς ήρθατε/ }).waitFor();
  if (lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }
  return page;
}

async function expectAxeClean(page: Page, host: string) {
  const axe = await new AxeBuilder({ page }).include({ fromShadowDom: ['koinsep-admin-app', host] }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('requests for quotes: the whole cycle', () => {
  it('starts a request from an eligibility answer and publishes it (Greek)', async () => {
    const page = await pageAs('staff', 'el');
    await page.goto(`${base}/admin/eligibility`);
    const cpv = page.getByRole('combobox', { name: 'Κωδικοί CPV' });
    await cpv.fill('90910000');
    await page.getByRole('option', { name: /90910000-9/ }).waitFor();
    await cpv.press('Enter');
    await page.getByLabel('Διαδικασία ανάθεσης').selectOption('open_procedure');
    await page.getByLabel('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)').fill('18.000,00');
    await page.getByRole('button', { name: 'Αναζήτηση', exact: true }).click();
    await page.getByRole('link', { name: 'Αίτημα προσφορών' }).click();

    await page.getByRole('heading', { level: 1, name: 'Νέο αίτημα προσφορών' }).waitFor();
    expect(await page.getByLabel('Κωδικοί CPV').inputValue()).toBe('90910000');
    expect(await page.getByLabel('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)').inputValue()).toBe('18000.00');
    const invitees = page.getByRole('group', { name: 'Προσκαλούμενες επιχειρήσεις' }).getByRole('checkbox');
    await invitees.first().waitFor();
    expect(await invitees.count()).toBeGreaterThanOrEqual(2);
    await page
      .getByText(/αιτήματα, \d+ αναθέσεις/)
      .first()
      .waitFor();
    await expectAxeClean(page, 'koinsep-consultation-new');

    await page.getByLabel('Αντικείμενο').fill(TITLE);
    await page.getByLabel('Προθεσμία προσφορών: ημερομηνία').fill(formatDate(deadlineDay));
    await page.getByLabel('Προθεσμία: ώρα (ώρα Ελλάδας)').fill('12:00');
    await page.getByLabel('Υπηρεσία').fill('Διεύθυνση Παιδείας');
    // The eligibility answer started today; the work starts after the offers are in.
    await page.getByLabel('Ημερομηνία έναρξης').fill(formatDate(athensDate(new Date(Date.now() + 14 * DAY))));
    await page.getByRole('button', { name: 'Αποθήκευση ως πρόχειρο' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).or(page.getByRole('alert')).first().waitFor();
    const refused = page.locator('koinsep-consultation-new').getByRole('alert');
    expect((await refused.count()) ? await refused.textContent() : '').toBe('');
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Δημοσίευση' }).click();
    await page.getByRole('status').filter({ hasText: 'Το αίτημα δημοσιεύθηκε.' }).waitFor();
    await page.getByText('Προσφορές που έχουν υποβληθεί: 0 (σφραγισμένες έως την προθεσμία)').waitFor();
    await expectAxeClean(page, 'koinsep-consultation-detail');
    await smtp.waitFor(DEMO_USERS.manager1, /Πρόσκληση υποβολής προσφοράς|Request for quotes/);
  });
});
