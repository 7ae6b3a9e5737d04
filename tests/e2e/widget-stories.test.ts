import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSearch,
  cardNames,
  cards,
  hostHtml,
  openPage,
  resultsHeading,
  searchBox,
  selfHostWidget,
  startWidgetEnvironment,
  widget,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * The visitor's stories of issue 3, in real Chromium, with the host page on a different
 * origin from the directory API (as on a municipality's own web site).
 */
let env: WidgetEnvironment;

beforeAll(async () => {
  env = await startWidgetEnvironment();
  env.host.pages.set('/', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el"' }) });
  env.host.pages.set('/presets', {
    body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'category="cleaning" page-size="3"' }),
  });
  env.host.pages.set('/tall', {
    body: hostHtml({
      apiOrigin: env.apiOrigin,
      head: '<style>.intro { height: 1500px; background: #eee; }</style>',
      before: '<div class="intro" id="news">Ανακοινώσεις</div>',
    }),
  });
  // The script and its chunks served by the host itself (self-hosted), pointed at the API with `api`.
  await selfHostWidget(env.ctx, env.host, '/vendor');
  env.host.pages.set('/self-hosted', {
    body: hostHtml({ apiOrigin: '', attributes: `api="${'API_ORIGIN'}"` })
      .replace('/widget/koinsep-directory.js', '/vendor/koinsep-directory.js')
      .replace('API_ORIGIN', env.apiOrigin),
  });
});

afterAll(async () => {
  await env?.close();
});

async function searchFor(page: import('playwright-core').Page, text: string) {
  await searchBox(page).fill(text);
  await resultsHeading(page).filter({ hasText: text }).waitFor();
}

describe('searching the directory', () => {
  it('finds the same enterprises for «καθαριότητα», ΚΑΘΑΡΙΟΤΗΤΑ and katharismos, as the API does, and announces the total', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/`);
    await cards(page).first().waitFor();

    await searchFor(page, 'καθαριότητα');
    const expected = await apiSearch(env.ctx, { q: 'καθαριότητα', pageSize: '10' });
    expect(expected.total).toBeGreaterThan(0);
    expect(await cardNames(page)).toEqual(expected.items.map((i) => i.name));
    const heading = await resultsHeading(page).textContent();
    expect(heading).toContain(String(expected.total));
    await expect
      .poll(() => page.locator('koinsep-directory [role="status"]').textContent())
      .toContain(String(expected.total));

    await searchFor(page, 'ΚΑΘΑΡΙΟΤΗΤΑ');
    expect(await cardNames(page)).toEqual(expected.items.map((i) => i.name));

    await searchFor(page, 'katharismos');
    const greeklish = await apiSearch(env.ctx, { q: 'katharismos', pageSize: '10' });
    expect(greeklish.total).toBeGreaterThan(0);
    expect(await cardNames(page)).toEqual(greeklish.items.map((i) => i.name));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows by category, area and legal form, with the counts the options promise', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/`);
    await cards(page).first().waitFor();
    const category = page.locator('koinsep-directory #filter-category');
    const cleaningOption = (await category.locator('option[value="cleaning"]').textContent()) ?? '';
    const promised = Number(/\((\d+)\)/.exec(cleaningOption)?.[1]);
    expect(promised).toBeGreaterThan(0);
    await category.selectOption('cleaning');
    await resultsHeading(page)
      .filter({ hasText: String(promised) })
      .waitFor();
    expect((await apiSearch(env.ctx, { category: 'cleaning' })).total).toBe(promised);

    const legalForm = page.locator('koinsep-directory #filter-legalForm');
    const formOption = legalForm.locator('option').nth(1);
    const formValue = (await formOption.getAttribute('value'))!;
    const formCount = Number(/\((\d+)\)/.exec((await formOption.textContent()) ?? '')?.[1]);
    await legalForm.selectOption(formValue);
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(formCount));
    expect((await apiSearch(env.ctx, { category: 'cleaning', legalForm: formValue })).total).toBe(formCount);

    await page.locator('koinsep-directory [part~="clear-filters"]').first().click();
    const area = page.locator('koinsep-directory #filter-area');
    expect(await area.locator('optgroup').count()).toBeGreaterThanOrEqual(3);
    await area.selectOption('mun-chalandri');
    const inChalandri = await apiSearch(env.ctx, { area: 'mun-chalandri' });
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(inChalandri.total));
    expect(page.url()).toContain('area:mun-chalandri');
    await page.close();
  });

  it('shows a hint when nothing matches, and starts from the presets given as attributes', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/presets`);
    await cards(page).first().waitFor();
    expect(await cards(page).count()).toBe(3);
    expect(await page.locator('koinsep-directory #filter-category').inputValue()).toBe('cleaning');
    const total = (await apiSearch(env.ctx, { category: 'cleaning' })).total;
    expect(await resultsHeading(page).textContent()).toContain(String(total));

    await searchBox(page).fill('ξυλοναυπηγείο');
    await page.locator('koinsep-directory [part~="empty"]').waitFor();
    // The hint comes with the search-help chunk, which an empty result loads.
    await expect.poll(() => page.locator('koinsep-directory [part~="empty"]').textContent()).toContain('katharismos');
    await page.locator('koinsep-directory [part~="empty"] [part~="clear-filters"]').click();
    await expect.poll(() => page.locator('koinsep-directory #filter-category').inputValue()).toBe('');
    await page.close();
  });
});

describe('an enterprise profile', () => {
  it('shows services, areas served, public contact details, website and the permanent page; back returns to the same results', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/`);
    await searchFor(page, 'καθαριότητα');
    const first = page.locator('koinsep-directory [part~="card-link"]').first();
    const name = (await first.textContent())!.trim();
    const slug = (await first.getAttribute('data-slug'))!;
    await first.click();
    await page.locator('koinsep-directory #profile-heading').filter({ hasText: name }).waitFor();
    expect(page.url()).toContain(`enterprise:${slug}`);

    const profile = (await env.ctx.app.inject({ url: `/api/v1/enterprises/${slug}` })).json();
    const text = (await page.locator('koinsep-directory [part~="profile"]').textContent()) ?? '';
    for (const service of profile.services) expect(text).toContain(service.title);
    const areaNames = new Set<string>(
      profile.services.flatMap((s: { areas: Array<{ name: string }> }) => s.areas.map((a) => a.name)),
    );
    expect(areaNames.size).toBeGreaterThan(0);
    for (const area of areaNames)
      expect(await page.locator('koinsep-directory [part~="areas"]').textContent()).toContain(area);
    if (profile.contact.email) {
      expect(await page.locator(`koinsep-directory a[href="mailto:${profile.contact.email}"]`).count()).toBe(1);
    }
    if (profile.website)
      expect(await page.locator('koinsep-directory [part~="contact"] a[href^="http"]').count()).toBe(1);
    expect(await page.locator('koinsep-directory [part~="permanent-link"]').getAttribute('href')).toBe(
      profile.publicUrl,
    );

    // Our back button returns to the same search, and focus to the card that was opened.
    await page.locator('koinsep-directory [part~="back"]').click();
    await first.waitFor();
    expect(await searchBox(page).inputValue()).toBe('καθαριότητα');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.querySelector('koinsep-directory')!.shadowRoot!.activeElement?.textContent?.trim(),
        ),
      )
      .toBe(name);
    expect(page.url()).not.toContain('enterprise:');

    // So does the browser's Back button.
    await first.click();
    await page.locator('koinsep-directory #profile-heading').filter({ hasText: name }).waitFor();
    await page.goBack();
    await first.waitFor();
    expect(await searchBox(page).inputValue()).toBe('καθαριότητα');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reopens from a shared link, keeping the host page's own hash and history state", async () => {
    const slug = (await apiSearch(env.ctx, { q: 'καθαριότητα' })).items[0]!.slug;
    const link = `${env.host.origin}/#news&koinsep=q:${encodeURIComponent('καθαριότητα')};enterprise:${slug}`;
    const { page } = await openPage(env.browser, link);
    await page.locator('koinsep-directory #profile-heading').waitFor();
    await page.locator('koinsep-directory [part~="back"]').click();
    await cards(page).first().waitFor();
    expect(await searchBox(page).inputValue()).toBe('καθαριότητα');
    const hash = await page.evaluate(() => location.hash);
    expect(hash.startsWith('#news&koinsep=')).toBe(true);
    expect(hash).not.toContain('enterprise:');
    await page.close();
  });

  it('tells the visitor when a shared profile no longer exists', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/#koinsep=enterprise:no-such-enterprise`);
    await page.locator('koinsep-directory [part~="error"]').filter({ hasText: 'δεν βρέθηκε' }).waitFor();
    await page.close();
  });
});

describe('living inside the host page', () => {
  it("never scrolls the page or drops the host's hash and history state while searching", async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/tall#news`, { width: 1280, height: 700 });
    await page.evaluate(() => history.replaceState({ hostRoute: 'news' }, ''));
    await cards(page).first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 1200));
    const before = await page.evaluate(() => window.scrollY);
    await searchFor(page, 'σίτιση');
    await page.locator('koinsep-directory #filter-category').selectOption({ index: 1 });
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('category:');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await page.evaluate(() => location.hash.startsWith('#news&koinsep=q:'))).toBe(true);
    expect(await page.evaluate(() => history.state)).toEqual({ hostRoute: 'news' });
    await page.close();
  });

  it('cancels an older search when a newer one is typed, so a slow answer never overwrites a newer one', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/`);
    await cards(page).first().waitFor();
    const aborted: string[] = [];
    page.on('requestfailed', (request) => {
      if (request.url().includes('/api/v1/enterprises?')) aborted.push(decodeURIComponent(request.url()));
    });
    // Hold the answer to the first query until the second one has been sent.
    let releaseSlow!: () => void;
    const slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
    await page.route('**/api/v1/enterprises?*', async (route) => {
      if (decodeURIComponent(route.request().url()).includes('q=σίτιση')) {
        await slowHeld;
        await route.continue().catch(() => undefined);
      } else {
        await route.continue();
      }
    });
    const slowSent = page.waitForRequest((r) => decodeURIComponent(r.url()).includes('q=σίτιση'));
    await searchBox(page).fill('σίτιση');
    await searchBox(page).press('Enter');
    await slowSent;
    await searchBox(page).fill('καθαριότητα');
    await searchBox(page).press('Enter');
    await resultsHeading(page).filter({ hasText: 'καθαριότητα' }).waitFor();
    releaseSlow();
    await expect.poll(() => aborted.some((url) => url.includes('q=σίτιση'))).toBe(true);
    expect(await resultsHeading(page).textContent()).toContain('καθαριότητα');
    await page.close();
  });

  it('shows an error with a retry when the directory cannot be reached, and recovers', async () => {
    const page = await env.browser.newPage();
    await page.route('**/api/v1/enterprises?*', (route) => route.abort('connectionrefused'));
    await page.goto(`${env.host.origin}/`);
    const error = page.locator('koinsep-directory [part~="error"]');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    await page.unroute('**/api/v1/enterprises?*');
    await page.locator('koinsep-directory [part~="retry"]').click();
    await cards(page).first().waitFor();
    await page.close();
  });

  it('switches between Greek and English, for texts and data, and keeps the choice in the link', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/`);
    await cards(page).first().waitFor();
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await page
      .locator('koinsep-directory label[for="search-input"]')
      .filter({ hasText: 'Search for an enterprise or a service' })
      .waitFor();
    expect(await widget(page).getAttribute('lang')).toBe('en');
    const english = (await env.ctx.app.inject({ url: '/api/v1/enterprises?lang=en&pageSize=10' })).json();
    await expect
      .poll(() => page.locator('koinsep-directory [part~="card"] .meta span').first().textContent())
      .toBe(english.items[0].legalForm.name);
    expect(page.url()).toContain('lang:en');
    await page.reload();
    await page.locator('koinsep-directory [part~="language-switch"]').filter({ hasText: 'Ελληνικά' }).waitFor();
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await page
      .locator('koinsep-directory label[for="search-input"]')
      .filter({ hasText: 'Αναζήτηση επιχείρησης' })
      .waitFor();
    await page.close();
  });

  it('talks to the API named by the `api` attribute when the script and its chunks are hosted elsewhere', async () => {
    const { page, errors, widgetRequests } = await openPage(env.browser, `${env.host.origin}/self-hosted`);
    await cards(page).first().waitFor();
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await page.locator('koinsep-directory [part~="back"]').filter({ hasText: 'Back to results' }).waitFor();
    // The chunks came from next to the self-hosted copy, not from the directory.
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/koinsep-')),
    );
    expect(requests.every((url) => url.startsWith(`${env.host.origin}/vendor/`))).toBe(true);
    expect(widgetRequests).toHaveLength(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the chosen language across "Back to results", the browser\'s Back and Forward', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/`);
    const label = page.locator('koinsep-directory label[for="search-input"]');
    const back = page.locator('koinsep-directory [part~="back"]');
    await searchFor(page, 'καθαριότητα');
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await back.filter({ hasText: 'Back to results' }).waitFor();

    await back.click();
    await cards(page).first().waitFor();
    await resultsHeading(page).filter({ hasText: 'found for' }).waitFor();
    expect(await label.textContent()).toContain('Search for an enterprise or a service');
    expect(await widget(page).getAttribute('lang')).toBe('en');
    expect(page.url()).toContain('lang:en');
    expect(await searchBox(page).inputValue()).toBe('καθαριότητα');

    await page.goForward();
    await back.filter({ hasText: 'Back to results' }).waitFor();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    await page.goBack();
    await resultsHeading(page).filter({ hasText: 'found for' }).waitFor();
    expect(await label.textContent()).toContain('Search for an enterprise or a service');

    // Back to Greek on the results: Forward opens the profile in Greek.
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await label.filter({ hasText: 'Αναζήτηση επιχείρησης' }).waitFor();
    await page.goForward();
    await back.filter({ hasText: 'Πίσω στα αποτελέσματα' }).waitFor();
    expect(await widget(page).getAttribute('lang')).toBe('el');
    expect(page.url()).not.toContain('lang:');
    expect(errors).toEqual([]);
    await page.close();
  });
});
