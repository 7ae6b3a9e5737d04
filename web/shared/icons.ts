import { html, svg } from 'lit';

/**
 * Line icons drawn inline (no image requests), for the staff app and, later, the public side
 * (web/widget/icons.ts draws the same way). Always decorative and hidden from assistive
 * technology: the text next to an icon says what it means.
 */
const icon = (paths: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const menuIcon = () => icon(svg`<path d="M4 6h16M4 12h16M4 18h16"/>`);
export const closeIcon = () => icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);
export const checkIcon = () => icon(svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`);
/** A warning triangle: something needs attention soon. */
export const warningIcon = () => icon(svg`<path d="M12 3 2 21h20L12 3z"/><path d="M12 10v5M12 18v.5"/>`);
/** A crossed circle: something is no longer valid. */
export const expiredIcon = () => icon(svg`<circle cx="12" cy="12" r="9"/><path d="m9 9 6 6M15 9l-6 6"/>`);
export const externalIcon = () =>
  icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`);
export const uploadIcon = () => icon(svg`<path d="M12 16V4M7 9l5-5 5 5M4 20h16"/>`);
