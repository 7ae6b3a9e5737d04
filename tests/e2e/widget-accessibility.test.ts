import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  cards,
  hostHtml,
  newPage,
  openPage,
  resultsHeading,
  searchBox,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * WCAG 2.2 AA in real Chromium: axe-core (which reaches into the shadow root) on every
 * state of the widget in both languages, and a visitor who uses only the keyboard.
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

describe.each(['el', 'en'] as const)('axe-core finds no violations (%s)', (lang) => {
  it('in the result list, with filters', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    await page.locator('koinsep-directory #filter-area optgroup').first().waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('in an enterprise profile', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await page.locator('koinsep-directory [part~="card-link"]').first().click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('when nothing matches', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await cards(page).first().waitFor();
    await searchBox(page).fill('ξυλοναυπηγείο');
    await page.locator('koinsep-directory [part~="empty"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('when the directory cannot be reached', async () => {
    const page = await newPage(env.browser);
    await page.route('**/api/v1/**', (route) => route.abort('connectionrefused').catch(() => undefined));
    await page.goto(`${env.host.origin}/${lang}`);
    await page.locator('koinsep-directory [part~="error"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('motion', () => {
  it('animates the loading skeleton only for visitors who have not asked for reduced motion', async () => {
    const skeletonAnimation = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await env.browser.newContext({ reducedMotion });
      const page = await context.newPage();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/v1/enterprises?*', async (route) => {
        await held;
        await route.continue().catch(() => undefined);
      });
      await page.goto(`${env.host.origin}/el`);
      const bone = page.locator('koinsep-directory .bone').first();
      await bone.waitFor();
      const animation = await bone.evaluate((el) => getComputedStyle(el).animationName);
      release();
      await context.close();
      return animation;
    };
    expect(await skeletonAnimation('reduce')).toBe('none');
    expect(await skeletonAnimation('no-preference')).toBe('shimmer');
  });
});

describe('keyboard only', () => {
  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.querySelector('koinsep-directory')?.shadowRoot?.activeElement as HTMLElement | null;
      return active
        ? {
            id: active.id,
            part: active.getAttribute('part') ?? '',
            text: active.textContent?.trim() ?? '',
            outline: getComputedStyle(active).outlineStyle,
          }
        : null;
    });

  async function tabUntil(page: Page, predicate: (f: Awaited<ReturnType<typeof focused>>) => boolean, shift = false) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
      const now = await focused(page);
      if (predicate(now)) return now;
    }
    throw new Error('focus never got there');
  }

  it('searches, opens a profile, comes back and switches language, with visible focus all the way', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/el`);
    await cards(page).first().waitFor();

    const input = await tabUntil(page, (f) => f?.id === 'search-input');
    expect(input!.outline).toBe('solid');
    await page.keyboard.type('καθαριότητα');
    await page.keyboard.press('Enter');
    await resultsHeading(page).filter({ hasText: 'καθαριότητα' }).waitFor();

    const link = await tabUntil(page, (f) => f?.part === 'card-link');
    await page.keyboard.press('Enter');
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    await expect.poll(async () => (await focused(page))?.id).toBe('profile-heading');
    expect((await focused(page))!.text).toBe(link!.text);

    const back = await tabUntil(page, (f) => f?.part === 'back', true);
    expect(back!.outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.text).toBe(link!.text);
    expect(await searchBox(page).inputValue()).toBe('καθαριότητα');

    await tabUntil(page, (f) => f?.part === 'language-switch', true);
    await page.keyboard.press('Enter');
    await page
      .locator('koinsep-directory label[for="search-input"]')
      .filter({ hasText: 'Search for an enterprise' })
      .waitFor();
    expect((await focused(page))!.text).toBe('Ελληνικά');
    await page.close();
  });
});
