import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ConsultationStatus, ConsultationSummaryView } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listConsultations } from '../../api/consultations.ts';
import { consultationStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { consultationStyles } from './consultation-styles.ts';

/** Requests for quotes (issue 13), newest first, filtered by status; a new one starts from an eligibility answer. */
@localized()
@customElement('koinsep-consultations-page')
export class KoinsepConsultationsPage extends LitElement {
  static override styles = [adminStyles, consultationStyles];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _status: ConsultationStatus | '' = '';
  @state() private _items: ConsultationSummaryView[] | null = null;
  @state() private _failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private async _load() {
    try {
      this._items = (await listConsultations(this._status ? [this._status] : [])).items;
    } catch (error) {
      this._failure = errorText(error);
    }
  }

  override render() {
    const names = consultationStatusNames();
    return html`<h1>${msg('Αιτήματα προσφορών', { id: 'consultations.title' })}</h1>
      <p class="hint">${msg('Νέο αίτημα: από τη σελίδα «Επιλέξιμοι φορείς», με το κουμπί «Αίτημα προσφορών».', { id: 'consultations.intro' })}</p>
      <div class="field">
        <label for="status">${msg('Κατάσταση', { id: 'consultations.status' })}</label>
        <select id="status" @change=${(e: Event) => ((this._status = (e.target as HTMLSelectElement).value as ConsultationStatus), void this._load())}>
          <option value="">${msg('Όλες', { id: 'consultations.all' })}</option>
          ${(Object.keys(names) as ConsultationStatus[]).map((s) => html`<option value=${s} ?selected=${s === this._status}>${names[s]}</option>`)}
        </select>
      </div>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${
        this._items
          ? this._items.length === 0
            ? html`<p role="status">${msg('Κανένα αίτημα.', { id: 'consultations.none' })}</p>`
            : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Αιτήματα προσφορών', { id: 'consultations.title' })}>
              <table>
                <thead><tr>
                  <th scope="col">${msg('Αντικείμενο', { id: 'consultation.subject' })}</th>
                  <th scope="col">${msg('Κατάσταση', { id: 'consultations.status' })}</th>
                  <th scope="col">${msg('Προθεσμία', { id: 'consultation.deadline' })}</th>
                  <th scope="col">${msg('Προσφορές', { id: 'consultations.offers' })}</th>
                </tr></thead>
                <tbody>${this._items.map(
                  (c) => html`<tr>
                    <th scope="row"><a href=${`/admin/consultation?id=${encodeURIComponent(c.id)}`}>${c.title}</a></th>
                    <td>${names[c.status]}</td>
                    <td>${formatDateTime(c.deadline)}</td>
                    <td class="num">${c.offersReceived}</td>
                  </tr>`,
                )}</tbody>
              </table>
            </div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-consultations-page': KoinsepConsultationsPage;
  }
}
