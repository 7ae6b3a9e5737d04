import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSearch,
  axeViolations,
  cardNames,
  cards,
  hostHtml,
  openPage,
  resultsHeading,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Issue 16: the widget lists in the order the visitor chooses (relevance, name, recently
 * verified) and offers the areas its results serve with how many each has. Real Chromium, in
 * Greek and English, axe-clean, kept in the link.
 */
let env: WidgetEnvironment;

beforeAll(async () => {
  env = await startWidgetEnvironment();
  env.host.pages.set('/el', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el"' }) });
  env.host.pages.set('/en', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="en"', lang: 'en' }) });
});

afterAll(async () => {
  await env?.close();
});

const TEXT = {
  el: { sort: 'Ταξινόμηση', relevance: 'Συνάφεια', name: 'Όνομα', verified: 'Πρόσφατα επαληθευμένες' },
  en: { sort: 'Sort by', relevance: 'Relevance', name: 'Name', verified: 'Recently verified' },
} as const;

/** The API's first page in that order: the oracle for what the widget must show. */
async function sorted(sort: string, lang: string) {
  const response = await env.ctx.app.inject({ url: '/api/v1/enterprises', query: { sort, lang, pageSize: '10' } });
  return response.json<{ items: Array<{ name: string; verifiedAt: string | null }> }>();
}

describe.each(['el', 'en'] as const)('sort and areas (%s)', (lang) => {
  const t = TEXT[lang];

  it('areas come with the counts that choosing them gives', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    const area = page.locator('koinsep-directory #filter-area');
    await area.locator('optgroup').first().waitFor({ state: 'attached' });
    const options = await area
      .locator('optgroup option')
      .evaluateAll((list) => (list as HTMLOptionElement[]).map((o) => ({ value: o.value, text: o.textContent ?? '' })));
    expect(options.length).toBeGreaterThan(3);
    const municipality = options.find((o) => o.value.startsWith('mun-'))!;
    const promised = Number(/\((\d+)\)$/.exec(municipality.text.trim())?.[1]);
    expect(promised).toBeGreaterThan(0);
    await area.selectOption(municipality.value);
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(promised));
    expect((await apiSearch(env.ctx, { area: municipality.value })).total).toBe(promised);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by name and by latest verification, keeps the order in the link, and stays axe-clean', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    const sort = page.getByLabel(t.sort);
    expect(await sort.locator('option').allTextContents()).toEqual([t.relevance, t.name, t.verified]);

    await sort.selectOption('verified');
    const latest = await sorted('verified', lang);
    await expect.poll(() => cardNames(page)).toEqual(latest.items.map((i) => i.name));
    const times = latest.items.map((i) => (i.verifiedAt ? Date.parse(i.verifiedAt) : 0));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(decodeURIComponent(page.url())).toContain('sort:verified');

    await sort.selectOption('name');
    const byName = await sorted('name', lang);
    await expect.poll(() => cardNames(page)).toEqual(byName.items.map((i) => i.name));
    expect(byName.items.map((i) => i.name)).not.toEqual(latest.items.map((i) => i.name));
    expect(await axeViolations(page)).toEqual([]);

    // The link reopens the same order.
    await page.reload();
    await cards(page).first().waitFor();
    await expect.poll(() => page.getByLabel(t.sort).inputValue()).toBe('name');
    expect(await cardNames(page)).toEqual(byName.items.map((i) => i.name));
    expect(errors).toEqual([]);
    await page.close();
  });
});
