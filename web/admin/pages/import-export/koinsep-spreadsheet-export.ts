import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ExportEntity } from '../../../../api/contract.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { exportUrl, type ExportFormat } from '../../api/spreadsheets.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import { DEFAULT_EXPORT_COLUMNS, exportColumnNames } from './spreadsheet-columns.ts';

const entityNames = (): Record<ExportEntity, string> => ({
  enterprises: msg('Φορείς', { id: 'spreadsheets.entity-enterprises' }),
  services: msg('Υπηρεσίες', { id: 'spreadsheets.entity-services' }),
});
const formatNames = (): Record<ExportFormat, string> => ({
  xlsx: msg('Excel (.xlsx)', { id: 'spreadsheets.format-xlsx' }),
  'csv-semicolon': msg('CSV με «;» (ελληνικό Excel)', { id: 'spreadsheets.format-csv-semicolon' }),
  'csv-comma': msg('CSV με «,»', { id: 'spreadsheets.format-csv-comma' }),
});

/**
 * Export of enterprises or services (issue 7): what, which format (Greek Excel wants `;`),
 * which columns; the download is a plain link, so the browser handles the file.
 */
@localized()
@customElement('koinsep-spreadsheet-export')
export class KoinsepSpreadsheetExport extends LitElement {
  static override styles = [
    procurementStyles,
    css`
      fieldset { border: 1px solid #c4c4c4; border-radius: 6px; margin: 0 0 1rem; padding: 0.5rem 1rem 0.8rem; }
      legend { font-weight: 700; padding: 0 0.3rem; }
      .choice { display: flex; align-items: center; gap: 0.5rem; font-weight: 400; margin: 0; min-height: 2.75rem; }
      .choice input { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0; flex: none; }
      .options { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
      .columns { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0 1rem; margin: 0; padding: 0; list-style: none; }
      .all { border-bottom: 1px solid #c4c4c4; margin-bottom: 0.3rem; font-weight: 600; }
      a.button.primary { background: #1d4f91; color: #fff; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _entity: ExportEntity = 'enterprises';
  @state() private _format: ExportFormat = 'xlsx';
  @state() private _chosen: { [E in ExportEntity]: Set<string> } = {
    enterprises: new Set(DEFAULT_EXPORT_COLUMNS.enterprises),
    services: new Set(DEFAULT_EXPORT_COLUMNS.services),
  };

  /** All columns of the chosen entity, in the order offered. */
  private get _columns(): string[] {
    return Object.keys(exportColumnNames()[this._entity]);
  }

  private _label(column: string): string {
    return (exportColumnNames()[this._entity] as Record<string, string>)[column] ?? column;
  }

  private _setChosen(columns: Set<string>) {
    this._chosen = { ...this._chosen, [this._entity]: columns };
  }

  private _toggle(column: string, on: boolean) {
    const next = new Set(this._chosen[this._entity]);
    if (on) next.add(column);
    else next.delete(column);
    this._setChosen(next);
  }

  /** One question answered by radio buttons (native arrow-key behaviour within the group). */
  private _radios<V extends string>(
    name: string,
    legend: string,
    values: V[],
    current: V,
    labels: Record<V, string>,
    choose: (value: V) => void,
  ) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="options">
        ${values.map(
          (
            value,
          ) => html`<label class="choice"><input type="radio" name=${name} value=${value} .checked=${current === value}
            @change=${() => choose(value)} />${labels[value]}</label>`,
        )}
      </div>
    </fieldset>`;
  }

  override render() {
    const all = this._columns;
    // Keep the file's column order the same as the list, whatever order they were ticked in.
    const chosen = all.filter((c) => this._chosen[this._entity].has(c));
    const allOn = chosen.length === all.length;
    const someOn = chosen.length > 0 && !allOn;
    return html`
      <h2>${msg('Εξαγωγή', { id: 'spreadsheets.export-heading' })}</h2>
      ${this._radios('export-entity', msg('Τι θα εξαχθεί', { id: 'spreadsheets.what' }), Object.keys(entityNames()) as ExportEntity[], this._entity, entityNames(), (entity) => (this._entity = entity))}
      ${this._radios('export-format', msg('Μορφή αρχείου', { id: 'spreadsheets.format' }), Object.keys(formatNames()) as ExportFormat[], this._format, formatNames(), (format) => (this._format = format))}
      <fieldset aria-describedby="columns-count">
        <legend>${msg('Στήλες', { id: 'spreadsheets.columns' })}</legend>
        <label class="choice all"><input type="checkbox" .checked=${allOn} .indeterminate=${someOn}
          @change=${(e: Event) => this._setChosen(new Set((e.target as HTMLInputElement).checked ? all : []))} />${msg('Όλες οι στήλες', { id: 'spreadsheets.select-all' })}</label>
        <ul class="columns">
          ${all.map(
            (
              column,
            ) => html`<li><label class="choice"><input type="checkbox" value=${column} .checked=${this._chosen[this._entity].has(column)}
              @change=${(e: Event) => this._toggle(column, (e.target as HTMLInputElement).checked)} />${this._label(column)}</label></li>`,
          )}
        </ul>
        <p class="hint" id="columns-count" aria-live="polite">${msg(str`${chosen.length} από ${all.length} στήλες`, { id: 'spreadsheets.chosen' })}</p>
      </fieldset>
      <p class="actions">
        ${
          chosen.length
            ? html`<a class="button primary" href=${exportUrl(this._entity, this._format, chosen)} download>${msg('Λήψη αρχείου', { id: 'spreadsheets.download' })}</a>`
            : html`<button type="button" class="primary" disabled aria-describedby="no-columns">${msg('Λήψη αρχείου', { id: 'spreadsheets.download' })}</button>`
        }
      </p>
      ${chosen.length ? nothing : html`<p class="error" id="no-columns">${msg('Επιλέξτε τουλάχιστον μία στήλη.', { id: 'spreadsheets.no-columns' })}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-spreadsheet-export': KoinsepSpreadsheetExport;
  }
}
