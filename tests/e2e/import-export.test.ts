import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../helpers/auth.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { signInThroughUi } from '../helpers/ui-sign-in.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

/**
 * Real Chromium against the built staff app (dist/admin) and the demo data: staff upload a
 * CSV with a bad row and see it named in the dry-run report with commit disabled, drop a
 * corrected file, commit it and find the new enterprises; export enterprises to .xlsx and
 * read the download with exceljs; axe finds nothing on the page in Greek and English.
 */

let ctx: TestContext;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
const pageErrors: string[] = [];

const HEADER = 'afm;legal_name;legal_form;status;service_title_el;cpv_codes;categories;areas';
const GOOD_ROW =
  '972839383;Πράσινη Κουζίνα ΚοινΣΕπ Εισαγωγής;koispe;published;Τροφοδοσία σχολείων;90919200-4;cleaning;mun-chalandri';
const BAD_ROW = '123456781;Λάθος ΑΦΜ ΚοινΣΕπ;koispe;published;Καθαρισμός;90919200-4;cleaning;mun-chalandri';
const FIXED_ROW = '985185058;Διορθωμένη ΚοινΣΕπ Εισαγωγής;koispe;draft;Καθαρισμός;90919200-4;cleaning;mun-chalandri';

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
  context = await browser.newContext({ acceptDownloads: true, locale: 'el-GR', viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await ctx?.close();
});

async function signInAsStaff() {
  await signInThroughUi(page, base, ctx.handle, DEMO_USERS.staff);
}

/** axe on the whole document (shell and page, into every shadow root), guarded against a vacuous pass. */
async function expectAxeClean() {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // axe really went into the page's nested shadow roots (import and export parts).
  const checked = JSON.stringify(axe.passes.flatMap((rule) => rule.nodes.map((node) => node.target)));
  expect(checked).toContain('koinsep-spreadsheet-import');
  expect(checked).toContain('koinsep-spreadsheet-export');
}

const enterpriseByAfm = (afm: string) =>
  ctx.handle.sqlite.prepare('select slug, legal_name, status from enterprises where afm = ?').get(afm) as
    { slug: string; legal_name: string; status: string } | undefined;

describe('spreadsheet import and export in the staff app', () => {
  it('reports a bad row, refuses to commit it, then commits a corrected file with progress', async () => {
    expect(enterpriseByAfm('972839383')).toBeUndefined();
    expect(enterpriseByAfm('985185058')).toBeUndefined();
    await signInAsStaff();
    // A phone's width: the navigation is behind the menu button.
    await page.getByRole('button', { name: 'Μενού' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Εισαγωγή και εξαγωγή' }).click();
    await page.getByRole('heading', { level: 1, name: 'Εισαγωγή και εξαγωγή' }).waitFor();
    await expect(page.getByRole('link', { name: 'Υπόδειγμα (.xlsx)' }).getAttribute('href')).resolves.toBe(
      '/api/v1/spreadsheets/import-template?format=xlsx',
    );

    // Hold the first progress answer so the dry-run progress can be seen before the report.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/spreadsheets/imports/*', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('Αρχείο προς εισαγωγή (.xlsx ή .csv, έως 20 MB)').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${HEADER}\n${GOOD_ROW}\n${BAD_ROW}\n`),
    });
    await page.getByRole('button', { name: 'Έλεγχος αρχείου' }).click();
    // Uploaded, and the app is waiting for the server's dry run: progress bar and spoken status.
    await page
      .getByRole('status')
      .filter({ hasText: /^(Ανάγνωση του «bad\.csv»…|Έλεγχος γραμμών: \d+ από 2…)$/ })
      .waitFor();
    await page.getByRole('progressbar', { name: 'Πρόοδος ελέγχου' }).waitFor();
    release();
    await page.unroute('**/api/v1/spreadsheets/imports/*');

    await page.getByRole('heading', { name: 'Αποτέλεσμα ελέγχου: bad.csv' }).waitFor();
    const problems = page.getByRole('table', { name: 'Προβλήματα ανά γραμμή' });
    // One problem, on the file's row 3 (row 1 is the header); an invalid ΑΦΜ is not echoed as one.
    await expect(problems.getByRole('row').count()).resolves.toBe(2);
    const badRow = problems.getByRole('row').nth(1);
    await expect(badRow.getByRole('cell').allInnerTexts()).resolves.toEqual([
      '3',
      '—',
      'ΑΦΜ (afm)',
      'Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).',
    ]);
    await expect(page.getByRole('definition').allInnerTexts()).resolves.toEqual(['2', '1', '1', '1', '0']);
    const commit = page.getByRole('button', { name: 'Καταχώριση όλων των γραμμών' });
    await expect(commit.isDisabled()).resolves.toBe(true);
    await expect(commit.getAttribute('aria-describedby')).resolves.toBe('commit-hint');
    expect(enterpriseByAfm('972839383')).toBeUndefined();

    // Greek page with a report on it: axe-clean.
    await expectAxeClean();

    // The corrected file is dropped onto the drop zone instead of chosen.
    await page.getByRole('button', { name: 'Νέα εισαγωγή' }).first().click();
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'fixed.csv', { type: 'text/csv' }));
      return transfer;
    }, `${HEADER}\n${GOOD_ROW}\n${FIXED_ROW}\n`);
    await page.locator('koinsep-spreadsheet-import .drop').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('heading', { name: 'Αποτέλεσμα ελέγχου: fixed.csv' }).waitFor();
    await page.getByText('Δεν βρέθηκαν σφάλματα. Μπορείτε να καταχωρίσετε όλες τις γραμμές.').waitFor();
    await expect(page.getByRole('table', { name: 'Προβλήματα ανά γραμμή' }).count()).resolves.toBe(0);
    await expect(page.getByRole('definition').allInnerTexts()).resolves.toEqual(['2', '2', '2', '0', '0']);

    // Keyboard: Tab reaches the enabled commit button, Enter commits.
    await page.getByRole('button', { name: 'Καταχώριση όλων των γραμμών' }).focus();
    await expect(page.evaluate(() => (document.activeElement?.shadowRoot ? true : false))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Καταχωρίστηκαν 2 φορείς και 2 υπηρεσίες.' }).waitFor();
    await expect(
      page
        .getByRole('progressbar', { name: 'Πρόοδος καταχώρισης' })
        .evaluate((p) => (p as HTMLProgressElement).position),
    ).resolves.toBe(1);

    const published = enterpriseByAfm('972839383');
    expect(published).toMatchObject({ legal_name: 'Πράσινη Κουζίνα ΚοινΣΕπ Εισαγωγής', status: 'published' });
    expect(enterpriseByAfm('985185058')).toMatchObject({ legal_name: 'Διορθωμένη ΚοινΣΕπ Εισαγωγής', status: 'draft' });
    const link = page.getByRole('link', { name: 'Πράσινη Κουζίνα ΚοινΣΕπ Εισαγωγής' });
    await expect(link.getAttribute('href')).resolves.toBe(`/enterprises/${published!.slug}`);
    await page.getByText('Διορθωμένη ΚοινΣΕπ Εισαγωγής (πρόχειρο, δεν εμφανίζεται δημόσια ακόμη)').waitFor();

    // The published one is found by the public search at once (indexed in the same transaction).
    const search = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises?q=${encodeURIComponent('Πράσινη Κουζίνα')}`,
    });
    expect(search.json().items.map((e: { slug: string }) => e.slug)).toContain(published!.slug);
    const publicPage = await ctx.app.inject({ method: 'GET', url: `/enterprises/${published!.slug}` });
    expect(publicPage.statusCode).toBe(200);
  });

  it('exports every enterprise column to .xlsx, chosen with select-all by keyboard', async () => {
    const demo = ctx.handle.sqlite
      .prepare(
        `select afm, legal_name from enterprises where status = 'published' and afm <> '972839383' order by legal_name limit 1`,
      )
      .get() as { afm: string; legal_name: string };
    await page.getByRole('heading', { level: 2, name: 'Εξαγωγή' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('radio', { name: 'Φορείς' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Excel (.xlsx)' }).isChecked()).resolves.toBe(true);
    await page.getByText('10 από 22 στήλες').waitFor();
    const selectAll = page.getByRole('checkbox', { name: 'Όλες οι στήλες' });
    // Keyboard: Tab leaves the format radio group for select-all, which shows its focus ring.
    await page.getByRole('radio', { name: 'Excel (.xlsx)' }).focus();
    await page.keyboard.press('Tab');
    await expect(
      selectAll.evaluate((box) => box.matches(':focus-visible') && getComputedStyle(box).outlineStyle),
    ).resolves.toBe('solid');
    await page.keyboard.press('Space');
    await page.getByText('22 από 22 στήλες').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Λήψη αρχείου' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^koinsep-enterprises-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toHaveLength(22);
    expect(header.slice(0, 4)).toEqual(['afm', 'legal_name', 'trade_name', 'legal_form']);
    const afmColumn = header.indexOf('afm') + 1;
    const nameColumn = header.indexOf('legal_name') + 1;
    const rows = new Map<string, unknown>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(afmColumn).value), row.getCell(nameColumn).value);
    });
    expect(rows.get(demo.afm)).toBe(demo.legal_name);
    expect(rows.get('972839383')).toBe('Πράσινη Κουζίνα ΚοινΣΕπ Εισαγωγής');

    // CSV with a comma, services, two columns: the link carries exactly those choices.
    await page.getByRole('radio', { name: 'Υπηρεσίες' }).check();
    await page.getByRole('radio', { name: 'CSV με «,»' }).check();
    // Services start with some columns chosen: select-all is "mixed"; it selects all, then none.
    const servicesAll = page.getByRole('checkbox', { name: 'Όλες οι στήλες' });
    await expect(servicesAll.evaluate((box) => (box as HTMLInputElement).indeterminate)).resolves.toBe(true);
    await servicesAll.check();
    await page.getByText('12 από 12 στήλες').waitFor();
    await servicesAll.uncheck();
    await expect(page.getByRole('button', { name: 'Λήψη αρχείου' }).isDisabled()).resolves.toBe(true);
    await page.getByText('Επιλέξτε τουλάχιστον μία στήλη.').waitFor();
    await page.getByRole('checkbox', { name: 'Κωδικοί CPV' }).check();
    await page.getByRole('checkbox', { name: 'ΑΦΜ φορέα' }).check();
    const href = await page.getByRole('link', { name: 'Λήψη αρχείου' }).getAttribute('href');
    expect(href).toBe('/api/v1/spreadsheets/export?entity=services&format=csv&columns=afm%2Ccpv_codes&delimiter=comma');
  });

  it('reads completely in English and stays axe-clean', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    await page.getByRole('heading', { name: 'Import from a spreadsheet' }).waitFor();
    await page.getByRole('link', { name: 'Template (CSV)' }).waitFor();
    await page.getByRole('radio', { name: 'Services' }).waitFor();
    await page.getByText('2 of 12 columns').waitFor();
    await expectAxeClean();
    // Phone width: nothing pushes the page sideways (wide tables scroll inside their own region).
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    // Back to Greek for whoever runs next in this browser profile.
    await page.getByRole('button', { name: 'Ελληνικά' }).click();
  });

  it('explains a file in the wrong encoding and keeps the form ready for another', async () => {
    await page.getByRole('heading', { level: 1, name: 'Εισαγωγή και εξαγωγή' }).waitFor();
    await page.getByRole('button', { name: 'Νέα εισαγωγή' }).click();
    const win1253 = Buffer.concat([
      Buffer.from(`${HEADER}\n911111036;`),
      Buffer.from([0xca, 0xe1, 0xe8]),
      Buffer.from(';koispe;;;;;\n'),
    ]);
    await page
      .getByLabel('Αρχείο προς εισαγωγή (.xlsx ή .csv, έως 20 MB)')
      .setInputFiles({ name: 'greek.csv', mimeType: 'text/csv', buffer: win1253 });
    await page.getByRole('button', { name: 'Έλεγχος αρχείου' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Το αρχείο δεν διαβάστηκε: .*Windows-1253/ })
      .waitFor();
    await expect(page.getByRole('button', { name: 'Έλεγχος αρχείου' }).isEnabled()).resolves.toBe(true);
    expect(enterpriseByAfm('911111036')).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});
