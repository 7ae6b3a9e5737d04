import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSearch,
  axeViolations,
  cards,
  hostHtml,
  openPage,
  resultsHeading,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Issue 16: on a phone the three filter selects (≈330 px) pushed the first result below the
 * fold. In a container up to 480 px wide they fold behind a "Filters (n)" button; the first
 * result is in the first screen at 360×740, and the filters stay reachable by keyboard.
 */
let env: WidgetEnvironment;
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  env = await startWidgetEnvironment();
  env.host.pages.set('/el', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el"' }) });
  env.host.pages.set('/en', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="en"', lang: 'en' }) });
  env.host.pages.set('/preset', {
    body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el" category="cleaning"' }),
  });
});

afterAll(async () => {
  await env?.close();
});

const toggle = (page: Page) => page.locator('koinsep-directory [part~="filters-toggle"]');
const filters = (page: Page) => page.locator('koinsep-directory [part~="filters"]');
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('koinsep-directory')?.shadowRoot?.activeElement as HTMLElement | null;
    return active
      ? { id: active.id, part: active.getAttribute('part') ?? '', outline: getComputedStyle(active).outlineStyle }
      : null;
  });

describe.each([
  ['el', 'Φίλτρα'],
  ['en', 'Filters'],
] as const)('a phone, 360×740 (%s)', (lang, label) => {
  it('shows the first result in the first screen, with the filters folded behind a button; axe-clean folded and unfolded', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`, PHONE);
    await cards(page).first().waitFor();
    const link = await page.locator('koinsep-directory [part~="card-link"]').first().boundingBox();
    expect(link!.y + link!.height).toBeLessThanOrEqual(PHONE.height);
    expect(await filters(page).isVisible()).toBe(false);
    expect((await toggle(page).textContent())!.trim()).toBe(label);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);

    await toggle(page).click();
    await page.locator('koinsep-directory #filter-area optgroup').first().waitFor({ state: 'attached' });
    expect(await filters(page).isVisible()).toBe(true);
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('filters on a phone, keyboard only', () => {
  it('opens the filters with the keyboard, narrows the results, and counts the filters in use', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/el`, PHONE);
    await cards(page).first().waitFor();
    let now = await focused(page);
    for (let i = 0; i < 20 && now?.part !== 'button filters-toggle'; i++) {
      await page.keyboard.press('Tab');
      now = await focused(page);
    }
    expect(now).toEqual({ id: '', part: 'button filters-toggle', outline: 'solid' });
    await page.keyboard.press('Enter');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('filter-category');

    await page.keyboard.press('ArrowDown');
    const category = await page.locator('koinsep-directory #filter-category').inputValue();
    expect(category).not.toBe('');
    const expected = await apiSearch(env.ctx, { category });
    await expect.poll(() => resultsHeading(page).textContent()).toContain(String(expected.total));
    expect((await toggle(page).textContent())!.trim()).toBe('Φίλτρα (1)');

    // Folding them again keeps the choice, and says so.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await filters(page).isVisible()).toBe(false);
    expect((await toggle(page).textContent())!.trim()).toBe('Φίλτρα (1)');
    await page.close();
  });

  it('counts preset filters on the button', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/preset`, PHONE);
    await cards(page).first().waitFor();
    expect((await toggle(page).textContent())!.trim()).toBe('Φίλτρα (1)');
    await page.close();
  });

  it('shows the filters without a button in a wide container', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/el`, { width: 1280, height: 900 });
    await cards(page).first().waitFor();
    expect(await toggle(page).isVisible()).toBe(false);
    expect(await filters(page).isVisible()).toBe(true);
    await page.close();
  });
});
