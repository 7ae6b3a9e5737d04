import { css } from 'lit';
import { msg, str } from '@lit/localize';
import { formatEuros } from '../../../shared/format.ts';
import type { Lang } from '../../../shared/language.ts';

/** Pieces shared by the request-for-quotes pages (staff and enterprise). */
export const consultationStyles = css`
  fieldset { border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); margin: var(--koinsep-space-4) 0; max-width: 44rem; }
  .field { margin-bottom: var(--koinsep-space-2); }
  .check { display: flex; gap: var(--koinsep-space-2); align-items: center; font-weight: 400; }
  .check input { width: 1.3rem; min-height: 1.3rem; }
  ul.plain { list-style: none; padding: 0; }
  ul.plain > li { padding: var(--koinsep-space-2) 0; border-bottom: 1px solid var(--koinsep-color-border); }
  .criterion { display: grid; gap: var(--koinsep-space-2); grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
  .table-wrap { overflow-x: auto; max-width: 100%; }
  dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: var(--koinsep-space-1) var(--koinsep-space-3); }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; overflow-wrap: anywhere; }
  td.num { text-align: right; white-space: nowrap; }
`;

/** Asks the shell to go to another page of the app (path under /admin/). */
export function navigateTo(element: HTMLElement, path: string): void {
  element.dispatchEvent(new CustomEvent<string>('navigate', { detail: path, bubbles: true, composed: true }));
}

/** "3 requests, 1 award (€16,800.00)": an enterprise's last 12 months, for fair rotation. */
export function rotationText(r: { requests: number; awards: number; awardedNet: string }, lang: Lang): string {
  const net = formatEuros(r.awardedNet, lang);
  return msg(str`${r.requests} αιτήματα, ${r.awards} αναθέσεις (${net})`, { id: 'consultation.rotation' });
}
