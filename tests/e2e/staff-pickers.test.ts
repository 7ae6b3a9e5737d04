import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAxeClean } from './accounts-support.ts';
import { signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * Issue 12, "one search everywhere": the staff app's enterprise pickers (the invitation form, the
 * contract form) ask the server's search, so another inflection of a word of the enterprise's
 * texts, or the word in Greeklish, finds it, though neither begins any word of its name. Real
 * Chromium, keyboard only, axe over the page with the suggestions open.
 */
const app = startStaffApp();

const TEXT = {
  el: {
    enterprise: 'Επιχείρηση',
    contractEnterprise: 'Φορέας',
    role: 'Ρόλος',
    manager: 'enterprise_manager',
    newContract: 'Νέα σύμβαση',
    chosen: 'Επιλέχθηκε: Συνεταιρισμός Εργαζομένων «Κυλικεία Συνεργασίας»',
    none: 'Καμία επιχείρηση με αυτό το όνομα.',
  },
  en: {
    enterprise: 'Enterprise',
    contractEnterprise: 'Enterprise',
    role: 'Role',
    manager: 'enterprise_manager',
    newContract: 'New contract',
    chosen: 'Chosen: Συνεταιρισμός Εργαζομένων «Κυλικεία Συνεργασίας»',
    none: 'No enterprise with this name.',
  },
} as const;

/** The options the picker lists now (after the server answered `typed`). */
async function suggestionsFor(page: Page, picker: ReturnType<Page['getByRole']>, typed: string, name: string) {
  await picker.fill('');
  await picker.pressSequentially(typed);
  const listbox = page.getByRole('listbox', { name });
  await listbox.getByRole('option').first().waitFor();
  return listbox.getByRole('option').allTextContents();
}

describe.each([
  { width: 1280, lang: 'el' as Lang },
  { width: 1280, lang: 'en' as Lang },
  { width: 360, lang: 'el' as Lang },
])('staff enterprise pickers at $width px in $lang', ({ width, lang }) => {
  const t = TEXT[lang];

  it('the invitation picker finds an enterprise by an inflected Greek word and by a Greeklish word', async () => {
    const page = await signedInPage(app, { who: 'admin', width, lang });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${app.base}/admin/users`);
    await page.getByLabel(t.role, { exact: true }).selectOption(t.manager);
    const picker = page.getByRole('combobox', { name: t.enterprise });

    // The draft's text says «μικροεπισκευές»; its name has no such word.
    const repairs = await suggestionsFor(page, picker, 'μικροεπισκευή', t.enterprise);
    expect(repairs.some((o) => o.includes('Φροντίδα στην Πολυκατοικία'))).toBe(true);
    await expect(picker.getAttribute('aria-expanded')).resolves.toBe('true');
    await expectAxeClean(page);

    // Greeklish of another form: «kylikeio» (κυλικείο) finds «Κυλικεία Συνεργασίας», first.
    const canteens = await suggestionsFor(page, picker, 'kylikeio', t.enterprise);
    expect(canteens[0]).toContain('Κυλικεία Συνεργασίας');
    await picker.press('Enter');
    await page.getByText(t.chosen).waitFor();
    await expect(picker.inputValue()).resolves.toBe('Κυλικεία Συνεργασίας');

    // A word no enterprise uses says so.
    await picker.fill('');
    await picker.pressSequentially('ξυλοναυπηγείο');
    await page.getByRole('status').filter({ hasText: t.none }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the contract form offers the enterprises a stem matches, and keeps the one chosen', async () => {
    const page = await signedInPage(app, { who: 'staff', width, lang });
    await page.goto(`${app.base}/admin/contracts`);
    await page.getByRole('button', { name: t.newContract }).first().click();
    const picker = page.getByRole('combobox', { name: t.contractEnterprise });
    // «κυλικείου» (genitive) against texts that say «κυλικεία», «κυλικείων».
    const found = await suggestionsFor(page, picker, 'κυλικείου', t.contractEnterprise);
    expect(found[0]).toContain('Κυλικεία Συνεργασίας');
    await expectAxeClean(page);
    await picker.press('Enter');
    await page.getByText(t.chosen).waitFor();
    await page.context().close();
  });
});
