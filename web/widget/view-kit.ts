import { css, html, nothing, svg, type CSSResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { icon, checkIcon, orgIcon, placeIcon } from './icons.ts';
import { formatCount, formatDate } from './localization.ts';
import { categoryTags, verifiedLabel } from './render-results.ts';

/**
 * What a lazily loaded view (views/*.ts, one chunk each) gets from the main file. A chunk
 * imports nothing at run time: the page may have loaded the main file from the plain URL,
 * the pinned hashed URL or a self-hosted copy, and an `import` of the main file from a chunk
 * would start a second copy (its own Lit, its own language). So the main file hands its one
 * copy of Lit, the message function and the shared pieces to the view when it loads it.
 * Views import only types (`import type`), which the bundler erases.
 */
export const viewKit = {
  html,
  svg,
  nothing,
  css,
  msg,
  str,
  icon,
  icons: { checkIcon, orgIcon, placeIcon },
  formatCount,
  formatDate,
  verifiedLabel,
  categoryTags,
};

export type ViewKit = typeof viewKit;

/** A lazily loaded view: its own stylesheet (adopted when it arrives) and a render function. */
export interface WidgetView<Model> {
  styles: CSSResult;
  render(model: Model): TemplateResult;
}

/** The shape of a views/*.ts module: `export default (kit) => ({ styles, render })`. */
export interface ViewModule<Model> {
  default(kit: ViewKit): WidgetView<Model>;
}
