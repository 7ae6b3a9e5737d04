import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ShellUser } from '../../pages.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import { TEXTS, currentLang, type Lang } from './spreadsheet-labels.ts';
import './koinsep-spreadsheet-import.ts';
import './koinsep-spreadsheet-export.ts';

/** Staff page for moving registry data in and out with spreadsheets (issue 7). */
@customElement('koinsep-import-export-page')
export class KoinsepImportExportPage extends LitElement {
  static override styles = [procurementStyles, css`section { margin-bottom: 2rem; }`];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ attribute: false }) user: ShellUser | null = null;

  override render() {
    const t = TEXTS[this.lang];
    return html`
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <section><koinsep-spreadsheet-import .lang=${this.lang}></koinsep-spreadsheet-import></section>
      <section><koinsep-spreadsheet-export .lang=${this.lang}></koinsep-spreadsheet-export></section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-import-export-page': KoinsepImportExportPage;
  }
}
