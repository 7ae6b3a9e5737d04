import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { UserDto } from '../../../../api/contract.ts';
import { localized, msg } from '@lit/localize';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import './koinsep-spreadsheet-import.ts';
import './koinsep-spreadsheet-export.ts';

/** Staff page for moving registry data in and out with spreadsheets (issue 7). */
@localized()
@customElement('koinsep-import-export-page')
export class KoinsepImportExportPage extends LitElement {
  static override styles = [procurementStyles, css`section { margin-bottom: 2rem; }`];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ attribute: false }) user: UserDto | null = null;

  override render() {
    return html`
      <h1>${msg('Εισαγωγή και εξαγωγή', { id: 'spreadsheets.title' })}</h1>
      <p>${msg('Εισάγετε φορείς και υπηρεσίες από λογιστικό φύλλο (.xlsx ή CSV σε UTF-8) ή εξάγετε το μητρώο.', { id: 'spreadsheets.intro' })}</p>
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
