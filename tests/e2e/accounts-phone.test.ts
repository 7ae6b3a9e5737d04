import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_USERS } from '../helpers/auth.ts';
import { expectAxeClean, signInAsAdmin } from './accounts-support.ts';

/**
 * The staff app on a 360×740 phone in a real Chromium: no sideways scrolling on the users
 * and my-account pages, navigation (behind the menu button) reachable with the keyboard,
 * axe-clean with the shell.
 */
let ctx: TestContext;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true });
  base = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe('the staff app on a phone (360×740)', () => {
  it('has no horizontal scrolling on the users and my-account pages and a keyboard-reachable navigation', async () => {
    const context = await browser.newContext({
      locale: 'el-GR',
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signInAsAdmin(page, base, ctx);
    // A phone widens the layout viewport to fit overflowing content, so innerWidth must still be 360 too.
    const horizontalOverflow = () =>
      page.evaluate(() => Math.max(document.scrollingElement!.scrollWidth, window.innerWidth) - 360);
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);

    // Keyboard only: Tab from the top of a freshly loaded page reaches the menu button (a phone
    // folds the navigation behind it), Enter opens it, Tab reaches the link, Enter follows it.
    await page.reload();
    await page.getByRole('heading', { name: /Καλώς ήρθατε/ }).waitFor();
    const focusedLabel = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return `${element?.closest('nav') ? 'nav ' : ''}${element?.textContent?.trim() ?? ''}`;
      });
    const seen: string[] = [];
    for (let i = 0; i < 15 && !seen.includes('Μενού'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedLabel());
    }
    expect(seen[0]).toBe('Μετάβαση στο περιεχόμενο');
    expect(seen).toContain('Μενού');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 15 && !seen.includes('nav Χρήστες και προσκλήσεις'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedLabel());
    }
    expect(seen).toContain('nav Χρήστες και προσκλήσεις');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Χρήστες και προσκλήσεις' }).waitFor();
    await page.getByRole('cell', { name: new RegExp(`Στέλιος Προμηθειών ${DEMO_USERS.staff}`) }).waitFor();
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/koinsep-users-360.png', fullPage: true });
    await expectAxeClean(page);

    await page.getByRole('button', { name: 'Μενού' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Ο λογαριασμός μου' }).click();
    await page.getByRole('heading', { name: 'Ο λογαριασμός μου' }).waitFor();
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/koinsep-account-360.png', fullPage: true });
    await expectAxeClean(page);
    await context.close();
  });
});
