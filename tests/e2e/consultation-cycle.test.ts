import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testAccountsConfig } from '../../api/accounts/accounts-config.ts';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { addDays, formatDate } from '../../api/domain/eligibility-format.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_USERS } from '../helpers/auth.ts';
import { pdfText } from '../helpers/document-readers.ts';
import { startSmtpInbox, type SmtpInbox } from '../helpers/smtp-inbox.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { expectAxeClean } from './accounts-support.ts';
import { focused, horizontalOverflow, signedInPage, type Lang } from './staff-support.ts';

/**
 * Issue 13's whole cycle in real Chromium, with a real SMTP exchange on 127.0.0.1 and the
 * consultations' clock injected. Staff start a request for quotes from an eligibility answer and
 * publish it; two invited cleaning enterprises open the invitation and make offers through their
 * pages (Καθαρό Χαλάνδρι in Greek, revising its offer by keyboard alone; Διαφάνεια in English on
 * a phone), staff see only how many are in; the clock passes the deadline: a late change gets the
 * 409's message, staff compare the offers ranked by the rule, reject one with a reason, save the
 * evaluation (then, and only then, the minutes download) and award on a phone in English —
 * decision number and date — which creates the contract, linked both ways; each participant's
 * outcome mail arrives in their own language; after the contract's first week the winner reports
 * its social value, staff confirm it and the dashboard's figure grows. Axe-clean throughout.
 */

let ctx: TestContext;
let browser: Browser;
let base: string;
let smtp: SmtpInbox;
/** The consultations' clock: real time until the test moves it past the deadline. */
let now = new Date();
const DAY = 86_400_000;
const deadlineDay = athensDate(new Date(Date.now() + 3 * DAY));
/** The work starts the day after the deadline and lasts a month. */
const startDay = addDays(deadlineDay, 1);
/** The winner's first report covers the contract's first week. */
const reportEnd = addDays(startDay, 6);
const TITLE = 'Καθαρισμός 3ου Δημοτικού Σχολείου';
const FIRST = 'Καθαρό Χαλάνδρι';
const THIRD = 'Διαφάνεια';
const validUntil = formatDate(addDays(deadlineDay, 60));

/** What the test keeps from step to step: the request, and the pages left open. */
let consultationUrl = '';
let contractLink = '';
let manager3Page: Page;

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

const pageAs = (who: keyof typeof DEMO_USERS, lang: Lang, width = 1280) =>
  signedInPage({ browser, ctx, base }, { who, lang, width });

/** The text of the page's main region (through the shell's shadow root). */
const mainText = (page: Page) => page.getByRole('main').innerText();

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [event] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile((await event.path())!);
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
    // The answer's code comes chosen in the CPV picker, shown with its label.
    await page.getByRole('button', { name: 'Αφαίρεση 90910000-9' }).waitFor();
    await page.getByText('90910000-9 Υπηρεσίες καθαρισμού', { exact: true }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Κωδικοί CPV' }).inputValue()).toBe('');
    expect(await page.getByLabel('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)').inputValue()).toBe('18000.00');
    const invitees = page.getByRole('group', { name: 'Προσκαλούμενες επιχειρήσεις' });
    await invitees.getByRole('checkbox').first().waitFor();
    // Both cleaning enterprises whose people sign in below are invited.
    expect(await invitees.getByRole('checkbox', { name: new RegExp(FIRST) }).isChecked()).toBe(true);
    expect(await invitees.getByRole('checkbox', { name: new RegExp(THIRD) }).isChecked()).toBe(true);
    await page
      .getByText(/αιτήματα, \d+ αναθέσεις/)
      .first()
      .waitFor();
    await expectAxeClean(page);

    await page.getByLabel('Αντικείμενο').fill(TITLE);
    await page.getByLabel('Προθεσμία προσφορών: ημερομηνία').fill(formatDate(deadlineDay));
    await page.getByLabel('Προθεσμία: ώρα (ώρα Ελλάδας)').fill('12:00');
    await page.getByLabel('Υπηρεσία').fill('Διεύθυνση Παιδείας');
    await page.getByLabel('Ημερομηνία έναρξης').fill(formatDate(startDay));
    await page.getByLabel('Διάρκεια (μήνες)').fill('1');
    await page.getByRole('button', { name: 'Αποθήκευση ως πρόχειρο' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).or(page.getByRole('alert')).first().waitFor();
    const refused = page.locator('koinsep-consultation-new').getByRole('alert');
    expect((await refused.count()) ? await refused.textContent() : '').toBe('');
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^[0-9a-f-]{36}$/);
    consultationUrl = page.url();
    await page.getByRole('button', { name: 'Δημοσίευση' }).click();
    await page.getByRole('status').filter({ hasText: 'Το αίτημα δημοσιεύθηκε.' }).waitFor();
    await page.getByText('Προσφορές που έχουν υποβληθεί: 0 (σφραγισμένες έως την προθεσμία)').waitFor();
    // No evaluation before the deadline: no minutes to download, and the page says when there will be.
    await page.getByText('διατίθεται μόλις αποθηκευτεί η αξιολόγηση των προσφορών').waitFor();
    await expectAxeClean(page);
    await page.context().close();
  });

  it('takes two offers through the enterprises’ pages, one revised by keyboard alone, while staff see only the count', async () => {
    // Καθαρό Χαλάνδρι's manager follows the link in the Greek invitation mail.
    const invitation = await smtp.waitFor(DEMO_USERS.manager1, /^Πρόσκληση υποβολής προσφοράς: /);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/admin\/\S+)/.exec(invitation.text)?.[1];
    expect(link).toBeDefined();
    const first = await pageAs('manager1', 'el');
    await first.goto(link!);
    await first.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await first.getByLabel('Τιμή χωρίς ΦΠΑ (€)').fill('16.500,00');
    await first.getByText(/Σύνολο με ΦΠΑ: 20\.460,00/).waitFor();
    await first.getByLabel('Ισχύς προσφοράς έως').fill(validUntil);
    await first.getByLabel('Σημείωση').fill('Συνεργείο 3 ατόμων, καθημερινά 15:00–19:00.');
    await expectAxeClean(first);
    await first.getByRole('button', { name: 'Υποβολή προσφοράς' }).click();
    await first.getByRole('status').filter({ hasText: 'Η προσφορά σας αποθηκεύτηκε.' }).waitFor();
    await first.getByRole('heading', { name: 'Η προσφορά μας' }).waitFor();

    // The revision, by keyboard alone: Tab to the price, replace it, Enter submits the form.
    await first.reload();
    await first.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await first.getByLabel('Τιμή χωρίς ΦΠΑ (€)').inputValue()).toBe('16500.00');
    for (let i = 0; i < 60 && (await focused(first)).id !== 'priceNet'; i++) await first.keyboard.press('Tab');
    expect((await focused(first)).id).toBe('priceNet');
    await first.keyboard.press('Control+A');
    await first.keyboard.type('15.900,00');
    await first.keyboard.press('Enter');
    await first.getByRole('status').filter({ hasText: 'Η προσφορά σας αποθηκεύτηκε.' }).waitFor();
    await first.getByText(/Σύνολο με ΦΠΑ: 19\.716,00/).waitFor();
    await first.context().close();

    // Διαφάνεια's manager, in English on a phone, finds the invitation in the app's list.
    manager3Page = await pageAs('manager3', 'en', 360);
    await manager3Page.goto(`${base}/admin/my-consultations`);
    await manager3Page.getByRole('heading', { level: 1, name: 'Invitations to submit an offer' }).waitFor();
    await manager3Page.getByRole('link', { name: TITLE }).click();
    await manager3Page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await manager3Page.getByLabel('Price excluding VAT (€)').fill('17,200.00');
    await manager3Page.getByText(/Total including VAT: €21,328\.00/).waitFor();
    await manager3Page.getByLabel('Offer valid until').fill(validUntil);
    await expectAxeClean(manager3Page);
    expect(await horizontalOverflow(manager3Page, 360)).toBeLessThanOrEqual(0);
    await manager3Page.getByRole('button', { name: 'Submit an offer' }).click();
    await manager3Page.getByRole('status').filter({ hasText: 'Your offer was saved.' }).waitFor();

    // Staff: the number of offers, not a word of them.
    const staff = await pageAs('staff', 'el');
    await staff.goto(consultationUrl);
    await staff.getByText('Προσφορές που έχουν υποβληθεί: 2 (σφραγισμένες έως την προθεσμία)').waitFor();
    const text = await mainText(staff);
    for (const secret of ['15.900', '16.500', '17.200', 'Συνεργείο 3 ατόμων']) expect(text).not.toContain(secret);
    expect(await staff.getByRole('heading', { name: 'Σύγκριση προσφορών' }).count()).toBe(0);
    await staff.context().close();
  });

  it('after the deadline: a late change is refused with the 409’s message, the offers are compared, one rejected with a reason', async () => {
    const row = await ctx.handle.db.selectFrom('consultations').select('deadline_at').executeTakeFirstOrThrow();
    now = new Date(new Date(row.deadline_at!).getTime() + 60_000);
    // The page was opened before the deadline; the change comes a minute after it.
    await manager3Page.getByLabel('Price excluding VAT (€)').fill('16,000.00');
    await manager3Page.getByRole('button', { name: 'Change the offer' }).click();
    await manager3Page
      .getByRole('alert')
      .filter({ hasText: /The deadline for offers passed at .* \(Athens time\)/ })
      .waitFor();
    await manager3Page.context().close();

    const staff = await pageAs('staff', 'el');
    await staff.goto(consultationUrl);
    await staff.getByRole('heading', { name: 'Σύγκριση προσφορών' }).waitFor();
    const rows = staff.getByRole('region', { name: 'Σύγκριση προσφορών' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    // Lowest price first, the revised price counted.
    expect(await rows.nth(1).innerText()).toMatch(new RegExp(`^1\\s+${FIRST}\\s+15\\.900,00`));
    expect(await rows.nth(2).innerText()).toMatch(new RegExp(`^2\\s+${THIRD}\\s+17\\.200,00`));
    // Before the evaluation is saved the minutes are not offered (the server would answer 409).
    expect(await staff.getByRole('link', { name: 'PDF' }).count()).toBe(1);
    await staff.getByText('διατίθεται μόλις αποθηκευτεί η αξιολόγηση των προσφορών').waitFor();
    await expectAxeClean(staff);

    await staff.getByLabel(`Αποδεκτή: ${THIRD}`).uncheck();
    await staff.getByLabel(`Αιτιολογία: ${THIRD}`).fill('Δεν προσκόμισε βεβαίωση καλής εκτέλεσης.');
    await staff.getByRole('button', { name: 'Αποθήκευση αξιολόγησης' }).click();
    await staff.getByRole('status').filter({ hasText: 'Η αξιολόγηση αποθηκεύτηκε.' }).waitFor();
    await expectAxeClean(staff);
    // Now the minutes download, with the ranking and the reason.
    const minutes = staff.getByRole('listitem').filter({ hasText: 'Πρακτικό αξιολόγησης' });
    const text = pdfText(await download(staff, minutes.getByRole('link', { name: 'PDF' })));
    expect(text).toContain(FIRST);
    expect(text).toContain('Δεν προσκόμισε βεβαίωση καλής εκτέλεσης.');
    // Only the accepted offer can be awarded.
    const winner = staff.getByLabel('Προσφορά', { exact: true });
    expect(await winner.locator('option').allInnerTexts()).toEqual([expect.stringContaining(FIRST)]);
    await staff.context().close();
  });

  it('awards on a phone in English: decision number and date, the contract created and linked both ways', async () => {
    const staff = await pageAs('staff', 'en', 360);
    await staff.goto(consultationUrl);
    await staff.getByRole('heading', { name: 'Award decision' }).waitFor();
    await expectAxeClean(staff);
    expect(await horizontalOverflow(staff, 360)).toBeLessThanOrEqual(0);
    await staff.getByLabel('Decision number').fill('245/2026');
    await staff.getByLabel('Decision date').fill(formatDate(deadlineDay));
    await staff.getByRole('button', { name: 'Award', exact: true }).click();
    await staff.getByRole('status').filter({ hasText: 'The award was recorded.' }).waitFor();
    await staff.getByText(`245/2026 · ${formatDate(deadlineDay)}`).waitFor();
    await expectAxeClean(staff);

    const toContract = staff.getByRole('link', { name: 'The contract in the register' });
    contractLink = (await toContract.getAttribute('href'))!;
    await toContract.click();
    await staff.getByRole('heading', { level: 1, name: 'Contract register' }).waitFor();
    const row = staff.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain(FIRST);
    expect(await row.innerText()).toContain('15,900.00');
    // …and back from the contract to its request.
    await row.getByRole('link', { name: `Request for quotes: ${TITLE}` }).click();
    await staff.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(staff.url()).search).toBe(new URL(consultationUrl).search);
    expect(contractLink).toMatch(/^\/admin\/contracts\?id=[0-9a-f-]{36}$/);
    await staff.context().close();
  });

  it('tells every participant the outcome, each in their own language', async () => {
    const won = await smtp.waitFor(DEMO_USERS.manager1, /^Αποτέλεσμα αιτήματος προσφορών: /);
    expect(won.text).toContain(`Ο Δήμος ανέθεσε το «${TITLE}» στην «${FIRST}» (απόφαση 245/2026)`);
    const member = await smtp.waitFor(DEMO_USERS.member1, /^Αποτέλεσμα αιτήματος προσφορών: /);
    expect(member.text).toContain('245/2026');
    const lost = await smtp.waitFor(DEMO_USERS.manager3, /^Outcome of the request for quotes: /);
    expect(lost.text).toContain(`The municipality has awarded "${TITLE}" to "${FIRST}" (decision 245/2026)`);
    expect(lost.text).toContain('Thank you for your offer.');
    for (const mail of [won, member, lost])
      for (const price of ['15.900', '17.200', '17,200']) expect(mail.text).not.toContain(price);
  });

  it('the winner reports the social value, staff confirm it, the dashboard figure grows', async () => {
    // A week into the contract; the staff's browser shares the clock (the dashboard offers the years up to its own).
    now = new Date(`${addDays(reportEnd, 1)}T10:00:00Z`);
    const year = reportEnd.slice(0, 4);
    const staff = await pageAs('staff', 'el');
    await staff.clock.setFixedTime(now);
    const workers = staff.locator('koinsep-social-value-figures').locator('[data-figure="vulnerable-workers"]');
    const readWorkers = async () => Number(await workers.textContent());
    /** The dashboard with the year's figures loaded. */
    const showYear = async () => {
      await staff.goto(`${base}/admin/dashboard`);
      await workers.waitFor();
      if (String(now.getFullYear()) === year) return;
      await Promise.all([
        staff.waitForResponse((r) => r.url().includes(`/api/v1/stats/social-procurement?year=${year}`)),
        staff.getByLabel('Έτος', { exact: true }).selectOption(year),
      ]);
    };
    await showYear();
    const before = await readWorkers();

    const enterprise = await pageAs('manager1', 'el');
    await enterprise.goto(`${base}/admin/my-social-value`);
    await enterprise.getByRole('heading', { level: 1, name: 'Κοινωνική αξία των συμβάσεών μας' }).waitFor();
    const card = enterprise.locator('section').filter({ has: enterprise.getByRole('heading', { name: TITLE }) });
    await card.getByRole('button', { name: 'Νέα αναφορά κοινωνικής αξίας' }).click();
    await expect.poll(() => enterprise.getByLabel('Αρχή περιόδου').inputValue()).toBe(formatDate(startDay));
    await enterprise.getByLabel('Τέλος περιόδου').fill(formatDate(reportEnd));
    await enterprise.getByLabel('Άτομα από ευάλωτες ομάδες που εργάστηκαν στη σύμβαση').fill('2');
    await enterprise.getByLabel('Ώρες εργασίας τους στη σύμβαση').fill('40');
    await enterprise.getByLabel('Νέες προσλήψεις για τη σύμβαση').fill('1');
    await enterprise
      .getByLabel('Σύντομο κείμενο: τι σήμαινε η σύμβαση για τους ανθρώπους')
      .fill('Δύο εργαζόμενοι με αναπηρία καθαρίζουν το σχολείο· ο ένας προσλήφθηκε για τη σύμβαση.');
    await enterprise.getByRole('button', { name: 'Αποστολή στον Δήμο' }).click();
    const sent = enterprise.getByRole('status').filter({ hasText: 'Η αναφορά στάλθηκε στον Δήμο για επιβεβαίωση.' });
    const refused = enterprise.locator('koinsep-my-social-value-page .error');
    await sent.or(refused).first().waitFor();
    expect(await refused.allInnerTexts()).toEqual([]);
    await enterprise.context().close();

    await staff.goto(`${base}/admin/social-value`);
    const report = staff.locator('article').filter({ hasText: TITLE });
    await report.getByText('Δύο εργαζόμενοι με αναπηρία').waitFor();
    await report.getByRole('button', { name: 'Επιβεβαίωση' }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: /Επιβεβαιώθηκε η αναφορά/ })
      .waitFor();

    await showYear();
    await expect.poll(readWorkers).toBe(before + 2);
    await expectAxeClean(staff);
    await staff.context().close();
  });
});
