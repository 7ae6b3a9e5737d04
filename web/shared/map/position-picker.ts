import {
  divIcon,
  marker as leafletMarker,
  type LatLng,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { mapCss } from './map-styles.ts';
import { PIN, createBaseMap, escapeText, nameControls, type ControlTexts } from './map-controls.ts';

/**
 * A map to place one point on (issue 16: the enterprise's position in the profile editor,
 * "by clicking the map, not typing latitude and longitude"). Leaflet alone, no cluster plugin:
 * the profile editor loads it as a chunk when the map scrolls into view.
 *
 * - a click or a tap places the pin there; the pin can be dragged;
 * - keyboard: on the map, the arrows move the map (Leaflet) and Enter puts the pin at the centre,
 *   which a cross marks while the map has the focus; on the pin, the arrows move the pin
 *   (Shift: in small steps); `placeAtCentre()` is the same for a visible button;
 * - `setPosition()` shows a position typed elsewhere without reporting it back.
 *
 * Positions are WGS 84 degrees rounded to 6 decimals (about 0.1 m).
 */

export interface Position {
  lat: number;
  lon: number;
}

export interface PositionPickerTexts extends ControlTexts {
  /** The pin's name ("The enterprise's position"). */
  marker: string;
}

export interface PositionPickerOptions {
  tiles: { url: string; attribution: string };
  texts: PositionPickerTexts;
  position: Position | null;
  /** The person placed or moved the pin. */
  onPick(position: Position): void;
}

/** Leaflet's stylesheet and the directory's map look, as one text (a shadow root adopts it). */
export const positionPickerCss = `${leafletCss}\n${mapCss}
.koinsep-map-crosshair {
  position: absolute; inset-block-start: 50%; inset-inline-start: 50%; inline-size: 28px; block-size: 28px;
  margin: -14px 0 0 -14px; z-index: 500; pointer-events: none; display: none;
  background: linear-gradient(#1b2430, #1b2430) center / 2px 100% no-repeat, linear-gradient(#1b2430, #1b2430) center / 100% 2px no-repeat;
  filter: drop-shadow(0 0 1px #ffffff) drop-shadow(0 0 1px #ffffff);
}
.leaflet-container:focus-visible .koinsep-map-crosshair { display: block; }
`;

/** Greece, for a profile without a position yet. */
const GREECE: [[number, number], [number, number]] = [
  [34.8, 19.3],
  [41.8, 28.3],
];
/** How close the map comes to a placed pin: streets and buildings. */
const CLOSE_ZOOM = 16;
/** Pixels an arrow moves the pin (with Shift: 1). */
const STEP = 10;

const round = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
const toPosition = (point: LatLng): Position => ({ lat: round(point.lat), lon: round(point.wrap().lng) });

export function createPositionPicker(container: HTMLElement, options: PositionPickerOptions) {
  let texts = options.texts;
  const view: LeafletMap = createBaseMap(container, options.tiles, texts);
  const crosshair = document.createElement('div');
  crosshair.className = 'koinsep-map-crosshair';
  container.append(crosshair);

  let pin: Marker | null = null;

  const icon = () =>
    divIcon({
      html: `${PIN}<span class="koinsep-map-sr">${escapeText(texts.marker)}</span>`,
      className: 'koinsep-map-marker',
      iconSize: [24, 32],
      iconAnchor: [12, 32],
    });

  /** Puts the pin at `point` (creating it the first time), without reporting. */
  function showPin(point: [number, number] | LatLng) {
    if (pin) {
      pin.setLatLng(point);
      return;
    }
    pin = leafletMarker(point, { draggable: true, autoPan: true, title: texts.marker, icon: icon() }).addTo(view);
    pin.on('dragend', () => options.onPick(toPosition(pin!.getLatLng())));
  }

  /** The person chose `point`: the pin goes there and the page hears of it. */
  function pick(point: LatLng) {
    showPin(point);
    options.onPick(toPosition(point));
  }

  function onPinKey(event: KeyboardEvent) {
    const step = event.shiftKey ? 1 : STEP;
    const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[
      event.key
    ];
    if (!delta || !pin) return;
    event.preventDefault();
    // In unrounded map pixels (latLngToContainerPoint rounds): a move across keeps the latitude exactly.
    const at = view.project(pin.getLatLng());
    const next = view.unproject([at.x + delta[0]!, at.y + delta[1]!]);
    pick(next);
    if (!view.getBounds().pad(-0.1).contains(next)) view.panTo(next);
  }

  view.on('click', (event) => {
    pick(event.latlng);
    // A click on the whole country is only roughly right: come closer, so a drag can refine it.
    if (view.getZoom() < CLOSE_ZOOM - 4) view.setView(event.latlng, view.getZoom() + 4);
  });
  // Enter on the focused map (not on a button or the pin inside it): the pin at the centre, under the cross.
  // The pin's element exists only once the map has a view: its keys are heard here too.
  container.addEventListener('keydown', (event) => {
    if (pin && event.target === pin.getElement()) onPinKey(event);
    else if (event.key === 'Enter' && event.target === container) {
      event.preventDefault();
      pick(view.getCenter());
    }
  });

  /** Shows a position typed in the fields (null: no pin), bringing it into view. */
  function setPosition(position: Position | null) {
    if (!position) {
      pin?.remove();
      pin = null;
      return;
    }
    const current = pin?.getLatLng();
    if (current && round(current.lat) === position.lat && round(current.wrap().lng) === position.lon) return;
    showPin([position.lat, position.lon]);
    if (!view.getBounds().contains([position.lat, position.lon]))
      view.setView([position.lat, position.lon], Math.max(view.getZoom(), CLOSE_ZOOM - 2));
  }

  function setTexts(next: PositionPickerTexts) {
    if (next.label === texts.label && next.marker === texts.marker) return;
    texts = next;
    nameControls(container, texts);
    if (pin) {
      pin.setIcon(icon());
      pin.getElement()?.setAttribute('title', texts.marker);
    }
  }

  if (options.position) {
    showPin([options.position.lat, options.position.lon]);
    view.setView([options.position.lat, options.position.lon], CLOSE_ZOOM);
  } else view.fitBounds(GREECE);

  return {
    setPosition,
    setTexts,
    /** The pin at the centre of the map (for a button next to the map). */
    placeAtCentre: () => pick(view.getCenter()),
    /** After the container changed size (shown, or the layout moved). */
    resize: () => view.invalidateSize(),
    destroy: () => view.remove(),
  };
}

export type PositionPicker = ReturnType<typeof createPositionPicker>;
