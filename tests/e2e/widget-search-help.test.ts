import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiSearch,
  axeViolations,
  cardNames,
  cards,
  hostHtml,
  openPage,
  resultsHeading,
  searchBox,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Issue 12 in the widget, in real Chromium, Greek and English: a query that names a category
 * offers "Show the category «…»" (one click shows it), a misspelt query offers the words the
 * directory knows, and an empty result always leaves a way on. Each state is axe-clean.
 */
let env: WidgetEnvironment;

beforeAll(async () => {
  env = await startWidgetEnvironment();
  for (const lang of ['el', 'en']) {
    env.host.pages.set(`/${lang}`, {
      body: hostHtml({ apiOrigin: env.apiOrigin, lang, attributes: `lang="${lang}"` }),
    });
    env.host.pages.set(`/${lang}/cleaning`, {
      body: hostHtml({ apiOrigin: env.apiOrigin, lang, attributes: `lang="${lang}" category="cleaning"` }),
    });
  }
});

afterAll(async () => {
  await env?.close();
});

const TEXTS = {
  el: {
    showCategory: 'Εμφάνιση της κατηγορίας',
    didYouMean: 'Μήπως εννοείτε',
    none: 'Δεν βρέθηκαν',
    browse: 'ανά κατηγορία',
  },
  en: {
    showCategory: 'Show the category',
    didYouMean: 'Did you mean',
    none: 'No enterprises found',
    browse: 'by category',
  },
} as const;

const part = (page: Page, name: string) => page.locator(`koinsep-directory [part~="${name}"]`);
const activeId = (page: Page) =>
  page.evaluate(() => document.querySelector('koinsep-directory')!.shadowRoot!.activeElement?.id ?? '');

async function searchFor(page: Page, text: string) {
  await searchBox(page).fill(text);
  await resultsHeading(page).filter({ hasText: text }).waitFor();
}

describe.each(['el', 'en'] as const)('search help in the widget (%s)', (lang) => {
  const texts = TEXTS[lang];

  it('offers the category a query names, and one click shows the whole category', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    await searchFor(page, 'κήπος');
    const answer = (
      await env.ctx.app.inject({ url: `/api/v1/enterprises?q=${encodeURIComponent('κήπος')}&lang=${lang}` })
    ).json<{
      matchedCategories: Array<{ id: string; name: string; count: number }>;
    }>();
    const green = answer.matchedCategories[0]!;
    expect(green.id).toBe('green-spaces');

    const offer = part(page, 'category-offer');
    await offer.waitFor();
    const label = (await offer.textContent())!.replace(/\s+/g, ' ').trim();
    expect(label).toContain(texts.showCategory);
    expect(label).toContain(green.name);
    expect(label).toContain(`(${green.count})`);
    expect(await axeViolations(page)).toEqual([]);

    await offer.click();
    await expect.poll(() => page.locator('koinsep-directory #filter-category').inputValue()).toBe('green-spaces');
    expect(await searchBox(page).inputValue()).toBe('');
    // What the offer promised: every enterprise of the category, the heading saying how many.
    const category = await apiSearch(env.ctx, { category: 'green-spaces', lang });
    expect(category.total).toBe(green.count);
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(green.count));
    expect(await cardNames(page)).toEqual(category.items.map((i) => i.name));
    // Focus follows to the new results; the offer, now shown, is not made again.
    await expect.poll(() => activeId(page)).toBe('results-heading');
    expect(await offer.count()).toBe(0);
    expect(page.url()).toContain('category:green-spaces');
    expect(page.url()).not.toContain('q:');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says "did you mean" on a misspelt query that finds nothing, and one click searches the word the directory knows', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    await searchFor(page, 'κηπουρκή');
    const empty = part(page, 'empty');
    await empty.waitFor();
    expect(await resultsHeading(page).textContent()).toContain(texts.none);
    const didYouMean = part(page, 'did-you-mean');
    await didYouMean.waitFor();
    expect(await didYouMean.textContent()).toContain(texts.didYouMean);
    const first = part(page, 'suggestion').first();
    expect((await first.textContent())!.trim()).toBe('«κηπουρική»');
    // An empty result always has a way on, besides the suggestion: every enterprise, by category.
    expect(await part(page, 'browse-categories').textContent()).toContain(texts.browse);
    expect(await axeViolations(page)).toEqual([]);

    await first.click();
    await resultsHeading(page).filter({ hasText: 'κηπουρική' }).waitFor();
    expect(await searchBox(page).inputValue()).toBe('κηπουρική');
    const expected = await apiSearch(env.ctx, { q: 'κηπουρική', pageSize: '10', lang });
    expect(expected.total).toBeGreaterThan(0);
    expect(await cardNames(page)).toEqual(expected.items.map((i) => i.name));
    await expect.poll(() => activeId(page)).toBe('results-heading');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves ways on when words and a filter find nothing: search without filters, or every enterprise by category', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}/cleaning`);
    await cards(page).first().waitFor();
    await searchFor(page, 'ξυλοναυπηγείο');
    await part(page, 'empty').waitFor();
    await part(page, 'browse-categories').waitFor();
    expect(await part(page, 'empty').locator('[part~="clear-filters"]').count()).toBe(1);
    // Nothing to suggest for a word the directory has never seen.
    expect(await part(page, 'did-you-mean').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await part(page, 'browse-categories').click();
    const all = await apiSearch(env.ctx, { lang });
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(all.total));
    expect(await searchBox(page).inputValue()).toBe('');
    // The category filter, with every category and its count, has the focus.
    await expect.poll(() => activeId(page)).toBe('filter-category');
    expect(await page.locator('koinsep-directory #filter-category').inputValue()).toBe('');
    expect(await page.locator('koinsep-directory #filter-category option').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
