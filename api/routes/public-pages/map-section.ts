import { html, jsonForScript, type SafeHtml } from '../../http/html.ts';
import type { MapLocationList } from '../../http/map-schemas.ts';
import type { PageLang } from './page-text.ts';

/**
 * The map on / and /enterprises (issue 16), progressive enhancement: the list of the mapped
 * enterprises (links, with their municipality) is plain HTML and works without JavaScript; the
 * map is drawn above it by /assets/map/public-map.js (web/site/public-map.ts) from the JSON
 * beside it. Only enterprises whose address is public are here (the map service decides).
 */
const MAP_TEXT = {
  el: {
    title: 'Στον χάρτη',
    count: (shown: number, total: number) =>
      shown === total
        ? `${shown} επιχειρήσεις με δημόσια διεύθυνση.`
        : `${shown} από ${total} επιχειρήσεις: οι υπόλοιπες δεν έχουν δημόσια διεύθυνση.`,
    label: 'Χάρτης επιχειρήσεων',
    zoomIn: 'Μεγέθυνση',
    zoomOut: 'Σμίκρυνση',
    cluster: '{count} επιχειρήσεις εδώ: μεγέθυνση',
    openProfile: 'Προφίλ επιχείρησης',
  },
  en: {
    title: 'On the map',
    count: (shown: number, total: number) =>
      shown === total
        ? `${shown} enterprises with a public address.`
        : `${shown} of ${total} enterprises: the others have no public address.`,
    label: 'Map of enterprises',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    cluster: '{count} enterprises here: zoom in',
    openProfile: 'Enterprise profile',
  },
} as const;

const profileHref = (slug: string, lang: PageLang) =>
  `/enterprises/${encodeURIComponent(slug)}${lang === 'en' ? '?lang=en' : ''}`;

export function mapSection(map: MapLocationList | undefined, lang: PageLang): SafeHtml | '' {
  if (!map || map.items.length === 0) return '';
  const t = MAP_TEXT[lang];
  const { title, count, ...texts } = t;
  const data = { tiles: map.tiles, items: map.items, lang, texts };
  return html`<section class="map-section" aria-labelledby="map-title">
<h2 id="map-title">${title}</h2>
<p class="muted">${count(map.items.length, map.total)}</p>
<div id="enterprise-map" class="enterprise-map" hidden></div>
<ul class="map-list">
${map.items.map((item) => html`<li><a href="${profileHref(item.slug, lang)}">${item.name}</a>${item.municipality ? html` <span class="muted">· ${item.municipality}</span>` : ''}</li>`)}
</ul>
<script type="application/json" id="enterprise-map-data">${jsonForScript(data)}</script>
<script type="module" src="/assets/map/public-map.js"></script>
</section>`;
}
