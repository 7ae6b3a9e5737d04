import { describe, expect, it } from 'vitest';
import { expectAxeClean, usePublicSite } from './public-support.ts';

/**
 * /docs, the API reference rendered on the server from the app's OpenAPI document (issue 16),
 * in real Chromium at a phone's and a desktop's width, in Greek and English: the search
 * operation is listed with its parameters, the raw document is one link away, and axe finds nothing.
 */
const site = usePublicSite();

const TEXT = {
  el: {
    title: 'Τεκμηρίωση API',
    parameters: 'Παράμετροι',
    raw: 'Το έγγραφο OpenAPI 3.1 (JSON)',
    skip: 'Μετάβαση στο περιεχόμενο',
  },
  en: {
    title: 'API documentation',
    parameters: 'Parameters',
    raw: 'The OpenAPI 3.1 document (JSON)',
    skip: 'Skip to content',
  },
} as const;

const SCREENS = [360, 1280].flatMap((width) => (['el', 'en'] as const).map((lang) => ({ width, lang })));

describe('API documentation at /docs', () => {
  it.each(SCREENS)(
    'at $width px in $lang: lists GET /api/v1/enterprises with its parameters, axe clean',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      const response = await page.goto(`${site.base}/docs${lang === 'en' ? '?lang=en' : ''}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(t.title);
      expect(await page.evaluate((w) => document.documentElement.scrollWidth - w, width)).toBeLessThanOrEqual(0);

      // The first Tab reaches the skip link, which leads to the content.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(t.skip);

      const search = page.getByRole('region', { name: 'GET /api/v1/enterprises', exact: true });
      await expect(search.getByText('Search published enterprises').count()).resolves.toBe(1);
      await expect(search.getByRole('heading', { level: 4, name: t.parameters }).count()).resolves.toBe(1);
      const rows = search.locator('table tbody tr');
      const names = await rows.locator('th code').allTextContents();
      expect(names).toEqual(
        expect.arrayContaining(['q', 'category', 'cpv', 'area', 'legalForm', 'page', 'pageSize', 'lang']),
      );
      await expect(rows.filter({ has: page.locator('th code', { hasText: /^q$/ }) }).textContent()).resolves.toContain(
        'Free text',
      );
      await expect(search.locator('dt', { hasText: '200' }).count()).resolves.toBe(1);

      // The raw OpenAPI document is one link away and is the same contract.
      const href = await page.getByRole('link', { name: t.raw }).getAttribute('href');
      const spec = (await (await page.request.get(site.base + href!)).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(spec.openapi).toBe('3.1.0');
      expect(spec.paths).toHaveProperty('/api/v1/enterprises');

      await expectAxeClean(page);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
