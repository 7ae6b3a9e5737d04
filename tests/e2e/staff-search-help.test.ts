import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, horizontalOverflow, signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * Issue 12 in the staff app, in real Chromium at a phone's and a desktop's width, Greek and
 * English: the enterprise records search and the eligibility keywords offer what the widget
 * offers, from the same answer (GET /api/v1/enterprises): "Show the category «…»" when the words
 * name a category, "Did you mean «…»" when they find nothing. Each state is axe-clean.
 */
const app = startStaffApp();
let staff: SignedIn;

beforeAll(async () => {
  staff = await signIn(app.ctx.app, DEMO_USERS.staff);
});

const TEXT = {
  el: {
    search: 'Αναζήτηση (λέξεις, όνομα, ΑΦΜ)',
    category: 'Κατηγορία',
    showCategory: 'Εμφάνιση της κατηγορίας',
    didYouMean: 'Μήπως εννοείτε:',
    none: 'Δεν βρέθηκαν επιχειρήσεις.',
    keywords: 'Λέξεις-κλειδιά (προαιρετικά)',
    submit: 'Αναζήτηση',
    remove: 'Αφαίρεση',
  },
  en: {
    search: 'Search (words, name, ΑΦΜ)',
    category: 'Category',
    showCategory: 'Show the category',
    didYouMean: 'Did you mean:',
    none: 'No enterprises found.',
    keywords: 'Keywords (optional)',
    submit: 'Search',
    remove: 'Remove',
  },
} as const;

/** The public answer the widget gets for these words. */
async function publicAnswer(q: string, lang: Lang) {
  const response = await app.ctx.app.inject({ url: `/api/v1/enterprises?q=${encodeURIComponent(q)}&lang=${lang}` });
  return response.json<{
    total: number;
    matchedCategories: Array<{ id: string; name: string }>;
    suggestions: Array<{ q: string }>;
  }>();
}

/** The names the staff register lists for a query, as the API gives them. */
async function staffNames(query: string): Promise<string[]> {
  const response = await app.ctx.app.inject({ url: `/api/v1/staff/enterprises?${query}`, headers: staff.headers });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Array<{ name: string }> }>().items.map((i) => i.name);
}

/** The enterprise names in the records table (the first cell, without the status note). */
const rowNames = (page: Page) =>
  page.locator('koinsep-enterprise-records-page tbody tr td:first-child').evaluateAll((cells) =>
    cells.map((c) =>
      [...c.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ),
  );

const focusedId = (page: Page) =>
  page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.id ?? '';
  });

describe('search help in the staff app', () => {
  it.each(SCREENS)(
    'at $width px in $lang: the records search offers the category and the word it knows',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/enterprise-records`);
      const words = page.getByLabel(t.search, { exact: true });
      const category = page.getByLabel(t.category, { exact: true });

      // Words that name a category: the offer names it, one click lists the whole category.
      const green = (await publicAnswer('κήπος', lang)).matchedCategories[0]!;
      expect(green.id).toBe('green-spaces');
      await words.fill('κήπος');
      await words.press('Enter');
      const offer = page.getByRole('button', { name: `${t.showCategory} «${green.name}»` });
      await offer.waitFor();
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);
      await offer.click();
      await expect.poll(() => category.inputValue()).toBe('green-spaces');
      expect(await words.inputValue()).toBe('');
      const inCategory = await staffNames('category=green-spaces');
      expect(inCategory.length).toBeGreaterThan(2);
      await expect.poll(() => rowNames(page)).toEqual(inCategory);
      await expect.poll(() => focusedId(page)).toBe('records-list');
      // The category now shown is not offered again.
      expect(await offer.count()).toBe(0);

      // A misspelt word that finds nothing: "did you mean" the word the texts use; one click searches it.
      await category.selectOption('');
      expect((await publicAnswer('κηπουρκή', lang)).total).toBe(0);
      await words.fill('κηπουρκή');
      await words.press('Enter');
      await page.getByText(t.none, { exact: true }).waitFor();
      await page.getByText(t.didYouMean).waitFor();
      const suggestion = page.getByRole('button', { name: '«κηπουρική»' });
      await suggestion.waitFor();
      await expectAxeClean(page);
      await suggestion.click();
      await expect.poll(() => words.inputValue()).toBe('κηπουρική');
      const found = await staffNames(`q=${encodeURIComponent('κηπουρική')}`);
      expect(found.length).toBeGreaterThan(0);
      await expect.poll(() => rowNames(page)).toEqual(found);
      await page.close();
    },
  );

  it.each(SCREENS)(
    'at $width px in $lang: the eligibility keywords offer the category, whose CPV codes replace them',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const page = await signedInPage(app, { who: 'staff', width, lang });
      await page.goto(`${app.base}/admin/eligibility`);
      const keywords = page.getByLabel(t.keywords, { exact: true });
      await keywords.fill('κήπος');
      await page.getByRole('button', { name: t.submit, exact: true }).click();
      const green = (await publicAnswer('κήπος', lang)).matchedCategories[0]!;
      const offer = page.getByRole('button', { name: `${t.showCategory} «${green.name}»` });
      await offer.waitFor();
      await expectAxeClean(page);
      expect(await horizontalOverflow(page, width)).toBeLessThanOrEqual(0);

      await offer.click();
      // The category's CPV codes (green areas, sports grounds, trees) are chosen; the words are gone.
      for (const code of ['77310000-6', '77320000-9', '77340000-5'])
        await page.getByRole('button', { name: `${t.remove} ${code}` }).waitFor();
      expect(await keywords.inputValue()).toBe('');
      await expect.poll(() => offer.count()).toBe(0);
      await expectAxeClean(page);
      await page.close();
    },
  );
});
