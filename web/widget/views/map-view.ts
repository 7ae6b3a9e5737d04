import type { TemplateResult } from 'lit';
import type { MapLocationList } from '../directory-api.ts';
import type { WidgetLang } from '../localization.ts';
import type { DirectoryState } from '../hash-state.ts';
import type { ViewKit, WidgetView } from '../view-kit.ts';
import {
  createEnterpriseMap,
  enterpriseMapCss,
  type EnterpriseMap,
  type MapTexts,
} from '../../shared/map/enterprise-map.ts';

/**
 * The results on a map (issue 16): a chunk of its own with Leaflet and the cluster plugin,
 * loaded only when the visitor opens the map, so the first screen does not grow. Under the map,
 * the mapped enterprises as a list of links: every marker is also reachable by keyboard and
 * screen reader. Only enterprises whose address is public are on the map (the API decides).
 */
export interface MapViewModel {
  lang: WidgetLang;
  /** The directory: the map is drawn in its shadow root, which renders again when the map's data arrives. */
  host: { renderRoot: HTMLElement | DocumentFragment; requestUpdate(): void };
  /** The element's `api` attribute: the directory API's address; else where the script (and so this chunk) came from. */
  api: string | undefined;
  /** The search on screen (the map shows the same enterprises, every page). */
  state: DirectoryState;
  hrefFor(slug: string): string;
  onOpen(event: MouseEvent, slug: string): void;
}

type Answer = { status: 'pending' } | { status: 'error' } | { status: 'complete'; data: MapLocationList };

/** The request for one search, kept for the page's life (a search's map is asked once). */
const answers = new Map<string, Answer>();

function mapUrl(model: MapViewModel): string {
  const { q, category, area, legalForm } = model.state;
  const base = (model.api?.trim() || new URL(import.meta.url).origin).replace(/\/+$/, '');
  const url = new URL(`${base}/api/v1/map`);
  for (const [key, value] of Object.entries({ q, category, area, legalForm, lang: model.lang }))
    if (value) url.searchParams.set(key, value);
  return url.href;
}

/** The map's data for the model's search: asked once, answered through `model.update()`. */
function answerFor(model: MapViewModel): Answer {
  const url = mapUrl(model);
  let answer = answers.get(url);
  if (!answer) {
    answer = { status: 'pending' };
    answers.set(url, answer);
    fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<MapLocationList>) : Promise.reject()))
      .then(
        (data) => answers.set(url, { status: 'complete', data }),
        () => answers.set(url, { status: 'error' }),
      )
      .finally(() => model.host.requestUpdate());
  }
  return answer;
}

export default function mapView(kit: ViewKit): WidgetView<MapViewModel> {
  const { html, nothing, msg, str } = kit;
  /** One Leaflet map per canvas element (a new canvas after a profile was open: a new map). */
  const maps = new WeakMap<HTMLElement, { map: EnterpriseMap; data: MapLocationList; lang: WidgetLang }>();

  /** The map's texts in the language on screen. */
  const texts = (): MapTexts => ({
    label: msg('Χάρτης επιχειρήσεων', { id: 'map.label' }),
    zoomIn: msg('Μεγέθυνση', { id: 'map.zoom-in' }),
    zoomOut: msg('Σμίκρυνση', { id: 'map.zoom-out' }),
    cluster: (count) => msg(str`${count} επιχειρήσεις εδώ: μεγέθυνση`, { id: 'map.cluster' }),
    openProfile: msg('Προφίλ επιχείρησης', { id: 'map.open-profile' }),
  });

  function draw(model: MapViewModel, data: MapLocationList | undefined) {
    const canvas = model.host.renderRoot.querySelector<HTMLElement>('.map-canvas');
    if (!canvas) return;
    const drawn = maps.get(canvas);
    // Another language: the buttons and clusters speak it at once, while the data in it is still on its way.
    if (drawn && drawn.lang !== model.lang) {
      drawn.lang = model.lang;
      drawn.map.setTexts(texts());
    }
    if (!data) return;
    if (!drawn) {
      const map = createEnterpriseMap(canvas, {
        tiles: data.tiles,
        texts: texts(),
        hrefFor: model.hrefFor,
        onOpen: model.onOpen,
      });
      maps.set(canvas, { map, data, lang: model.lang });
      map.show(data.items);
    } else if (drawn.data !== data) {
      drawn.data = data;
      drawn.map.show(data.items);
    }
  }

  function render(model: MapViewModel): TemplateResult {
    const answer = answerFor(model);
    const data = answer.status === 'complete' ? answer.data : undefined;
    // Lit commits this template right after render() returns: draw the map once the canvas is in the shadow root.
    queueMicrotask(() => draw(model, data));
    const n = (count: number) => kit.formatCount(model.lang, count);
    if (answer.status === 'error') {
      const retry = () => {
        answers.delete(mapUrl(model));
        model.host.requestUpdate();
      };
      return html`<div class="message error" part="error" role="alert">
        <p>${msg('Ο χάρτης δεν είναι διαθέσιμος αυτή τη στιγμή', { id: 'map.error' })}</p>
        <button type="button" class="button" part="button retry" @click=${retry}>${msg('Δοκιμάστε ξανά', { id: 'error.retry' })}</button>
      </div>`;
    }
    return html`<div class="map-region" part="map" aria-busy=${data ? 'false' : 'true'}>
      <div class="map-canvas" part="map-canvas"></div>
      ${
        data
          ? html`<h2 id="map-list-heading" class="map-count">${
              data.total === data.items.length
                ? msg(str`${n(data.items.length)} στον χάρτη`, { id: 'map.count-all' })
                : msg(
                    str`${n(data.items.length)} από ${n(data.total)} στον χάρτη (οι υπόλοιπες δεν έχουν δημόσια διεύθυνση)`,
                    {
                      id: 'map.count-some',
                    },
                  )
            }</h2>
            <ul class="map-list" part="map-list" aria-labelledby="map-list-heading">
              ${data.items.map(
                (point) => html`<li>
                  <a part="card-link" data-slug=${point.slug} href=${model.hrefFor(point.slug)} @click=${(event: MouseEvent) => model.onOpen(event, point.slug)}>${point.name}</a>${
                    point.municipality ? html`<span class="muted"> · ${point.municipality}</span>` : nothing
                  }
                </li>`,
              )}
            </ul>`
          : html`<p class="muted">${msg('Φόρτωση χάρτη…', { id: 'map.loading' })}</p>`
      }
    </div>`;
  }

  // Leaflet's stylesheet arrives as text: `css` takes it as a one-part template (no `unsafeCSS` in the main file).
  const text = `${enterpriseMapCss}
    .map-region { flex-basis: 100%; }
    .map-canvas { block-size: min(28rem, 70vh); border: 1px solid var(--koinsep-color-border, #d3d9e0); border-radius: var(--koinsep-radius, 0.5em); z-index: 0; }
    .map-count { font-size: 1em; margin: 1em 0 0.5em; }
    .map-list { margin: 0; padding-inline-start: 1.25em; columns: 16em auto; }
    .map-list li { break-inside: avoid; padding-block: 0.35em; }
    .map-list a { display: inline-block; min-block-size: 1.5em; }
  `;
  const styles = kit.css(Object.assign([text], { raw: [text] }));

  return { styles, render };
}
