import { control, map as leafletMap, tileLayer, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';

/**
 * What the directory's maps share (issue 16): the map on the configured tiles with its zoom
 * buttons, the pin, escaping for Leaflet's HTML options, and the names of the map and its zoom buttons, which follow the language on screen (a language
 * switch while a map is open renames them at once, without drawing the map again).
 */

export interface ControlTexts {
  /** The map region's accessible name. */
  label: string;
  zoomIn: string;
  zoomOut: string;
}

export const escapeText = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A map pin in the accent colour (map-styles.ts), drawn 24 × 32 with its tip at the bottom centre. */
export const PIN = `<svg viewBox="0 0 24 32" width="24" height="32" aria-hidden="true" focusable="false"><path d="M12 0C5.4 0 0 5.3 0 11.9 0 20.8 12 32 12 32s12-11.2 12-20.1C24 5.3 18.6 0 12 0z" class="pin"/><circle cx="12" cy="12" r="4.5" class="pin-dot"/></svg>`;

/** Names the map region and its zoom buttons (Leaflet sets a zoom button's name once, as `title` and `aria-label`). */
export function nameControls(container: HTMLElement, texts: ControlTexts): void {
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', texts.label);
  const buttons: Array<[string, string]> = [
    ['.leaflet-control-zoom-in', texts.zoomIn],
    ['.leaflet-control-zoom-out', texts.zoomOut],
  ];
  for (const [selector, name] of buttons) {
    const button = container.querySelector<HTMLElement>(selector);
    if (!button) continue;
    button.title = name;
    button.setAttribute('aria-label', name);
  }
}

/**
 * A Leaflet map in `container` on the configured tiles, zoom buttons named in the language on
 * screen, no zooming by the mouse wheel (a page scrolls over it).
 */
export function createBaseMap(
  container: HTMLElement,
  tiles: { url: string; attribution: string },
  texts: ControlTexts,
): LeafletMap {
  const view = leafletMap(container, { zoomControl: false, scrollWheelZoom: false });
  control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(view);
  // The attribution is a setting in plain text: Leaflet would read it as HTML.
  tileLayer(tiles.url, { attribution: escapeText(tiles.attribution), maxZoom: 19 }).addTo(view);
  nameControls(container, texts);
  return view;
}
