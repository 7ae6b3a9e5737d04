import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, horizontalOverflow, signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * Issue 12 in the staff pickers, in real Chromium at a phone's and a desktop's width, Greek and
 * English: under the field, outside the listbox, the enterprise picker (contract form) offers
 * "Did you mean «…»" for a misspelt word and "Show the category «…»" for a category word, and
 * the CPV picker (eligibility page) "Did you mean «…»" from the CPV labels' words and "Add the
 * codes of the category «…»". The offers are reached with Tab from the field and announced
 * (a polite live region). Each state is axe-clean.
 */
const app = startStaffApp();
let staff: SignedIn;

beforeAll(async () => {
  staff = await signIn(app.ctx.app, DEMO_USERS.staff);
});

const TEXT = {
  el: {
    newContract: 'Νέα σύμβαση',
    enterprise: 'Φορέας',
    none: 'Καμία επιχείρηση με αυτό το όνομα.',
    didYouMean: 'Μήπως εννοείτε:',
    showCategory: 'Εμφάνιση της κατηγορίας',
    cpv: 'Κωδικοί CPV',
    noCode: 'Κανένας κωδικός.',
    addCodes: 'Προσθήκη των κωδικών της κατηγορίας',
    remove: 'Αφαίρεση',
  },
  en: {
    newContract: 'New contract',
    enterprise: 'Enterprise',
    none: 'No enterprise with this name.',
    didYouMean: 'Did you mean:',
    showCategory: 'Show the category',
    cpv: 'CPV codes',
    noCode: 'No code found.',
    addCodes: 'Add the codes of the category',
    remove: 'Remove',
  },
} as const;

/** What the staff register answers for a query, as the API gives it. */
async function staffAnswer(query: string) {
  const response = await app.ctx.app.inject({ url: `/api/v1/staff/enterprises?${query}`, headers: staff.headers });
  expect(response.statusCode).toBe(200);
  return response.json<{
    items: Array<{ name: string }>;
    suggestions: Array<{ q: string }>;
    matchedCategories: Array<{ id: string; name: string }>;
  }>();
}

/** The codes the CPV look-up lists for words, as the picker asks (8, in the page's language). */
async function cpvCodes(q: string, lang: Lang): Promise<string[]> {
  const response = await app.ctx.app.inject({ url: `/api/v1/cpv?limit=8&lang=${lang}&q=${encodeURIComponent(q)}` });
  return response.json<{ items: Array<{ formatted: string }> }>().items.map((i) => i.formatted);
}

/** The deepest focused element's text (through shadow roots). */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.textContent?.trim() ?? '';
  });

/** The options listed now: each one's own text (the enterprise's name, or the code and label), without its second line. */
const optionTexts = (listbox: Locator) =>
  listbox.getByRole('option').evaluateAll((options) =>
    options.map((o) =>
      [...o.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ),
  );

/** The polite live region around the offers holds their words. */
const liveOffers = (page: Page, text: string) =>
  page.locator('koinsep-search-offers [aria-live="polite"]', { hasText: text });

describe('search help in the staff pickers', () => {
  it.each(SCREENS)(
    'at $width px in $lang: the enterprise picker offers the word it knows and the category',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/contracts`);
      await page.getByRole('button', { name: t.newContract }).first().click();
      const picker = page.getByRole('combobox', { name: t.enterprise });
      const listbox = page.getByRole('listbox', { name: t.enterprise });

      // A misspelt word that finds nothing: the picker says so and offers the word the texts use.
      expect((await staffAnswer(`q=${encodeURIComponent('σίτση')}`)).items).toEqual([]);
      await picker.pressSequentially('σίτση');
      await page.getByRole('status').filter({ hasText: t.none }).waitFor();
      const suggestion = page.getByRole('button', { name: '«σίτιση»' });
      await suggestion.waitFor();
      await liveOffers(page, t.didYouMean).waitFor();
      // Offers are buttons beside the listbox, never options in it.
      expect(await listbox.getByRole('button').count()).toBe(0);
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      // Keyboard: Tab from the field reaches the offer; Enter searches the word, back in the field.
      await picker.focus();
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedText(page)).toBe('«σίτιση»');
      await page.keyboard.press('Enter');
      await expect.poll(() => picker.inputValue()).toBe('σίτιση');
      const meals = (await staffAnswer(`q=${encodeURIComponent('σίτιση')}`)).items.map((i) => i.name);
      expect(meals.length).toBeGreaterThan(0);
      await expect.poll(() => optionTexts(listbox)).toEqual(meals);
      await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');
      await expectAxeClean(page);

      // A category word: the offer names the category; chosen, the list is the category's enterprises.
      const green = (await staffAnswer(`q=${encodeURIComponent('κήπος')}&lang=${lang}`)).matchedCategories[0]!;
      expect(green.id).toBe('green-spaces');
      await picker.fill('');
      await picker.pressSequentially('κήπος');
      const offer = page.getByRole('button', { name: `${t.showCategory} «${green.name}»` });
      await offer.waitFor();
      await expectAxeClean(page);
      await offer.click();
      await expect.poll(() => picker.inputValue()).toBe(green.name);
      const inCategory = (await staffAnswer('category=green-spaces')).items.map((i) => i.name);
      expect(inCategory.length).toBeGreaterThan(2);
      await expect.poll(() => optionTexts(listbox)).toEqual(inCategory);
      await expectAxeClean(page);

      // Chosen from that list with the keyboard: the offers give way to the choice.
      await picker.press('Enter');
      await expect.poll(() => picker.inputValue()).toBe(inCategory[0]);
      await expect.poll(() => offer.count()).toBe(0);
      await page.context().close();
    },
  );

  it.each(SCREENS)(
    'at $width px in $lang: the CPV picker offers the label word for a misspelt one, and a category’s codes',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/eligibility`);
      const picker = page.getByRole('combobox', { name: t.cpv });
      const listbox = page.getByRole('listbox', { name: t.cpv });

      // «καθαρισμςο» (two letters swapped) finds no code: "did you mean" the labels' «καθαρισμός».
      expect(await cpvCodes('καθαρισμςο', lang)).toEqual([]);
      await picker.pressSequentially('καθαρισμςο');
      await page.getByRole('status').filter({ hasText: t.noCode }).waitFor();
      const suggestion = page.getByRole('button', { name: '«καθαρισμός»' });
      await suggestion.waitFor();
      await liveOffers(page, t.didYouMean).waitFor();
      expect(await listbox.getByRole('button').count()).toBe(0);
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      // Chosen, the word is looked up: cleaning services first, as the look-up ranks them.
      await suggestion.click();
      await expect.poll(() => picker.inputValue()).toBe('καθαρισμός');
      const cleaning = await cpvCodes('καθαρισμός', lang);
      expect(cleaning.slice(0, 2)).toContain('90900000-6');
      await expect.poll(async () => (await optionTexts(listbox)).map((o) => o.split(' ')[0])).toEqual(cleaning);
      await expect.poll(() => picker.getAttribute('aria-expanded')).toBe('true');
      await expectAxeClean(page);
      await picker.press('Enter');
      await page.getByRole('button', { name: `${t.remove} ${cleaning[0]}` }).waitFor();

      // A category word: one click adds the category's codes (green areas, sports grounds, trees).
      await picker.pressSequentially('κήπος');
      const offer = page.getByRole('button', { name: new RegExp(`^${t.addCodes} «`) });
      await offer.waitFor();
      await expectAxeClean(page);
      await offer.click();
      for (const code of ['77310000-6', '77320000-9', '77340000-5'])
        await page.getByRole('button', { name: `${t.remove} ${code}` }).waitFor();
      await expect.poll(() => picker.inputValue()).toBe('');
      await expect.poll(() => offer.count()).toBe(0);
      await expectAxeClean(page);
      await page.context().close();
    },
  );
});
