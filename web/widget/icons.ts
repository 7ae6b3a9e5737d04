import { svg, html } from 'lit';

/** A few line icons drawn inline (no image requests); always decorative, hidden from assistive tech. */
export const icon = (paths: ReturnType<typeof svg>) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${paths}</svg>`;

export const searchIcon = () => icon(svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>`);
export const placeIcon = () =>
  icon(svg`<path d="M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/>`);
export const checkIcon = () => icon(svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`);
export const backIcon = () => icon(svg`<path d="M15 18l-6-6 6-6"/>`);
export const nextIcon = () => icon(svg`<path d="M9 18l6-6-6-6"/>`);
export const orgIcon = () =>
  icon(svg`<path d="M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16M15 9h4a1 1 0 0 1 1 1v11M3 21h18M8 8h3M8 12h3M8 16h3"/>`);
export const filterIcon = () => icon(svg`<path d="M4 6h16M7 12h10M10 18h4"/>`);
