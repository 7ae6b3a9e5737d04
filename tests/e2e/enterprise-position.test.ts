import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAxeClean } from './accounts-support.ts';
import { SCREENS, SHELL_TEXT, focused, signedInPage, startStaffApp } from './staff-support.ts';
import { startTileServer } from './map-support.ts';

/**
 * The enterprise's position placed on a map in the profile editor (issue 16: "by clicking the
 * map, not typing latitude and longitude"), in real Chromium with tiles from a local tile
 * server, at 360 and 1280 px in Greek and English: a click (a tap on the phone) sets latitude
 * and longitude; the fields move the pin back; keyboard on the pin and the map; axe-clean; and
 * what the map chose reaches the API as the proposal waiting for the municipality.
 */
const tiles = await startTileServer();
const app = startStaffApp({
  demoData: true,
  config: { map: { tileUrl: tiles.tileUrl, attribution: '© Δοκιμαστικός χάρτης' } },
});
afterAll(() => tiles.close());

const TEXT = {
  el: {
    title: 'Το προφίλ μας',
    places: 'Τόποι',
    position: 'Θέση στον χάρτη',
    map: 'Χάρτης για τη θέση της επιχείρησης',
    pin: 'Η θέση της επιχείρησης',
    centre: 'Θέση στο κέντρο του χάρτη',
    lat: 'Γεωγραφικό πλάτος',
    lon: 'Γεωγραφικό μήκος',
    zoomIn: 'Μεγέθυνση',
    placed: 'Η θέση ορίστηκε',
    save: 'Αποθήκευση',
    sent: 'Στάλθηκε για έγκριση',
  },
  en: {
    title: 'Our profile',
    places: 'Places',
    position: 'Position on the map',
    map: 'Map for the enterprise’s position',
    pin: 'The enterprise’s position',
    centre: 'Place at the map’s centre',
    lat: 'Latitude',
    lon: 'Longitude',
    zoomIn: 'Zoom in',
    placed: 'Position set',
    save: 'Save',
    sent: 'Sent for approval',
  },
} as const;

type Text = (typeof TEXT)[keyof typeof TEXT];

const fields = async (page: Page, t: Text) => ({
  lat: Number(await page.getByLabel(t.lat, { exact: true }).inputValue()),
  lon: Number(await page.getByLabel(t.lon, { exact: true }).inputValue()),
});

/** Where the pin's tip is on the screen. */
async function pinTip(page: Page, t: Text) {
  const box = (await page.getByRole('button', { name: t.pin }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height };
}

describe('the position on the map in the profile editor', () => {
  it.each(SCREENS)(
    'at $width px in $lang: a click on the map sets the fields, the fields move the pin, saved as a proposal',
    async ({ width, lang }) => {
      const t = TEXT[lang];
      const phone = width < 600;
      const page = await signedInPage(app, { who: 'manager2', width, lang });
      await page.goto(`${app.base}/admin/my-enterprise`);
      await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
      // Leaflet is not loaded while the places are a hidden tab.
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      const tilesBefore = tiles.requests.length;
      await page.getByRole('tab', { name: t.places }).click();

      // The map loads once its box scrolls into view.
      await page.getByRole('group', { name: t.position }).scrollIntoViewIfNeeded();
      const map = page.getByRole('region', { name: t.map });
      await map.locator('.leaflet-tile-loaded').first().waitFor();
      expect(tiles.requests.length).toBeGreaterThan(tilesBefore);
      expect(requested.some((url) => url.includes('/api/v1/map/tiles'))).toBe(true);
      expect(requested.every((url) => url.startsWith('http://127.0.0.1'))).toBe(true);
      expect(await map.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe(t.zoomIn);
      await expect
        .poll(() => map.locator('.leaflet-control-attribution').textContent())
        .toContain('© Δοκιμαστικός χάρτης');

      // A click (a tap on a phone) up and to the right of the pin: north-east of where it was.
      const start = await fields(page, t);
      const tip = await pinTip(page, t);
      const box = (await map.boundingBox())!;
      const at = {
        x: Math.min(tip.x + 60, box.x + box.width - 20) - box.x,
        y: Math.max(tip.y - 60, box.y + 60) - box.y,
      };
      if (phone) await map.tap({ position: at });
      else await map.click({ position: at });
      await expect.poll(async () => (await fields(page, t)).lat).toBeGreaterThan(start.lat);
      const clicked = await fields(page, t);
      expect(clicked.lon).toBeGreaterThan(start.lon);
      await page.getByRole('status').filter({ hasText: t.placed }).waitFor();
      // The pin is where the click was.
      const moved = await pinTip(page, t);
      expect(Math.abs(moved.x - (box.x + at.x))).toBeLessThan(3);
      expect(Math.abs(moved.y - (box.y + at.y))).toBeLessThan(3);

      // The other way: a latitude typed further north moves the pin up.
      await page.getByLabel(t.lat, { exact: true }).fill((clicked.lat + 0.0005).toFixed(6));
      await expect.poll(async () => (await pinTip(page, t)).y).toBeLessThan(moved.y - 5);

      // Keyboard: on the pin, the arrows move it (and the fields); the button puts it at the map's centre.
      const pin = page.getByRole('button', { name: t.pin });
      const nearCentre = async () => {
        const now = await pinTip(page, t);
        return Math.hypot(now.x - (box.x + box.width / 2), now.y - (box.y + box.height / 2)) < 3;
      };
      const typed = await fields(page, t);
      await pin.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await fields(page, t)).lon).toBeGreaterThan(typed.lon);
      const right = await fields(page, t);
      expect(right.lat).toBe(typed.lat);
      await page.getByRole('button', { name: t.centre }).click();
      await expect.poll(nearCentre).toBe(true);
      expect(await fields(page, t)).not.toEqual(right);
      // On the focused map, Enter does the same (a cross marks the centre).
      await pin.focus();
      await page.keyboard.press('ArrowUp');
      await expect.poll(nearCentre).toBe(false);
      const up = await fields(page, t);
      await map.focus();
      expect(await focused(page)).toMatchObject({ label: t.map });
      await page.keyboard.press('Enter');
      await expect.poll(nearCentre).toBe(true);
      expect((await fields(page, t)).lat).toBeLessThan(up.lat);
      await expectAxeClean(page);

      // Saved: the coordinates a last click chose go to the municipality for approval, like any field.
      const atCentre = await fields(page, t);
      const last = { x: box.width / 2 - 50, y: box.height / 2 + 40 };
      if (phone) await map.tap({ position: last });
      else await map.click({ position: last });
      await expect.poll(async () => (await fields(page, t)).lon).toBeLessThan(atCentre.lon);
      const chosen = await fields(page, t);
      expect(chosen.lat).toBeLessThan(atCentre.lat);
      expect(chosen).not.toEqual({ lat: 38.0228, lon: 23.8005 });
      await page.getByRole('tabpanel', { name: t.places }).getByRole('button', { name: t.save }).click();
      await page.getByRole('status').filter({ hasText: t.sent }).waitFor();
      const mine = await page.request.get(`${app.base}/api/v1/my/enterprise`);
      const body = (await mine.json()) as { pendingChange: { proposed: Record<string, unknown> } | null };
      expect(body.pendingChange?.proposed).toMatchObject({ lat: chosen.lat, lon: chosen.lon });
      // The published position stays until then.
      const row = await app.ctx.handle.db
        .selectFrom('enterprises')
        .select(['lat', 'lon'])
        .where('slug', '=', 'prasini-geitonia')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ lat: 38.0228, lon: 23.8005 });
      await page.context().close();
    },
  );

  it('the map speaks the language the app switches to, at once', async () => {
    const page = await signedInPage(app, { who: 'manager2', width: 1280, lang: 'el' });
    await page.goto(`${app.base}/admin/my-enterprise`);
    await page.getByRole('tab', { name: TEXT.el.places }).click();
    await page.getByRole('group', { name: TEXT.el.position }).scrollIntoViewIfNeeded();
    const zoomIn = page.locator('.leaflet-control-zoom-in');
    await zoomIn.waitFor();
    expect(await zoomIn.getAttribute('title')).toBe(TEXT.el.zoomIn);
    await page.getByRole('button', { name: SHELL_TEXT.el.otherLanguage }).click();
    await page.getByRole('region', { name: TEXT.en.map }).waitFor();
    expect(await zoomIn.getAttribute('title')).toBe(TEXT.en.zoomIn);
    await page.getByRole('button', { name: TEXT.en.pin }).waitFor();
    await page.context().close();
  });
});
