import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { DiffPart } from '../../shared/word-diff.ts';

/**
 * A difference as people read it: removed text struck through in <del>, added text underlined
 * in <ins>, each with a visually hidden "removed:" / "added:" and closing mark for screen
 * readers (which do not announce <del>/<ins> by default), and colour only as a third cue
 * (WCAG 1.4.1). Lists (`items`) show one entry per item.
 */
export function diffView(parts: readonly DiffPart[], options: { items?: boolean } = {}) {
  const separator = options.items ? html`<span class="sep">, </span>` : '';
  return parts.map((part, i) => {
    const sep = i > 0 ? separator : '';
    if (part.kind === 'same') return html`${sep}${part.text}`;
    return part.kind === 'removed'
      ? html`${sep}<del><span class="visually-hidden">${msg('[αφαιρείται:', { id: 'diff.removed' })} </span>${part.text}<span class="visually-hidden">]</span></del>`
      : html`${sep}<ins><span class="visually-hidden">${msg('[προστίθεται:', { id: 'diff.added' })} </span>${part.text}<span class="visually-hidden">]</span></ins>`;
  });
}

/** The key to the marks, said once above the differences (for the eye: screen readers hear the labels in the text). */
export const diffLegend = () =>
  html`<p class="hint" aria-hidden="true">
    ${msg('Σημάδια:', { id: 'diff.legend' })} <ins>${msg('προστίθεται', { id: 'diff.legend-added' })}</ins>, <del>${msg('αφαιρείται', { id: 'diff.legend-removed' })}</del>
  </p>`;

export const diffStyles = css`
  .diff { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 44rem; margin: var(--koinsep-space-2) 0; padding: var(--koinsep-space-3); border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius-small); background: var(--koinsep-color-surface); }
  ins { text-decoration: underline 2px; text-underline-offset: 0.2em; background: var(--koinsep-color-verified-soft); color: var(--koinsep-color-text); }
  del { text-decoration: line-through 2px; background: var(--koinsep-color-danger-soft); color: var(--koinsep-color-text); }
`;
