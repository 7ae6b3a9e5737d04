import { createEnterpriseMap, enterpriseMapCss, type MapPoint, type MapTexts } from '../shared/map/enterprise-map.ts';

/**
 * The map on the public pages (issue 16), as progressive enhancement: the server renders the
 * list of mapped enterprises (links that work without JavaScript) and this data as JSON in
 * `<script type="application/json" id="enterprise-map-data">`; this script draws the map above
 * the list. Built by `vite build --mode site` into dist/site/, served under /assets/map/.
 */
interface PageMapData {
  tiles: { url: string; attribution: string };
  items: MapPoint[];
  lang: 'el' | 'en';
  texts: Omit<MapTexts, 'cluster'> & { cluster: string };
}

const container = document.getElementById('enterprise-map');
const source = document.getElementById('enterprise-map-data');
if (container && source) {
  const data = JSON.parse(source.textContent ?? '{}') as PageMapData;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(enterpriseMapCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  container.hidden = false;
  const map = createEnterpriseMap(container, {
    tiles: data.tiles,
    texts: { ...data.texts, cluster: (count) => data.texts.cluster.replace('{count}', String(count)) },
    hrefFor: (slug) => `/enterprises/${encodeURIComponent(slug)}${data.lang === 'en' ? '?lang=en' : ''}`,
  });
  map.show(data.items);
}
