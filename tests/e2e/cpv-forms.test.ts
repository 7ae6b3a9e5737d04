import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { addDays, formatDate } from '../../api/domain/eligibility-format.ts';
import { expectAxeClean } from './accounts-support.ts';
import { horizontalOverflow, signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * Issue 12, "every CPV picker": the contract form (one code) and the request-for-quotes form
 * (a list) choose CPV codes with the CPV look-up, so a Greeklish word («katharismos») offers the
 * cleaning codes; the code chosen is what is saved; a saved code or one a link brings is shown
 * with its label; the API's error about the codes is shown at the picker. Real Chromium, the
 * contract form on a phone in English, the request form on a desktop in Greek, axe-clean.
 */
const app = startStaffApp();

/** The codes the look-up lists for words, as the picker asks (8, in the page's language). */
async function cpvLookUp(q: string, lang: Lang): Promise<Array<{ code: string; formatted: string; label: string }>> {
  const response = await app.ctx.app.inject({ url: `/api/v1/cpv?limit=8&lang=${lang}&q=${encodeURIComponent(q)}` });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Array<{ code: string; formatted: string; label: string }> }>().items;
}

/** Types words into the picker as a person would and waits for the options the look-up gives. */
async function typeAndWaitForOptions(page: Page, picker: ReturnType<Page['getByRole']>, words: string, name: string) {
  await picker.pressSequentially(words);
  const listbox = page.getByRole('listbox', { name });
  await listbox.getByRole('option').first().waitFor();
  await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');
  return listbox;
}

describe('CPV pickers in the procurement forms', () => {
  it('contract form at 360 px in English: «katharismos» offers cleaning codes, the one chosen is saved and shown on edit', async () => {
    const width = 360;
    const page = await signedInPage(app, { who: 'staff', width, lang: 'en' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${app.base}/admin/contracts`);
    await page.getByRole('button', { name: 'New contract' }).first().click();
    // The filters above have a Department too.
    const form = page.getByRole('form', { name: 'New contract' });

    const enterprise = form.getByRole('combobox', { name: 'Enterprise' });
    await enterprise.pressSequentially('κυλικείου');
    await page.getByRole('listbox', { name: 'Enterprise' }).getByRole('option').first().waitFor();
    await enterprise.press('Enter');
    const title = 'Cleaning of the town hall annex';
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Value net of VAT (€)').fill('1200.00');
    await form.getByLabel('Department', { exact: true }).fill('Technical Services');
    const today = athensDate(new Date());
    await form.getByLabel('Awarded on').fill(formatDate(today));
    await form.getByLabel('Starts on').fill(formatDate(today));

    // Saved without a code: the API's 400 names cpvCode, and the picker says so, focused.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const picker = page.getByRole('combobox', { name: 'CPV code' });
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() =>
        picker.evaluate(
          (el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el,
        ),
      )
      .toBe(true);
    expect((await picker.getAttribute('aria-describedby'))!.split(' ')).toContain('cpv-error');

    // Greeklish for «καθαρισμός»: the cleaning codes, as the look-up ranks them.
    const cleaning = await cpvLookUp('katharismos', 'en');
    expect(cleaning.filter((c) => /cleaning/i.test(c.label)).length).toBeGreaterThan(4);
    const listbox = await typeAndWaitForOptions(page, picker, 'katharismos', 'CPV code');
    await expect
      .poll(async () => (await listbox.getByRole('option').allTextContents()).map((o) => o.split(' ')[0]))
      .toEqual(cleaning.map((c) => c.formatted));
    // No "add the category's codes" in a one-code field.
    expect(await page.getByRole('button', { name: /^Add the codes of the category/ }).count()).toBe(0);
    await expectAxeClean(page);
    expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

    // A tap chooses it: the field says which code it holds, and the error is gone.
    const chosen = cleaning.find((c) => c.label === 'Cleaning services')!;
    expect(chosen.formatted).toBe('90910000-9');
    await listbox.getByRole('option', { name: new RegExp(`^${chosen.formatted}`) }).click();
    await page.getByText(`Chosen: ${chosen.formatted} ${chosen.label}`).waitFor();
    await page.getByRole('button', { name: `Remove ${chosen.formatted}` }).waitFor();
    await expect.poll(() => picker.inputValue()).toBe('');
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('false');
    expect(await page.getByText('Correct the highlighted fields.').count()).toBe(0);
    await expectAxeClean(page);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The contract was saved.' }).waitFor();
    const saved = await app.ctx.handle.db
      .selectFrom('contracts')
      .select(['cpv_code'])
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    expect(saved.cpv_code).toBe(chosen.code);
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row.innerText()).resolves.toContain(`(${chosen.code})`);

    // Editing shows the saved code with its label; choosing another replaces it.
    await row.getByRole('button', { name: `Edit: ${title}` }).click();
    await page.getByText(`Chosen: ${chosen.formatted} ${chosen.label}`).waitFor();
    const other = cleaning.find((c) => c.label === 'Cleaning and sanitation services')!;
    expect(other.formatted).toBe('90900000-6');
    await typeAndWaitForOptions(page, picker, 'katharismos', 'CPV code');
    // The code held is not offered again.
    expect(await page.getByRole('option', { name: new RegExp(`^${chosen.formatted}`) }).count()).toBe(0);
    await page.getByRole('option', { name: new RegExp(`^${other.formatted}`) }).click();
    await page.getByText(`Chosen: ${other.formatted} ${other.label}`).waitFor();
    expect(await page.getByRole('button', { name: /^Remove \d{8}/ }).count()).toBe(1);
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The contract was saved.' }).waitFor();
    const edited = await app.ctx.handle.db
      .selectFrom('contracts')
      .select(['cpv_code'])
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    expect(edited.cpv_code).toBe(other.code);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('request form at 1280 px in Greek: the linked code comes chosen with its label, «katharismos» offers the cleaning codes, the draft keeps the two chosen in order', async () => {
    const width = 1280;
    const page = await signedInPage(app, { who: 'staff', width, lang: 'el' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // As an eligibility answer links it: the need's code, route and value.
    await page.goto(`${app.base}/admin/consultation-new?cpv=90910000&route=direct_award&valueNet=2000.00`);
    await page.getByRole('heading', { level: 1, name: 'Νέο αίτημα προσφορών' }).waitFor();
    const [linked] = await cpvLookUp('90910000', 'el');
    expect(linked!.code).toBe('90910000');
    await page.getByText(`${linked!.formatted} ${linked!.label}`).waitFor();

    const title = 'Καθαρισμός κλειστού γυμναστηρίου';
    await page.getByLabel('Αντικείμενο').fill(title);
    await page.getByLabel('Προθεσμία προσφορών: ημερομηνία').fill(formatDate(addDays(athensDate(new Date()), 5)));
    await page.getByLabel('Προθεσμία: ώρα (ώρα Ελλάδας)').fill('12:00');
    await page.getByLabel('Υπηρεσία').fill('Διεύθυνση Αθλητισμού');
    await page.getByRole('checkbox', { name: 'Ανοιχτό σε κάθε επιλέξιμη επιχείρηση' }).check();

    // Without codes the API refuses the draft, naming the list: the picker shows its words.
    await page.getByRole('button', { name: `Αφαίρεση ${linked!.formatted}` }).click();
    await page.getByRole('button', { name: 'Αποθήκευση ως πρόχειρο' }).click();
    const picker = page.getByRole('combobox', { name: 'Κωδικοί CPV' });
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('true');
    await page
      .locator('koinsep-cpv-picker .error')
      .filter({ hasText: /κωδικοί CPV/ })
      .waitFor();

    // Two codes by a Greeklish word, as a person would: «katharismos» lists the cleaning codes.
    const cleaning = await cpvLookUp('katharismos', 'el');
    expect(cleaning.filter((c) => /καθαρισμ/.test(c.label)).length).toBeGreaterThan(4);
    const main = cleaning.find((c) => c.label === 'Υπηρεσίες καθαρισμού')!;
    const second = cleaning.find((c) => c.label === 'Υπηρεσίες καθαρισμού και απολύμανσης')!;
    const listbox = await typeAndWaitForOptions(page, picker, 'katharismos', 'Κωδικοί CPV');
    await expect
      .poll(async () => (await listbox.getByRole('option').allTextContents()).map((o) => o.split(' ')[0]))
      .toEqual(cleaning.map((c) => c.formatted));
    await expectAxeClean(page);
    await listbox.getByRole('option', { name: new RegExp(`^${main.formatted}`) }).click();
    await page.getByRole('button', { name: `Αφαίρεση ${main.formatted}` }).waitFor();
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('false');
    await typeAndWaitForOptions(page, picker, 'katharismos', 'Κωδικοί CPV');
    // Keyboard this time: down to the second code (the one chosen is no longer offered), Enter.
    const target = cleaning.filter((c) => c.code !== main.code).findIndex((c) => c.code === second.code);
    expect(target).toBeGreaterThan(0);
    for (let i = 0; i < target; i++) await picker.press('ArrowDown');
    await expect.poll(() => picker.getAttribute('aria-activedescendant')).toBe(`cpv-option-${target}`);
    await picker.press('Enter');
    await page.getByRole('button', { name: `Αφαίρεση ${second.formatted}` }).waitFor();
    await expectAxeClean(page);
    expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Αποθήκευση ως πρόχειρο' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The main object first, as chosen.
    await page.getByText(`${main.code}, ${second.code}`).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
