import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { placeIcon } from './icons.ts';
import type { DirectoryView } from './hash-state.ts';

/**
 * Above the results: "Map" (issue 16), a toggle button pressed (and filled) while the map
 * shows, and "Open requests for quotes (n)" when the municipality lists some publicly (issue 13;
 * the count comes with the search answer, so it costs no request), which opens their view (it
 * has its own way back). Each view's chunk loads when it is first opened; the first screen
 * carries only the buttons (its 16 kB budget has no room for more).
 */
export function renderViewSwitch(
  view: DirectoryView | '',
  openRequests: number | undefined,
  onView: (view: DirectoryView) => void,
): TemplateResult {
  return html`<button type="button" class="button ${view === 'map' ? '' : 'secondary'}" part="button view-switch" aria-pressed=${view === 'map'} @click=${() => onView('map')}>${placeIcon()}${msg('Χάρτης', { id: 'view.map' })}</button>${
    openRequests && view !== 'requests'
      ? html`<button type="button" class="button secondary" part="button open-requests-switch" @click=${() => onView('requests')}>${msg('Ανοιχτές προσκλήσεις υποβολής προσφορών', { id: 'view.open-requests' })} (${openRequests})</button>`
      : nothing
  }`;
}
