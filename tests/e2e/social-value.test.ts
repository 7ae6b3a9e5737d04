import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, signIn } from '../helpers/auth.ts';
import { docxText, pdfText, readDocx } from '../helpers/document-readers.ts';
import { expectAxeClean } from './accounts-support.ts';
import { LANGS, signedInPage, startStaffApp } from './staff-support.ts';

/**
 * Social value in a real Chromium (issue 13), in Greek and English: the supplier's manager
 * reports on a contract from the app's form, staff confirm it, the dashboard shows the
 * figures, and the yearly council report downloads as DOCX and PDF and says what was reported.
 * Each language works on its own contract and year, so the two runs do not add up.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    year: 2024,
    contract: 'Καθαρισμός σχολικών μονάδων 2024',
    story: 'Τρεις μητέρες μονογονεϊκών οικογενειών βρήκαν σταθερή δουλειά στα σχολεία της πόλης.',
    myTitle: 'Κοινωνική αξία των συμβάσεών μας',
    newReport: 'Νέα αναφορά κοινωνικής αξίας',
    periodStart: 'Αρχή περιόδου',
    periodEnd: 'Τέλος περιόδου',
    workers: 'Άτομα από ευάλωτες ομάδες που εργάστηκαν στη σύμβαση',
    hours: 'Ώρες εργασίας τους στη σύμβαση',
    total: 'Σύνολο εργαζομένων στη σύμβαση (προαιρετικό)',
    hires: 'Νέες προσλήψεις για τη σύμβαση',
    text: 'Σύντομο κείμενο: τι σήμαινε η σύμβαση για τους ανθρώπους',
    send: 'Αποστολή στον Δήμο',
    sent: 'Η αναφορά στάλθηκε στον Δήμο για επιβεβαίωση.',
    reported: 'Υποβλήθηκε, αναμένει επιβεβαίωση',
    reviewTitle: 'Αναφορές κοινωνικής αξίας',
    confirm: 'Επιβεβαίωση',
    confirmed: /Επιβεβαιώθηκε η αναφορά/,
    dashboard: 'Κοινωνικά υπεύθυνες προμήθειες',
    yearLabel: 'Έτος',
    people: 'Άτομα από ευάλωτες ομάδες',
    docx: 'Έκθεση για το δημοτικό συμβούλιο (.docx)',
    pdf: 'Έκθεση για το δημοτικό συμβούλιο (.pdf)',
    hoursFigure: '3.900',
  },
  en: {
    year: 2025,
    contract: 'School cleaning 2025',
    story: 'Three single mothers found steady work in the schools of the town.',
    myTitle: 'The social value of our contracts',
    newReport: 'New social-value report',
    periodStart: 'Start of the period',
    periodEnd: 'End of the period',
    workers: 'People from vulnerable groups who worked on the contract',
    hours: 'Their working hours on the contract',
    total: 'Everyone employed on the contract (optional)',
    hires: 'New hires for the contract',
    text: 'A short text: what the contract meant for people',
    send: 'Send to the municipality',
    sent: 'The report was sent to the municipality for confirmation.',
    reported: 'Reported, awaiting confirmation',
    reviewTitle: 'Social-value reports',
    confirm: 'Confirm',
    confirmed: /The report of .* is confirmed/,
    dashboard: 'Socially responsible procurement',
    yearLabel: 'Year',
    people: 'People from vulnerable groups',
    docx: 'Report for the municipal council (.docx)',
    pdf: 'Report for the municipal council (.pdf)',
    hoursFigure: '3,900',
  },
} as const;

async function download(page: Page, name: string): Promise<{ file: Buffer; name: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { file: await readFile((await event.path())!), name: event.suggestedFilename() };
}

describe('social value from report to council', () => {
  it.each(LANGS)('in %s: the enterprise reports, staff confirm, the dashboard and the report show it', async (lang) => {
    const t = TEXT[lang];
    const staffApi = await signIn(app.ctx.app, DEMO_USERS.staff);
    const manager = await signIn(app.ctx.app, DEMO_USERS.manager1);
    const created = await app.ctx.app.inject({
      method: 'POST',
      url: '/api/v1/contracts',
      headers: staffApi.headers,
      payload: {
        enterpriseId: manager.user.enterprise!.id,
        title: t.contract,
        cpvCode: '90919300',
        awardRoute: 'reserved_art20',
        valueNet: '21000.00',
        vat: '5040.00',
        department: 'Διεύθυνση Παιδείας',
        awardedOn: `${t.year}-01-10`,
        startsOn: `${t.year}-01-15`,
        endsOn: `${t.year}-12-31`,
      },
    });
    expect(created.statusCode).toBe(201);

    // The enterprise's manager reports from the form.
    const enterprise = await signedInPage(app, { who: 'manager1', width: 1280, lang });
    await enterprise.goto(`${app.base}/admin/my-social-value`);
    await enterprise.getByRole('heading', { level: 1, name: t.myTitle }).waitFor();
    const card = enterprise.locator('section').filter({ has: enterprise.getByRole('heading', { name: t.contract }) });
    await card.getByRole('button', { name: t.newReport }).click();
    await expect.poll(() => enterprise.getByLabel(t.periodStart).inputValue()).toBe(`15/01/${t.year}`);
    await expect.poll(() => enterprise.getByLabel(t.periodEnd).inputValue()).toBe(`31/12/${t.year}`);
    await enterprise.getByLabel(t.workers).fill('3');
    await enterprise.getByLabel(t.hours).fill('3900');
    await enterprise.getByLabel(t.total).fill('8');
    await enterprise.getByLabel(t.hires).fill('2');
    await enterprise.getByLabel(t.text).fill(t.story);
    await expectAxeClean(enterprise);
    await enterprise.getByRole('button', { name: t.send }).click();
    await enterprise.getByRole('status').filter({ hasText: t.sent }).waitFor();
    await card.getByText(t.reported).waitFor();
    await expectAxeClean(enterprise);
    await enterprise.context().close();

    // Staff confirm it.
    const staff = await signedInPage(app, { who: 'staff', width: 1280, lang });
    await staff.goto(`${app.base}/admin/social-value`);
    await staff.getByRole('heading', { level: 1, name: t.reviewTitle }).waitFor();
    const report = staff.locator('article').filter({ hasText: t.contract });
    await report.getByText(t.story).waitFor();
    await expectAxeClean(staff);
    await report.getByRole('button', { name: t.confirm }).click();
    await staff.getByRole('status').filter({ hasText: t.confirmed }).waitFor();
    await expect.poll(() => staff.locator('article').filter({ hasText: t.contract }).count()).toBe(0);

    // The dashboard adds it to the year's spend.
    await staff.goto(`${app.base}/admin/dashboard`);
    await staff.getByRole('heading', { level: 1, name: t.dashboard }).waitFor();
    await staff.getByLabel(t.yearLabel, { exact: true }).selectOption(String(t.year));
    const figures = staff.locator('koinsep-social-value-figures');
    await expect.poll(() => figures.locator('[data-figure="vulnerable-workers"]').textContent()).toBe('3');
    expect(await figures.locator('[data-figure="vulnerable-hours"]').textContent()).toBe(t.hoursFigure);
    expect(await figures.getByRole('row', { name: new RegExp(manager.user.enterprise!.name) }).textContent()).toMatch(
      /3\s*\D*3[.,]900/,
    );
    await expectAxeClean(staff);

    // The council report downloads and says it.
    const docx = await download(staff, t.docx);
    expect(docx.name).toBe(`social-value-report-${t.year}.docx`);
    const reading = await readDocx(docx.file);
    expect(reading.errors).toEqual([]);
    expect(docxText(reading)).toContain(t.story);
    expect(docxText(reading)).toContain(t.hoursFigure);
    const pdf = await download(staff, t.pdf);
    expect(pdf.name).toBe(`social-value-report-${t.year}.pdf`);
    const text = pdfText(pdf.file).replace(/\s+/g, ' ');
    expect(text).toContain(manager.user.enterprise!.name);
    expect(text).toContain(t.hoursFigure);
    await staff.context().close();
  });
});
