import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StaffEnterprise } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { getHistory, getStaffEnterprise, listStaffEnterprises, verifyEnterprise, type HistoryItem, type StaffEnterpriseListItem } from '../../api/staff-enterprises.ts';
import { fieldLabel, showHistoryValue } from '../../labels/field-labels.ts';
import { documentKindNames, documentStateNames, historyActionNames, historyResourceNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';


/** Staff: enterprises with verification state, one enterprise's verification and history (issue 5). */
@localized()
@customElement('koinsep-enterprise-records-page')
export class KoinsepEnterpriseRecordsPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _q = '';
  /** Only the enterprises never verified, or verified over 12 months ago (the staff home links here with ?verification=). */
  @state() private _filter: '' | 'never' | 'stale' = '';
  @state() private _items: StaffEnterpriseListItem[] = [];
  @state() private _open: StaffEnterprise | null = null;
  @state() private _history: HistoryItem[] = [];
  @state() private _message = '';
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const wanted = new URLSearchParams(location.search).get('verification');
    this._filter = wanted === 'never' || wanted === 'stale' ? wanted : '';
    void this._search();
  }

  private _shown(): StaffEnterpriseListItem[] {
    if (this._filter === 'never') return this._items.filter((e) => !e.verification.verifiedAt);
    if (this._filter === 'stale') return this._items.filter((e) => e.verification.stale);
    return this._items;
  }

  private async _search() {
    try {
      this._items = (await listStaffEnterprises(this._q)).items;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private async _select(slug: string) {
    this._message = '';
    [this._open, this._history] = await Promise.all([getStaffEnterprise(slug), getHistory(slug).then((h) => h.items)]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#record-title')?.focus();
  }

  private async _verify() {
    try {
      const enterprise = await verifyEnterprise(this._open!.slug);
      this._open = enterprise;
      this._history = (await getHistory(enterprise.slug)).items;
      this._message = msg('Καταγράφηκε η επαλήθευση.', { id: 'records.verified-now' });
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private _verification(v: { assuredDate: string | null; stale: boolean }) {
    return v.assuredDate ? `${formatDate(v.assuredDate)}${v.stale ? ` — ${msg('παλιά (πάνω από 12 μήνες)', { id: 'records.stale' })}` : ''}` : msg('ποτέ', { id: 'records.never' });
  }

  override render() {
    const open = this._open;
    return html`<h1>${msg('Φάκελοι επιχειρήσεων', { id: 'records.title' })}</h1>
      <p class="hint">${msg('Επαλήθευση προφίλ και πλήρες ιστορικό αλλαγών (ποιος, πότε, ποιο πεδίο, παλιά και νέα τιμή).', { id: 'records.intro' })}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${open
        ? html`<section aria-labelledby="record-title">
            <h2 id="record-title" tabindex="-1">${open.profile.tradeName ?? open.profile.legalName}</h2>
            <p>${msg('Επαλήθευση', { id: 'records.verified' })}: <strong>${this._verification(open.verification)}</strong></p>
            <div class="actions"><button class="primary" @click=${this._verify}>${msg('Επαλήθευση σήμερα', { id: 'records.verify' })}</button><button @click=${() => (this._open = null)}>${msg('Πίσω στη λίστα', { id: 'records.back' })}</button></div>
            <h3>${msg('Δικαιολογητικά', { id: 'records.documents' })}</h3>
            ${open.documents.length === 0
              ? html`<p>${msg('Δεν έχουν ανέβει δικαιολογητικά.', { id: 'records.no-documents' })}</p>`
              : html`<ul>${open.documents.map(
                  (d) => html`<li>${documentKindNames()[d.kind]}: ${formatDate(d.validUntil)} (${documentStateNames()[d.state]})
                    ${d.files.filter((f) => f.current).map((f) => html` · <a href=${f.downloadUrl} download aria-label=${msg(str`Λήψη ${f.originalName}`, { id: 'records.download' })}>${f.originalName}</a>`)}</li>`,
                )}</ul>`}
            <h3>${msg('Ιστορικό', { id: 'records.history' })}</h3>
            ${this._history.length === 0
              ? html`<p>${msg('Καμία καταγεγραμμένη αλλαγή.', { id: 'records.no-history' })}</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Ιστορικό', { id: 'records.history' })}><table>
                  <thead><tr><th scope="col">${msg('Πότε', { id: 'records.when' })}</th><th scope="col">${msg('Ποιος', { id: 'records.who' })}</th><th scope="col">${msg('Τι', { id: 'records.what' })}</th><th scope="col">${msg('Πεδίο', { id: 'records.field' })}</th><th scope="col">${msg('Παλιά τιμή', { id: 'records.old' })}</th><th scope="col">${msg('Νέα τιμή', { id: 'records.new' })}</th></tr></thead>
                  <tbody>${this._history.map(
                    (h) => html`<tr>
                      <td>${formatDateTime(h.last_action_date)}</td>
                      <td>${h.updated_by_name ?? '—'}</td>
                      <td>${historyResourceNames()[h.resource_type] ?? h.resource_type} · ${historyActionNames()[h.last_action_type] ?? h.last_action_type}</td>
                      <td>${fieldLabel(h.field_name)}</td>
                      <td>${showHistoryValue(h.previous_value)}</td>
                      <td>${showHistoryValue(h.replacement_value)}</td>
                    </tr>`,
                  )}</tbody>
                </table></div>`}
          </section>`
        : html`<form role="search" @submit=${(e: Event) => (e.preventDefault(), void this._search())}>
              <label for="records-q">${msg('Αναζήτηση (όνομα, ΑΦΜ)', { id: 'records.search' })}</label>
              <input id="records-q" type="search" .value=${this._q} @input=${(e: Event) => (this._q = (e.target as HTMLInputElement).value)} />
              <label for="records-verification">${msg('Επαλήθευση', { id: 'records.verified' })}</label>
              <select id="records-verification" @change=${(e: Event) => (this._filter = (e.target as HTMLSelectElement).value as typeof this._filter)}>
                <option value="" ?selected=${this._filter === ''}>${msg('Όλες', { id: 'records.all' })}</option>
                <option value="never" ?selected=${this._filter === 'never'}>${msg('Ποτέ επαληθευμένες', { id: 'records.only-never' })}</option>
                <option value="stale" ?selected=${this._filter === 'stale'}>${msg('Επαληθευμένες πριν από πάνω από 12 μήνες', { id: 'records.only-stale' })}</option>
              </select>
            </form>
            <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Φάκελοι επιχειρήσεων', { id: 'records.title' })}><table>
              <thead><tr><th scope="col">${msg('Επιχείρηση', { id: 'records.name' })}</th><th scope="col">${msg('Επαλήθευση', { id: 'records.verified' })}</th><th scope="col">${msg('Αιτήματα', { id: 'records.pending' })}</th><th scope="col"><span class="visually-hidden">${msg('Άνοιγμα', { id: 'records.open' })}</span></th></tr></thead>
              <tbody>${this._shown().map(
                (e) => html`<tr>
                  <td>${e.name}</td>
                  <td>${this._verification(e.verification)}</td>
                  <td>${e.pendingChangeRequests}</td>
                  <td><button @click=${() => this._select(e.slug)} aria-label="${msg('Άνοιγμα', { id: 'records.open' })}: ${e.name}">${msg('Άνοιγμα', { id: 'records.open' })}</button></td>
                </tr>`,
              )}</tbody>
            </table></div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-records-page': KoinsepEnterpriseRecordsPage;
  }
}
