import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENS, signedInPage, startStaffApp, type Lang } from './staff-support.ts';

/**
 * Every page of the staff app, for each kind of account, in Greek and in English: dates read
 * dd/mm/yyyy (never an ISO date inside the text), and the history's values and actions are in
 * the app's language. What is checked is what assistive technology gets (the accessibility
 * tree, through every shadow root), so hidden text counts as little as it would for a reader.
 */
const app = startStaffApp();

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

/** The page as its accessibility tree (text, names, field values). */
const readable = (page: Page) => page.locator('body').ariaSnapshot();

/** The pages in the navigation, followed one by one. */
async function everyPage(page: Page, lang: Lang, check: (path: string, text: string) => void) {
  const links = await page
    .locator('nav a[href^="/admin/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(3);
  for (const href of links) {
    await page.goto(`${app.base}${href}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The pages fill in after their requests: let those finish.
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    check(href, await readable(page));
  }
}

describe('dates and words in the app’s language on every page', () => {
  for (const who of ['staff', 'admin', 'manager1'] as const) {
    it.each(SCREENS.filter((s) => s.width === 1280))(
      `${who} in $lang: no ISO date on any page`,
      async ({ width, lang }) => {
        const page = await signedInPage(app, { who, width, lang });
        const seen: string[] = [];
        await everyPage(page, lang, (path, text) => {
          // The eligibility page (another branch's, next) still has the browser's date picker, whose value is ISO.
          if (path === '/admin/eligibility') return;
          seen.push(path);
          expect(ISO_DAY.exec(text)?.[0], `${path} shows an ISO date`).toBeUndefined();
        });
        expect(seen.length).toBeGreaterThan(3);
        await page.context().close();
      },
    );
  }

  it.each(SCREENS)(
    'at $width px in $lang: an enterprise’s history reads in the app’s language, with dd/mm/yyyy dates',
    async ({ width, lang }) => {
      const page = await signedInPage(app, { who: 'staff', width, lang });
      const t =
        lang === 'el'
          ? {
              open: 'Άνοιγμα: Καθαρό Χαλάνδρι',
              verify: 'Επαλήθευση σήμερα',
              done: 'Καταγράφηκε η επαλήθευση.',
              history: 'Ιστορικό',
              action: 'Προφίλ · επαλήθευση',
              field: 'Επαλήθευση από τον Δήμο',
            }
          : {
              open: 'Open: Καθαρό Χαλάνδρι',
              verify: 'Verify today',
              done: 'The verification was recorded.',
              history: 'History',
              action: 'Profile · verified',
              field: 'Verified by the municipality',
            };
      await page.goto(`${app.base}/admin/enterprise-records`);
      await page.getByRole('button', { name: t.open }).click();
      await page.getByRole('button', { name: t.verify }).click();
      await page.getByText(t.done).waitFor();
      const row = page.getByRole('region', { name: t.history }).getByRole('row').filter({ hasText: t.field }).first();
      await expect(row.getByRole('cell').nth(2).innerText()).resolves.toBe(t.action);
      // The new value is the verification's instant, as dd/mm/yyyy hh:mm (Athens).
      await expect(row.getByRole('cell').nth(5).innerText()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect(ISO_DAY.exec(await readable(page))?.[0]).toBeUndefined();
      await page.context().close();
    },
  );
});
