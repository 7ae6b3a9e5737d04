import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  hostHtml,
  openPage,
  widget,
  type WidgetEnvironment,
  startWidgetEnvironment,
} from './widget-support.ts';
import { startTileServer, type TileServer } from './map-support.ts';

/**
 * The widget's map (issue 16), in real Chromium with tiles from a local tile server: a lazy
 * chunk opened by the "Map" toggle, clustered markers, the mapped enterprises as a keyboard
 * list, only public addresses, Greek and English, phone and desktop, axe-clean.
 */
let env: WidgetEnvironment;
let tiles: TileServer;

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

beforeAll(async () => {
  tiles = await startTileServer();
  env = await startWidgetEnvironment({
    config: { map: { tileUrl: tiles.tileUrl, attribution: '© Δοκιμαστικός χάρτης' } },
  });
  env.host.pages.set('/el', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="el"' }) });
  env.host.pages.set('/en', { body: hostHtml({ apiOrigin: env.apiOrigin, attributes: 'lang="en"', lang: 'en' }) });
});

afterAll(async () => {
  await env?.close();
  await tiles?.close();
});

const toggle = (page: Awaited<ReturnType<typeof openPage>>['page']) =>
  page.locator('koinsep-directory [part~="view-switch"]');
const mapList = (page: Awaited<ReturnType<typeof openPage>>['page']) =>
  page.locator('koinsep-directory [part~="map-list"] a');

describe.each(['el', 'en'] as const)('the map in the widget (%s)', (lang) => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(
    'shows clustered markers on tiles from the configured server, and lists them (%s)',
    async (_name, viewport) => {
      const { page, errors, widgetRequests } = await openPage(env.browser, `${env.host.origin}/${lang}`, viewport);
      await page.locator('koinsep-directory [part~="card"]').first().waitFor();
      // The map's chunk is not part of the first screen.
      expect(widgetRequests.some((url) => url.includes('koinsep-map-view.'))).toBe(false);
      const before = tiles.requests.length;
      await toggle(page).click();
      await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
      await page.locator('koinsep-directory .leaflet-tile-loaded').first().waitFor();
      expect(widgetRequests.some((url) => url.includes('koinsep-map-view.'))).toBe(true);
      expect(tiles.requests.length).toBeGreaterThan(before);
      // 45 of the 48 demo enterprises have a public address; at this zoom most sit in clusters.
      await page.locator('koinsep-directory .koinsep-map-cluster').first().waitFor();
      const names = await mapList(page).allTextContents();
      expect(names.length).toBeGreaterThan(20);
      // Enterprises that keep their address private are neither listed nor on the map.
      for (const hidden of ['Διαφάνεια', 'Φροντίδα στην Πολυκατοικία', 'Ήχος και Φως'])
        expect(names).not.toContain(hidden);
      const heading = await page.locator('koinsep-directory #map-list-heading').textContent();
      expect(heading).toContain(lang === 'el' ? 'στον χάρτη' : 'on the map');
      await expect
        .poll(() => page.locator('koinsep-directory .leaflet-control-attribution').textContent())
        .toContain('© Δοκιμαστικός χάρτης');
      expect(await page.locator('koinsep-directory .leaflet-control-zoom-in').getAttribute('title')).toBe(
        lang === 'el' ? 'Μεγέθυνση' : 'Zoom in',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a marker opens a popup that links to the profile', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/${lang}`);
    await toggle(page).click();
    await page.locator('koinsep-directory .koinsep-map-cluster').first().waitFor();
    // Zoom in until single markers show (a click on a cluster zooms to its markers).
    for (let i = 0; i < 6 && !(await page.locator('koinsep-directory .koinsep-map-marker').count()); i++) {
      await page.locator('koinsep-directory .koinsep-map-cluster').first().click();
      await page.waitForTimeout(400);
    }
    const marker = page.locator('koinsep-directory .koinsep-map-marker').first();
    const name = await marker.getAttribute('title');
    await marker.click();
    const link = page.locator('koinsep-directory .leaflet-popup-content a');
    await link.waitFor();
    expect(await page.locator('koinsep-directory .leaflet-popup-content').textContent()).toContain(name!);
    await link.click();
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(await page.locator('koinsep-directory #profile-heading').textContent()).toContain(name!);
    await page.close();
  });
});

describe('the map in the link', () => {
  it('keeps the map open in the hash: Back and Forward and a reload restore it', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/el`);
    await page.locator('koinsep-directory [part~="card"]').first().waitFor();
    await toggle(page).click();
    await mapList(page).first().waitFor();
    expect(await page.evaluate(() => location.hash)).toContain('view:map');
    // A reload opens the map again, without a click.
    await page.reload();
    await mapList(page).first().waitFor();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await page.locator('koinsep-directory .leaflet-tile-loaded').first().waitFor();
    // Back: the list; Forward: the map.
    await toggle(page).click();
    await page.locator('koinsep-directory [part~="card"]').first().waitFor();
    expect(await page.evaluate(() => location.hash)).not.toContain('view:map');
    await page.goBack();
    await mapList(page).first().waitFor();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await page.goBack();
    await page.locator('koinsep-directory [part~="card"]').first().waitFor();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('false');
    await page.goForward();
    await mapList(page).first().waitFor();
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a language switch renames the zoom buttons and the map at once, before the map data in it arrives', async () => {
    const { page, errors } = await openPage(env.browser, `${env.host.origin}/el`);
    await toggle(page).click();
    const zoomIn = page.locator('koinsep-directory .leaflet-control-zoom-in');
    await page.locator('koinsep-directory .koinsep-map-cluster').first().waitFor();
    expect(await zoomIn.getAttribute('title')).toBe('Μεγέθυνση');
    // Hold the English map data: the texts must not wait for it.
    const held: Array<() => Promise<void>> = [];
    await page.route(
      (url) => url.pathname === '/api/v1/map' && url.searchParams.get('lang') === 'en',
      (route) => void held.push(() => route.continue()),
    );
    const canvas = page.locator('koinsep-directory .map-canvas');
    await canvas.evaluate((element) => (element.dataset.drawn = 'before'));
    await page.locator('koinsep-directory [part~="language-switch"]').click();
    await expect.poll(() => zoomIn.getAttribute('title')).toBe('Zoom in');
    expect(await page.locator('koinsep-directory .leaflet-control-zoom-out').getAttribute('aria-label')).toBe(
      'Zoom out',
    );
    expect(await canvas.getAttribute('aria-label')).toBe('Map of enterprises');
    await expect
      .poll(() => page.locator('koinsep-directory .koinsep-map-cluster .koinsep-map-sr').first().textContent())
      .toMatch(/enterprises here: zoom in$/);
    // The same map, not a new one; and the English list once its data comes.
    expect(await canvas.getAttribute('data-drawn')).toBe('before');
    expect(held.length).toBeGreaterThan(0);
    for (const release of held) await release();
    await expect.poll(() => page.locator('koinsep-directory #map-list-heading').textContent()).toContain('on the map');
    expect(await page.evaluate(() => location.hash)).toContain('view:map');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('by keyboard only', () => {
  it('switches to the map, reaches the list of mapped enterprises and opens a profile', async () => {
    const { page } = await openPage(env.browser, `${env.host.origin}/el`);
    await page.locator('koinsep-directory [part~="card"]').first().waitFor();
    await widget(page).locator('[part~="search-input"]').focus();
    let onToggle = false;
    for (let i = 0; i < 20 && !onToggle; i++) {
      await page.keyboard.press('Tab');
      onToggle = await page.evaluate(
        () =>
          document.querySelector('koinsep-directory')?.shadowRoot?.activeElement?.getAttribute('part') ===
          'button view-switch',
      );
    }
    expect(onToggle).toBe(true);
    await page.keyboard.press('Enter');
    await mapList(page).first().waitFor();
    const first = await mapList(page).first().textContent();
    let onListLink = false;
    for (let i = 0; i < 80 && !onListLink; i++) {
      await page.keyboard.press('Tab');
      onListLink = await page.evaluate(() => {
        const active = document.querySelector('koinsep-directory')?.shadowRoot?.activeElement;
        return Boolean(active?.closest('[part~="map-list"]'));
      });
    }
    expect(onListLink).toBe(true);
    const focused = await page.evaluate(
      () => document.querySelector('koinsep-directory')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focused).toBe(first);
    await page.keyboard.press('Enter');
    await page.locator('koinsep-directory [part~="profile"]').waitFor();
    expect(await page.locator('koinsep-directory #profile-heading').textContent()).toContain(first!);
    // Back to the results: the map again, focus on the enterprise that was opened.
    await page.locator('koinsep-directory [part~="back"]').press('Enter');
    await mapList(page).first().waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('koinsep-directory')?.shadowRoot?.activeElement?.textContent),
      )
      .toBe(first);
    await page.close();
  });
});
