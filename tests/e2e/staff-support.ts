import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../helpers/auth.ts';
import { signInThroughUi } from '../helpers/ui-sign-in.ts';

/**
 * Helpers for the staff app's browser tests at a phone's and a desktop's width, in each
 * language: a signed-in page, the focused element (through shadow roots), the session's end.
 */

export interface StaffApp {
  ctx: TestContext;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  base: string;
}

/** The app on a fresh demo database, listening on 127.0.0.1, and a Chromium: one per test file. */
export function startStaffApp(options: Parameters<typeof createTestApp>[0] = { demoData: true }): StaffApp {
  const app = {} as StaffApp;
  beforeAll(async () => {
    app.ctx = await createTestApp(options);
    app.base = await app.ctx.app.listen({ port: 0, host: '127.0.0.1' });
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.ctx?.close();
  });
  return app;
}

export type Lang = 'el' | 'en';
export const WIDTHS = [360, 1280] as const;
export const LANGS: Lang[] = ['el', 'en'];

/** Every combination of width and language, for `describe.each` / `it.each`. */
export const SCREENS = WIDTHS.flatMap((width) => LANGS.map((lang) => ({ width, lang })));

/** The two buttons of the header that depend on the language: the other language, the menu. */
export const SHELL_TEXT = {
  el: { otherLanguage: 'English', menu: 'Μενού', nav: 'Κύρια πλοήγηση', signOut: 'Αποσύνδεση' },
  en: { otherLanguage: 'Ελληνικά', menu: 'Menu', nav: 'Main navigation', signOut: 'Sign out' },
} as const;

/**
 * A new browser page of `width` (phone: 740 px high, touch; desktop: 800 px), signed in as one of
 * the demo accounts through the app's own forms, with the app switched to `lang`.
 */
export async function signedInPage(
  { browser, ctx, base }: StaffApp,
  options: { who: keyof typeof DEMO_USERS; width: number; lang: Lang },
): Promise<Page> {
  const phone = options.width < 600;
  const context = await browser.newContext({
    locale: options.lang === 'el' ? 'el-GR' : 'en-GB',
    viewport: { width: options.width, height: phone ? 740 : 800 },
    isMobile: phone,
    hasTouch: phone,
  });
  const page = await context.newPage();
  const email = DEMO_USERS[options.who];
  if (options.who === 'admin' || options.who === 'staff') await signInThroughUi(page, base, ctx.handle, email);
  else {
    await page.goto(`${base}/admin/`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Κωδικός πρόσβασης', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Είσοδος' }).click();
  }
  await page.getByRole('heading', { level: 1, name: /Καλώς ήρθατε/ }).waitFor();
  if (options.lang === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
  }
  return page;
}

/** The focused element, looking into shadow roots: its tag, text, accessible attributes. */
export function focused(page: Page): Promise<{
  tag: string;
  text: string;
  id: string;
  expanded: string | null;
  label: string | null;
  inNav: boolean;
  inDialog: boolean;
}> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    const hosts: Element[] = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element);
      element = element.shadowRoot.activeElement;
    }
    const inside = (selector: string) => Boolean(element?.closest(selector) || hosts.some((h) => h.closest(selector)));
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      id: element?.id ?? '',
      expanded: element?.getAttribute('aria-expanded') ?? null,
      label: element?.getAttribute('aria-label') ?? null,
      inNav: inside('nav'),
      // A dialog's body is slotted: in the page's DOM it sits under <koinsep-dialog>, not the <dialog>.
      inDialog: inside('dialog, koinsep-dialog'),
    };
  });
}

/** Presses Tab until the focused element's text is `text` (at most `limit` times); the texts passed. */
export async function tabTo(page: Page, text: string | RegExp, limit = 30): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = (await focused(page)).text;
    seen.push(now);
    if (typeof text === 'string' ? now === text : text.test(now)) return seen;
  }
  throw new Error(`Tab never reached ${String(text)}; passed ${JSON.stringify(seen)}`);
}

/** Ends every session on the server as the idle limit would: the next request answers 401. */
export async function endSessions({ ctx }: StaffApp): Promise<void> {
  await ctx.handle.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
}

/** No sideways scrolling (a phone widens the layout viewport to fit overflowing content, so innerWidth counts too). */
export function horizontalOverflow(page: Page, width: number): Promise<number> {
  return page.evaluate((w) => Math.max(document.scrollingElement!.scrollWidth, window.innerWidth) - w, width);
}
