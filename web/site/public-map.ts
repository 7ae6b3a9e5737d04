import type { PageMapData } from './draw-public-map.ts';

/**
 * The map on the public pages (issue 16), as progressive enhancement: the server renders the
 * list of mapped enterprises (links that work without JavaScript) and the map's data as JSON in
 * `<script type="application/json" id="enterprise-map-data">`; this script draws the map above
 * the list. Built by `vite build --mode site` into dist/site/, served under /assets/map/.
 *
 * This file is all a page loads at first (well under 1 kB): it shows the map's box at its final
 * size at once (nothing moves later) and loads the map itself (Leaflet and the cluster plugin,
 * ~60 kB gzip, draw-public-map.ts) only when the box comes near the screen — it sits under the
 * results, so a phone on a slow network spends nothing on it before the page is usable
 * (Lighthouse performance, issue 16).
 */
const container = document.getElementById('enterprise-map');
const source = document.getElementById('enterprise-map-data');
if (container && source) {
  container.hidden = false;
  const draw = () =>
    void import('./draw-public-map.ts').then(({ drawPublicMap }) =>
      drawPublicMap(container, JSON.parse(source.textContent ?? '{}') as PageMapData),
    );
  if (!('IntersectionObserver' in window)) draw();
  else {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        draw();
      },
      // Start a little before it shows, so the map is usually there when it scrolls in.
      { rootMargin: '100px 0px' },
    );
    near.observe(container);
  }
}
