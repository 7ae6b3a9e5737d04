import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { placeIcon } from './icons.ts';

/**
 * The list/map switch (issue 16): one toggle button, "Map", pressed (and filled) while the map
 * shows. The map's chunk (views/map-view.ts, with Leaflet) loads when it is first pressed; the
 * first screen carries only this button (its 16 kB budget has no room for more).
 */
export function renderMapToggle(on: boolean, onToggle: () => void): TemplateResult {
  return html`<button type="button" class="button ${on ? '' : 'secondary'}" part="button view-switch" aria-pressed=${on} @click=${onToggle}>${placeIcon()}${msg('Χάρτης', { id: 'view.map' })}</button>`;
}
