import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CategoryList, StaffEnterprise } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import {
  getHistory,
  getStaffEnterprise,
  listStaffEnterprises,
  setEnterpriseStatus,
  verifyDocument,
  verifyEnterprise,
  type HistoryItem,
  type StaffEnterpriseListItem,
} from '../../api/staff-enterprises.ts';
import { fieldLabel, showHistoryValue } from '../../labels/field-labels.ts';
import {
  documentKindNames,
  documentStateNames,
  documentVerificationNames,
  enterpriseStatusNames,
  historyActionNames,
  historyResourceNames,
} from '../../labels/lists.ts';
import './koinsep-statutes-facts.ts';
import { adminStyles } from '../../shared-styles.ts';
import { listCategories } from '../../api/directory.ts';
import type { CategoryOffer } from '../../components/koinsep-search-help.ts';
import '../../components/koinsep-search-help.ts';
import './koinsep-staff-enterprise-editor.ts';

/**
 * Staff: enterprises with verification state; one enterprise's verification, publication,
 * every field (koinsep-staff-enterprise-editor) and history (issues 5, 16); registering a new one.
 */
@localized()
@customElement('koinsep-enterprise-records-page')
export class KoinsepEnterpriseRecordsPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _q = '';
  /** The words of the last search (what the list shows), for the search help. */
  @state() private _searched = '';
  /** The list has been loaded once (until then, no "nothing found"). */
  @state() private _loaded = false;
  /** Only enterprises with a service in this category ('' = any). */
  @state() private _category = '';
  @state() private _categories: CategoryList['items'] = [];
  /** Only the enterprises never verified, or verified over 12 months ago (the staff home links here with ?verification=). */
  @state() private _filter: '' | 'never' | 'stale' = '';
  @state() private _items: StaffEnterpriseListItem[] = [];
  @state() private _open: StaffEnterprise | null = null;
  /** The registration form is shown instead of the list. */
  @state() private _creating = false;
  @state() private _history: HistoryItem[] = [];
  @state() private _message = '';
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const wanted = new URLSearchParams(location.search).get('verification');
    this._filter = wanted === 'never' || wanted === 'stale' ? wanted : '';
    void this._search();
    // ?slug= opens one record (the eligibility page links here).
    const slug = new URLSearchParams(location.search).get('slug');
    if (slug) void this._select(slug).catch((error: unknown) => (this._error = errorText(error)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The category names come in the page's language.
    if (changed.has('lang'))
      void listCategories(this.lang).then(
        (list) => (this._categories = list.items),
        () => (this._categories = []),
      );
  }

  private _shown(): StaffEnterpriseListItem[] {
    if (this._filter === 'never') return this._items.filter((e) => !e.verification.verifiedAt);
    if (this._filter === 'stale') return this._items.filter((e) => e.verification.stale);
    return this._items;
  }

  private async _search() {
    try {
      const q = this._q.trim();
      this._items = (await listStaffEnterprises(q, this._category)).items;
      this._searched = q;
      this._loaded = true;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  /** "Did you mean «…»": search the word the directory knows. */
  private async _onSuggestion(event: CustomEvent<string>) {
    this._q = event.detail;
    await this._showResults();
  }

  /** "Show the category «…»": the whole category, without the words. */
  private async _onCategoryOffer(event: CustomEvent<CategoryOffer>) {
    this._q = '';
    this._category = event.detail.id;
    await this._showResults();
  }

  /** Searches anew and moves the focus to the list, which now says what it shows. */
  private async _showResults() {
    await this._search();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#records-list')?.focus();
  }

  private async _select(slug: string) {
    this._message = '';
    [this._open, this._history] = await Promise.all([getStaffEnterprise(slug), getHistory(slug).then((h) => h.items)]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#record-title')?.focus();
  }

  private async _onSaved(event: CustomEvent<StaffEnterprise>) {
    const created = this._creating;
    this._creating = false;
    this._open = event.detail;
    this._history = (await getHistory(event.detail.slug)).items;
    if (created) {
      void this._search();
      this._message = msg('Η επιχείρηση καταχωρίστηκε ως πρόχειρη.', { id: 'staff-editor.created' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#record-title')?.focus();
    }
  }

  private async _setStatus(action: 'publish' | 'hide') {
    this._error = '';
    try {
      this._open = await setEnterpriseStatus(this._open!.slug, action);
      this._history = (await getHistory(this._open.slug)).items;
      void this._search();
      this._message =
        action === 'publish'
          ? msg('Η επιχείρηση δημοσιεύτηκε στον κατάλογο.', { id: 'records.published-now' })
          : msg('Η επιχείρηση κρύφτηκε από το κοινό.', { id: 'records.hidden-now' });
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private _publication(open: StaffEnterprise) {
    const published = open.profile.status === 'published';
    return html`<p>${msg('Κατάσταση δημοσίευσης', { id: 'field.status' })}: <strong>${enterpriseStatusNames()[open.profile.status]}</strong>
        ${published ? html` · <a href="/enterprises/${encodeURIComponent(open.slug)}" target="_blank" rel="noopener">${msg('Δημόσια σελίδα', { id: 'records.public-page' })}<span class="visually-hidden"> (${msg('ανοίγει σε νέα καρτέλα', { id: 'my-enterprise.new-tab' })})</span></a>` : nothing}</p>
      <div class="actions">
        ${
          published
            ? html`<button @click=${() => this._setStatus('hide')}>${msg('Απόκρυψη από το κοινό', { id: 'records.hide' })}</button>`
            : html`<button class="primary" @click=${() => this._setStatus('publish')}>${msg('Δημοσίευση στον κατάλογο', { id: 'records.publish' })}</button>`
        }
      </div>`;
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

  private async _verifyDocument(documentId: string) {
    try {
      this._open = await verifyDocument(this._open!.slug, documentId);
      this._history = (await getHistory(this._open.slug)).items;
      this._message = msg('Καταγράφηκε ο έλεγχος του δικαιολογητικού.', { id: 'records.document-checked' });
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private async _onStatutesSaved(event: CustomEvent<StaffEnterprise>) {
    this._open = event.detail;
    this._history = (await getHistory(event.detail.slug)).items;
    this._message = msg('Καταχωρίστηκαν τα στοιχεία του καταστατικού.', { id: 'records.statutes-saved' });
  }

  private async _startCreating() {
    this._message = '';
    this._creating = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#new-title')?.focus();
  }

  private _verification(v: { assuredDate: string | null; stale: boolean }) {
    return v.assuredDate
      ? `${formatDate(v.assuredDate)}${v.stale ? ` — ${msg('παλιά (πάνω από 12 μήνες)', { id: 'records.stale' })}` : ''}`
      : msg('ποτέ', { id: 'records.never' });
  }

  override render() {
    const open = this._open;
    return html`<h1>${msg('Φάκελοι επιχειρήσεων', { id: 'records.title' })}</h1>
      <p class="hint">${msg('Επαλήθευση προφίλ και πλήρες ιστορικό αλλαγών (ποιος, πότε, ποιο πεδίο, παλιά και νέα τιμή).', { id: 'records.intro' })}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        open
          ? html`<section aria-labelledby="record-title">
            <h2 id="record-title" tabindex="-1">${open.profile.tradeName ?? open.profile.legalName}</h2>
            <p>${msg('Επαλήθευση', { id: 'records.verified' })}: <strong>${this._verification(open.verification)}</strong></p>
            <div class="actions"><button class="primary" @click=${this._verify}>${msg('Επαλήθευση σήμερα', { id: 'records.verify' })}</button><button @click=${() => (this._open = null)}>${msg('Πίσω στη λίστα', { id: 'records.back' })}</button></div>
            ${this._publication(open)}
            <h3>${msg('Στοιχεία', { id: 'records.details' })}</h3>
            <koinsep-staff-enterprise-editor .lang=${this.lang} .enterprise=${open} @enterprise-saved=${this._onSaved}></koinsep-staff-enterprise-editor>
            <h3>${msg('Δικαιολογητικά', { id: 'records.documents' })}</h3>
            ${
              open.documents.length === 0
                ? html`<p>${msg('Δεν έχουν ανέβει δικαιολογητικά.', { id: 'records.no-documents' })}</p>`
                : html`<ul>${open.documents.map(
                    (
                      d,
                    ) => html`<li>${documentKindNames()[d.kind]}: ${formatDate(d.validUntil)} (${documentStateNames()[d.state]}) ·
                    ${d.verifiedAt ? html`${documentVerificationNames().checked} ${formatDate(d.verifiedAt)}` : html`<strong>${documentVerificationNames().unchecked}</strong>`}
                    ${d.files.filter((f) => f.current).map((f) => html` · <a href=${f.downloadUrl} download aria-label=${msg(str`Λήψη ${f.originalName}`, { id: 'records.download' })}>${f.originalName}</a>`)}
                    ${
                      d.verifiedAt
                        ? nothing
                        : html`<button @click=${() => this._verifyDocument(d.id)} aria-label=${msg(str`Ελέγχθηκε: ${documentKindNames()[d.kind]}`, { id: 'records.check-document-named' })}>
                          ${msg('Ελέγχθηκε', { id: 'records.check-document' })}
                        </button>`
                    }</li>`,
                  )}</ul>`
            }
            <h3>${msg('Στοιχεία καταστατικού', { id: 'records.statutes' })}</h3>
            <koinsep-statutes-facts .enterprise=${open} @statutes-saved=${this._onStatutesSaved}></koinsep-statutes-facts>
            <h3>${msg('Ιστορικό', { id: 'records.history' })}</h3>
            ${
              this._history.length === 0
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
                </table></div>`
            }
          </section>`
          : this._creating
            ? html`<section aria-labelledby="new-title">
              <h2 id="new-title" tabindex="-1">${msg('Νέα επιχείρηση', { id: 'staff-editor.new' })}</h2>
              <koinsep-staff-enterprise-editor .lang=${this.lang} @enterprise-saved=${this._onSaved}></koinsep-staff-enterprise-editor>
              <div class="actions"><button @click=${() => (this._creating = false)}>${msg('Πίσω στη λίστα', { id: 'records.back' })}</button></div>
            </section>`
            : html`<div class="actions"><button class="primary" @click=${this._startCreating}>${msg('Νέα επιχείρηση', { id: 'staff-editor.new' })}</button></div>
            <form role="search" @submit=${(e: Event) => (e.preventDefault(), void this._search())}>
              <label for="records-q">${msg('Αναζήτηση (λέξεις, όνομα, ΑΦΜ)', { id: 'records.search' })}</label>
              <input id="records-q" type="search" .value=${this._q} @input=${(e: Event) => (this._q = (e.target as HTMLInputElement).value)} />
              <label for="records-verification">${msg('Επαλήθευση', { id: 'records.verified' })}</label>
              <select id="records-verification" @change=${(e: Event) => (this._filter = (e.target as HTMLSelectElement).value as typeof this._filter)}>
                <option value="" ?selected=${this._filter === ''}>${msg('Όλες', { id: 'records.all' })}</option>
                <option value="never" ?selected=${this._filter === 'never'}>${msg('Ποτέ επαληθευμένες', { id: 'records.only-never' })}</option>
                <option value="stale" ?selected=${this._filter === 'stale'}>${msg('Επαληθευμένες πριν από πάνω από 12 μήνες', { id: 'records.only-stale' })}</option>
              </select>
              <label for="records-category">${msg('Κατηγορία', { id: 'records.category' })}</label>
              <select id="records-category" @change=${(e: Event) => ((this._category = (e.target as HTMLSelectElement).value), void this._search())}>
                <option value="" ?selected=${this._category === ''}>${msg('Όλες', { id: 'records.all' })}</option>
                ${this._categories.map((c) => html`<option value=${c.id} ?selected=${c.id === this._category}>${c.name}</option>`)}
              </select>
              <div class="actions"><button type="submit">${msg('Αναζήτηση', { id: 'records.search-button' })}</button></div>
            </form>
            <koinsep-search-help
              .lang=${this.lang}
              .q=${this._searched}
              .category=${this._category}
              @search-suggestion=${this._onSuggestion}
              @category-offer=${this._onCategoryOffer}
            ></koinsep-search-help>
            ${this._loaded && this._shown().length === 0 ? html`<p>${msg('Δεν βρέθηκαν επιχειρήσεις.', { id: 'records.none' })}</p>` : nothing}
            <div class="table-wrap" id="records-list" tabindex="0" role="region" aria-label=${msg('Φάκελοι επιχειρήσεων', { id: 'records.title' })}><table>
              <thead><tr><th scope="col">${msg('Επιχείρηση', { id: 'records.name' })}</th><th scope="col">${msg('Επαλήθευση', { id: 'records.verified' })}</th><th scope="col">${msg('Αιτήματα', { id: 'records.pending' })}</th><th scope="col"><span class="visually-hidden">${msg('Άνοιγμα', { id: 'records.open' })}</span></th></tr></thead>
              <tbody>${this._shown().map(
                (e) => html`<tr>
                  <td>${e.name}${e.status === 'published' ? nothing : html` <span class="hint">(${enterpriseStatusNames()[e.status]})</span>`}</td>
                  <td>${this._verification(e.verification)}</td>
                  <td>${e.pendingChangeRequests}</td>
                  <td><button @click=${() => this._select(e.slug)} aria-label="${msg('Άνοιγμα', { id: 'records.open' })}: ${e.name}">${msg('Άνοιγμα', { id: 'records.open' })}</button></td>
                </tr>`,
              )}</tbody>
            </table></div>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-records-page': KoinsepEnterpriseRecordsPage;
  }
}
