import { createEnterpriseMap, enterpriseMapCss, type MapPoint, type MapTexts } from '../shared/map/enterprise-map.ts';

/** What the page gives the map, as JSON in `<script type="application/json" id="enterprise-map-data">`. */
export interface PageMapData {
  tiles: { url: string; attribution: string };
  items: MapPoint[];
  lang: 'el' | 'en';
  texts: Omit<MapTexts, 'cluster'> & { cluster: string };
}

/** Draws the public pages' map (Leaflet and the cluster plugin: this chunk) in `container`. */
export function drawPublicMap(container: HTMLElement, data: PageMapData): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(enterpriseMapCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const map = createEnterpriseMap(container, {
    tiles: data.tiles,
    texts: { ...data.texts, cluster: (count) => data.texts.cluster.replace('{count}', String(count)) },
    hrefFor: (slug) => `/enterprises/${encodeURIComponent(slug)}${data.lang === 'en' ? '?lang=en' : ''}`,
  });
  map.show(data.items);
}
