import { describe, expect, it } from 'vitest';
import { expectAxeClean, usePublicSite } from './public-support.ts';

/**
 * The residents' home and the directory search (issue 16) in real Chromium, at a phone's and a
 * desktop's width, in Greek and English, with JavaScript off (plain forms and links): search from
 * the home page, filter, page on; axe finds nothing on any of these states.
 */
const site = usePublicSite();

const TEXT = {
  el: {
    search: 'Τι χρειάζεστε;',
    button: 'Αναζήτηση',
    category: 'Κατηγορία',
    apply: 'Εφαρμογή',
    next: 'Επόμενη',
    other: 'English',
  },
  en: {
    search: 'What do you need?',
    button: 'Search',
    category: 'Category',
    apply: 'Apply',
    next: 'Next',
    other: 'Ελληνικά',
  },
} as const;

const SCREENS = [360, 1280].flatMap((width) => (['el', 'en'] as const).map((lang) => ({ width, lang })));

describe('home and search without JavaScript', () => {
  it.each(SCREENS)(
    'at $width px in $lang: search from home, filter by category, next page',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height: 800 },
        locale: lang === 'el' ? 'el-GR' : 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${site.base}/${lang === 'en' ? '?lang=en' : ''}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      const overflow = () => page.evaluate((w) => document.documentElement.scrollWidth - w, width);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // The search box is on the first screen.
      const box = await page.getByLabel(t.search).boundingBox();
      expect(box!.y + box!.height).toBeLessThan(800);

      await page.getByLabel(t.search).fill(lang === 'el' ? 'κήπων' : 'garden');
      await page.getByRole('button', { name: t.button, exact: true }).click();
      await page.waitForURL(/\/enterprises\?q=/);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang === 'en' ? 'en' : null);
      await expect(page.locator('.enterprise-list > li').count()).resolves.toBeGreaterThan(0);

      await page.goto(`${site.base}/enterprises${lang === 'en' ? '?lang=en' : ''}`);
      const option = page.getByLabel(t.category).locator('option').nth(1);
      const value = (await option.getAttribute('value'))!;
      const count = Number(/\((\d+)\)$/.exec((await option.textContent())!)![1]);
      await page.getByLabel(t.category).selectOption(value);
      await page.getByRole('button', { name: t.apply }).click();
      await page.waitForURL(new RegExp(`category=${value}`));
      await expect(page.locator('.enterprise-list > li').count()).resolves.toBe(Math.min(count, 20));
      expect(await overflow()).toBeLessThanOrEqual(0);

      await page.goto(`${site.base}/enterprises${lang === 'en' ? '?lang=en' : ''}`);
      await page.getByRole('link', { name: t.next }).click();
      await page.waitForURL(/page=2/);
      await expect(page.locator('.enterprise-list > li').count()).resolves.toBeGreaterThan(0);
      await context.close();

      // axe needs script in the page; it checks the same server-rendered markup, in every state above.
      const axeContext = await site.browser.newContext({ viewport: { width, height: 800 } });
      const checked = await axeContext.newPage();
      const suffix = lang === 'en' ? '&lang=en' : '';
      for (const path of [
        lang === 'en' ? '/?lang=en' : '/',
        `/enterprises?q=zzzz${suffix}`,
        `/enterprises?category=${value}${suffix}`,
        `/enterprises?page=2${suffix}`,
      ]) {
        await checked.goto(site.base + path);
        await expectAxeClean(checked);
      }
      await axeContext.close();
    },
  );
});
