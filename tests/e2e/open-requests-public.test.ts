import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatAthensDateTime } from '../../api/domain/consultations/athens-time.ts';
import { callerOf, DEMO_USERS, signIn } from '../helpers/auth.ts';
import { publicListingRequest } from '../helpers/consultation-scene.ts';
import { expectAxeClean } from './public-support.ts';
import {
  axeViolations,
  cards,
  hostHtml,
  newPage,
  openPage,
  startWidgetEnvironment,
  type WidgetEnvironment,
} from './widget-support.ts';

/**
 * Open requests for quotes listed publicly (issue 13, off by default: PUBLIC_CONSULTATIONS), in
 * real Chromium: the public home page lists a published request marked for it (title, deadline
 * in Athens time), and the widget offers it behind a button that the search answer's count
 * brings (no request of its own), in a chunk loaded when opened — Greek and English, 360 px,
 * axe-clean, by keyboard, with the way back. With the setting off neither shows anything.
 */
let env: WidgetEnvironment;
const PHONE = { width: 360, height: 740 };
const TITLE = 'Καθαρισμός 5ου Γυμνασίου';
const UNLISTED = 'Καθαρισμός δημαρχείου';
const deadline = new Date(Date.now() + 48 * 3_600_000);
deadline.setUTCSeconds(0, 0);

beforeAll(async () => {
  env = await startWidgetEnvironment();
  const staff = await signIn(env.ctx.app, DEMO_USERS.staff);
  const call = callerOf(env.ctx.app);
  for (const [title, publicListing] of [
    [TITLE, true],
    [UNLISTED, false],
  ] as const) {
    const created = await call(
      'POST',
      '/api/v1/consultations',
      staff,
      publicListingRequest(deadline, title, publicListing),
    );
    expect(created.statusCode).toBe(201);
    const published = await call('POST', `/api/v1/consultations/${created.json().id}/publish`, staff);
    expect(published.statusCode).toBe(200);
  }
  env.host.pages.set('/el', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el"' }) });
  env.host.pages.set('/en', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="en"', lang: 'en' }) });
});

afterAll(async () => {
  await env?.close();
});

const requestsButton = (page: Page) => page.locator('koinsep-directory [part~="open-requests-switch"]');
const requestCards = (page: Page) => page.locator('koinsep-directory [part~="open-request"]');
const activePart = (page: Page) =>
  page.evaluate(() => document.querySelector('koinsep-directory')?.shadowRoot?.activeElement?.getAttribute('part'));

const TEXT = {
  el: {
    home: 'Ανοιχτές προσκλήσεις υποβολής προσφορών του Δήμου',
    button: 'Ανοιχτές προσκλήσεις υποβολής προσφορών (1)',
    heading: 'Ανοιχτές προσκλήσεις υποβολής προσφορών του Δήμου',
    athens: 'ώρα Ελλάδας',
    category: /καθαρισμού σχολ/i,
    how: /^Για να λάβετε μέρος, εγγραφείτε/,
  },
  en: {
    home: "The municipality's open requests for quotes",
    button: 'Open requests for quotes (1)',
    heading: "The municipality's open requests for quotes",
    athens: 'Athens time',
    category: /school cleaning/i,
    how: /^To take part, register/,
  },
} as const;

describe('with PUBLIC_CONSULTATIONS on', () => {
  beforeAll(() => {
    env.ctx.config.publicConsultations = true;
  });

  describe.each(['el', 'en'] as const)('(%s)', (lang) => {
    const text = TEXT[lang];

    it('the public home page lists the request, with its deadline in Athens time, axe-clean', async () => {
      const page = await newPage(env.browser, PHONE);
      await page.goto(`${env.apiOrigin}/${lang === 'en' ? '?lang=en' : ''}`);
      const section = page.locator('section[aria-labelledby="open-requests-title"]');
      await expect(section.locator('h2').textContent()).resolves.toBe(text.home);
      await expect(section.locator('h3').allTextContents()).resolves.toEqual([TITLE]);
      await expect(section.locator('time').textContent()).resolves.toBe(formatAthensDateTime(deadline));
      await expect(section.textContent()).resolves.not.toContain(UNLISTED);
      await expectAxeClean(page);
      await page.close();
    });

    it('the widget offers it at 360 px, shows it in its lazy view by keyboard, axe-clean, and goes back', async () => {
      const { page, errors, widgetRequests } = await openPage(env.browser, `${env.host.origin}/${lang}`, PHONE);
      const listed: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/v1/open-consultations')) listed.push(request.url());
      });
      await cards(page).first().waitFor();
      await expect(requestsButton(page).textContent()).resolves.toBe(text.button);
      // The first screen neither loads the view nor asks for the list.
      expect(widgetRequests.some((name) => name.startsWith('koinsep-requests-view.'))).toBe(false);
      expect(listed).toEqual([]);

      // Keyboard: Tab reaches the button, Enter opens the view.
      await page.locator('koinsep-directory [part~="search-input"]').focus();
      let onButton = false;
      for (let i = 0; i < 25 && !onButton; i++) {
        await page.keyboard.press('Tab');
        onButton = (await activePart(page)) === 'button open-requests-switch';
      }
      expect(onButton).toBe(true);
      await page.keyboard.press('Enter');
      await requestCards(page).first().waitFor();
      expect(widgetRequests.some((name) => name.startsWith('koinsep-requests-view.'))).toBe(true);
      expect(listed).toEqual([`${env.apiOrigin}/api/v1/open-consultations?lang=${lang}`]);
      expect(decodeURIComponent(new URL(page.url()).hash)).toContain('view:requests');

      const heading = page.locator('koinsep-directory #open-requests-heading');
      await expect(heading.textContent()).resolves.toBe(text.heading);
      await expect(requestCards(page).count()).resolves.toBe(1);
      const request = requestCards(page).first();
      await expect(request.locator('h3').textContent()).resolves.toBe(TITLE);
      await expect(request.locator('time').textContent()).resolves.toBe(formatAthensDateTime(deadline));
      await expect(request.locator('time').getAttribute('datetime')).resolves.toBe(deadline.toISOString());
      await expect(request.textContent()).resolves.toContain(text.athens);
      await expect(request.locator('dd').first().textContent()).resolves.toMatch(text.category);
      const how = request.locator('[part~="how-to-take-part"]');
      await expect(how.textContent()).resolves.toMatch(text.how);
      await expect(how.textContent()).resolves.toContain('Διεύθυνση Παιδείας');
      await expect(how.locator('a').getAttribute('href')).resolves.toMatch(/^http:\/\/.+\/admin\/$/);
      await expect(page.locator('koinsep-directory [part~="root"]').textContent()).resolves.not.toContain(UNLISTED);
      // Nothing spills sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);

      // "Back to results": the list again, focus on the button that opened the view.
      await page.locator('koinsep-directory [part~="back"]').click();
      await cards(page).first().waitFor();
      await expect.poll(() => activePart(page)).toBe('button open-requests-switch');
      expect(decodeURIComponent(new URL(page.url()).hash)).not.toContain('view:requests');

      // The browser's Back and Forward move between the two as well, and a reload keeps the view.
      await page.goBack();
      await requestCards(page).first().waitFor();
      await page.goBack();
      await cards(page).first().waitFor();
      await page.goForward();
      await requestCards(page).first().waitFor();
      await page.reload();
      await requestCards(page).first().waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});

describe('with PUBLIC_CONSULTATIONS off (the default)', () => {
  beforeAll(() => {
    env.ctx.config.publicConsultations = false;
  });

  it('the public home page shows no request', async () => {
    for (const path of ['/', '/?lang=en']) {
      const page = await newPage(env.browser, PHONE);
      await page.goto(`${env.apiOrigin}${path}`);
      await page.locator('h1').waitFor();
      await expect(page.locator('#open-requests-title').count()).resolves.toBe(0);
      await expect(page.locator('body').textContent()).resolves.not.toContain(TITLE);
      await page.close();
    }
  });

  it('the widget offers no button, and a link to the view shows none', async () => {
    for (const lang of ['el', 'en'] as const) {
      const { page, errors } = await openPage(env.browser, `${env.host.origin}/${lang}`, PHONE);
      await cards(page).first().waitFor();
      await expect(requestsButton(page).count()).resolves.toBe(0);
      await page.goto(`${env.host.origin}/${lang}#koinsep=view:requests`);
      await page.locator('koinsep-directory #open-requests-heading').waitFor();
      await page.locator('koinsep-directory [part~="open-requests"] [part~="empty"]').waitFor();
      await expect(requestCards(page).count()).resolves.toBe(0);
      await expect(page.locator('koinsep-directory [part~="root"]').textContent()).resolves.not.toContain(TITLE);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
