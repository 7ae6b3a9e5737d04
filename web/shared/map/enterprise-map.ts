import {
  divIcon,
  latLngBounds,
  marker,
  type Map as LeafletMap,
  type MarkerCluster,
} from 'leaflet/dist/leaflet-src.esm.js';
import { MarkerClusterGroup } from 'leaflet.markercluster/dist/leaflet.markercluster-src.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css?inline';
import { mapCss } from './map-styles.ts';
import { PIN, createBaseMap, escapeText, nameControls, type ControlTexts } from './map-controls.ts';

/**
 * The enterprises' map (issue 16), one implementation for the widget's map view, the public
 * pages and (the picker) the profile editor: Leaflet 1.9 with clustered markers, tiles from the
 * configured server. It imports no Lit and sets no globals (Leaflet's ES module build and
 * build/markercluster-module.ts), so the widget can load it as a chunk on any host page.
 *
 * A map is never the only way in: every caller also lists the mapped enterprises as links.
 */

export interface MapPoint {
  slug: string;
  name: string;
  lat: number;
  lon: number;
  municipality: string | null;
}

export interface MapTexts extends ControlTexts {
  /** "12 enterprises here: zoom in" for a cluster of `count`. */
  cluster(count: number): string;
  /** Link text in a marker's popup. */
  openProfile: string;
}

export interface EnterpriseMapOptions {
  tiles: { url: string; attribution: string };
  texts: MapTexts;
  /** The profile's address (a real link: new tab, copy). */
  hrefFor(slug: string): string;
  /** A plain click on a popup's link (the widget opens the profile in place); absent = follow the link. */
  onOpen?(event: MouseEvent, slug: string): void;
}

/** Leaflet's and the cluster plugin's stylesheets plus ours, as one text (a document or a shadow root adopts it). */
export const enterpriseMapCss = `${leafletCss}\n${clusterCss}\n${mapCss}`;

/** Greece, for a map with nothing on it. */
const GREECE: [[number, number], [number, number]] = [
  [34.8, 19.3],
  [41.8, 28.3],
];

export function createEnterpriseMap(container: HTMLElement, options: EnterpriseMapOptions) {
  /** The texts in the language on screen (setTexts replaces them: new clusters and popups use them). */
  let texts = options.texts;
  const view: LeafletMap = createBaseMap(container, options.tiles, texts);

  const clusters = new MarkerClusterGroup({
    showCoverageOnHover: false,
    iconCreateFunction: (cluster: MarkerCluster) => {
      const count = cluster.getChildCount();
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      return divIcon({
        // The count is drawn from data-count (CSS ::after): seen, not read twice; the words are for screen readers.
        html: `<span class="koinsep-map-count" data-count="${count}" aria-hidden="true"></span><span class="koinsep-map-sr">${escapeText(texts.cluster(count))}</span>`,
        className: `koinsep-map-cluster koinsep-map-cluster-${size}`,
        iconSize: [44, 44],
      });
    },
  });
  // Enter or Space on a focused cluster does what a click does: zoom in to its markers.
  clusters.on('clusterkeypress', (event) => {
    const key = (event as unknown as { originalEvent: KeyboardEvent }).originalEvent.key;
    if (key === 'Enter' || key === ' ') (event as unknown as { layer: MarkerCluster }).layer.zoomToBounds();
  });
  view.addLayer(clusters);

  function popupContent(point: MapPoint): HTMLElement {
    const box = document.createElement('div');
    const name = document.createElement('strong');
    name.textContent = point.name;
    box.append(name);
    if (point.municipality) {
      const place = document.createElement('div');
      place.textContent = point.municipality;
      box.append(place);
    }
    const link = document.createElement('a');
    link.href = options.hrefFor(point.slug);
    link.dataset.slug = point.slug;
    link.textContent = texts.openProfile;
    link.addEventListener('click', (event) => options.onOpen?.(event, point.slug));
    box.append(link);
    return box;
  }

  /** Shows these points (replacing the last ones) and fits the map to them. */
  function show(points: MapPoint[]) {
    clusters.clearLayers();
    clusters.addLayers(
      points.map((point) =>
        marker([point.lat, point.lon], {
          title: point.name,
          alt: point.name,
          icon: divIcon({
            html: `${PIN}<span class="koinsep-map-sr">${escapeText(point.name)}</span>`,
            className: 'koinsep-map-marker',
            iconSize: [24, 32],
            iconAnchor: [12, 32],
            popupAnchor: [0, -28],
          }),
        }).bindPopup(() => popupContent(point)),
      ),
    );
    if (points.length)
      view.fitBounds(latLngBounds(points.map((p) => [p.lat, p.lon])), { padding: [32, 32], maxZoom: 15 });
    else view.fitBounds(GREECE);
  }

  /** The language changed: rename the map and its buttons, redraw the clusters' words; an open popup closes. */
  function setTexts(next: MapTexts) {
    if (next === texts) return;
    texts = next;
    nameControls(container, texts);
    view.closePopup();
    clusters.refreshClusters();
  }

  return {
    show,
    setTexts,
    /** After the container changed size (shown, or the layout moved). */
    resize: () => view.invalidateSize(),
    destroy: () => view.remove(),
  };
}

export type EnterpriseMap = ReturnType<typeof createEnterpriseMap>;
