import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import { getHistory, getStaffEnterprise, listStaffEnterprises, verifyEnterprise, type HistoryItem, type StaffEnterprise, type StaffEnterpriseListItem } from '../my-enterprise/self-service-api.ts';
import { DOCUMENT_KINDS, DOCUMENT_STATES, fieldLabel, formatDateTime, type Lang } from '../my-enterprise/self-service-labels.ts';

const T = {
  el: {
    title: 'Φάκελοι επιχειρήσεων',
    intro: 'Επαλήθευση προφίλ και πλήρες ιστορικό αλλαγών (ποιος, πότε, ποιο πεδίο, παλιά και νέα τιμή).',
    search: 'Αναζήτηση (όνομα, ΑΦΜ)',
    name: 'Επιχείρηση',
    verified: 'Επαλήθευση',
    pending: 'Αιτήματα',
    open: 'Άνοιγμα',
    never: 'ποτέ',
    stale: 'παλιά (πάνω από 12 μήνες)',
    verify: 'Επαλήθευση σήμερα',
    verifiedNow: 'Καταγράφηκε η επαλήθευση.',
    history: 'Ιστορικό',
    documents: 'Δικαιολογητικά',
    noDocuments: 'Δεν έχουν ανέβει δικαιολογητικά.',
    download: (name: string) => `Λήψη ${name}`,
    when: 'Πότε',
    who: 'Ποιος',
    what: 'Τι',
    field: 'Πεδίο',
    old: 'Παλιά τιμή',
    new: 'Νέα τιμή',
    back: 'Πίσω στη λίστα',
    noHistory: 'Καμία καταγεγραμμένη αλλαγή.',
    resource: { enterprise: 'Προφίλ', service: 'Υπηρεσία', compliance_document: 'Δικαιολογητικό', logo: 'Λογότυπο' } as Record<string, string>,
  },
  en: {
    title: 'Enterprise records',
    intro: 'Verify profiles and read the full change history (who, when, which field, old and new value).',
    search: 'Search (name, ΑΦΜ)',
    name: 'Enterprise',
    verified: 'Verification',
    pending: 'Requests',
    open: 'Open',
    never: 'never',
    stale: 'stale (over 12 months)',
    verify: 'Verify today',
    verifiedNow: 'The verification was recorded.',
    history: 'History',
    documents: 'Compliance documents',
    noDocuments: 'No documents uploaded.',
    download: (name: string) => `Download ${name}`,
    when: 'When',
    who: 'Who',
    what: 'What',
    field: 'Field',
    old: 'Old value',
    new: 'New value',
    back: 'Back to the list',
    noHistory: 'No recorded change.',
    resource: { enterprise: 'Profile', service: 'Service', compliance_document: 'Document', logo: 'Logo' } as Record<string, string>,
  },
};

/** Staff: enterprises with verification state, one enterprise's verification and history (issue 5). */
@customElement('koinsep-enterprise-records-page')
export class KoinsepEnterpriseRecordsPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = 'el';
  @state() private _q = '';
  @state() private _items: StaffEnterpriseListItem[] = [];
  @state() private _open: StaffEnterprise | null = null;
  @state() private _history: HistoryItem[] = [];
  @state() private _message = '';
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._search();
  }

  private async _search() {
    try {
      this._items = (await listStaffEnterprises(this._q)).items;
    } catch (error) {
      this._error = (error as Error).message;
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
      const { data } = await verifyEnterprise(this._open!.slug);
      this._open = data;
      this._history = (await getHistory(data.slug)).items;
      this._message = T[this.lang].verifiedNow;
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _verification(v: { assuredDate: string | null; stale: boolean }) {
    const t = T[this.lang];
    return v.assuredDate ? `${v.assuredDate}${v.stale ? ` — ${t.stale}` : ''}` : t.never;
  }

  override render() {
    const t = T[this.lang];
    const open = this._open;
    return html`<h1>${t.title}</h1>
      <p class="hint">${t.intro}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${open
        ? html`<section aria-labelledby="record-title">
            <h2 id="record-title" tabindex="-1">${open.profile.tradeName ?? open.profile.legalName}</h2>
            <p>${t.verified}: <strong>${this._verification(open.verification)}</strong></p>
            <div class="actions"><button class="primary" @click=${this._verify}>${t.verify}</button><button @click=${() => (this._open = null)}>${t.back}</button></div>
            <h3>${t.documents}</h3>
            ${open.documents.length === 0
              ? html`<p>${t.noDocuments}</p>`
              : html`<ul>${open.documents.map(
                  (d) => html`<li>${DOCUMENT_KINDS[this.lang][d.kind]}: ${d.validUntil} (${DOCUMENT_STATES[this.lang][d.state]})
                    ${d.files.filter((f) => f.current).map((f) => html` · <a href=${f.downloadUrl} download aria-label=${t.download(f.originalName)}>${f.originalName}</a>`)}</li>`,
                )}</ul>`}
            <h3>${t.history}</h3>
            ${this._history.length === 0
              ? html`<p>${t.noHistory}</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.history}><table>
                  <thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th><th scope="col">${t.field}</th><th scope="col">${t.old}</th><th scope="col">${t.new}</th></tr></thead>
                  <tbody>${this._history.map(
                    (h) => html`<tr>
                      <td>${formatDateTime(h.last_action_date, this.lang)}</td>
                      <td>${h.updated_by_name ?? '—'}</td>
                      <td>${t.resource[h.resource_type] ?? h.resource_type} · ${h.last_action_type}</td>
                      <td>${fieldLabel(h.field_name, this.lang)}</td>
                      <td>${h.previous_value ?? ''}</td>
                      <td>${h.replacement_value ?? ''}</td>
                    </tr>`,
                  )}</tbody>
                </table></div>`}
          </section>`
        : html`<form role="search" @submit=${(e: Event) => (e.preventDefault(), void this._search())}>
              <label for="records-q">${t.search}</label>
              <input id="records-q" type="search" .value=${this._q} @input=${(e: Event) => (this._q = (e.target as HTMLInputElement).value)} />
            </form>
            <div class="table-wrap" tabindex="0" role="region" aria-label=${t.title}><table>
              <thead><tr><th scope="col">${t.name}</th><th scope="col">${t.verified}</th><th scope="col">${t.pending}</th><th scope="col"><span class="visually-hidden">${t.open}</span></th></tr></thead>
              <tbody>${this._items.map(
                (e) => html`<tr>
                  <td>${e.name}</td>
                  <td>${this._verification(e.verification)}</td>
                  <td>${e.pendingChangeRequests}</td>
                  <td><button @click=${() => this._select(e.slug)} aria-label="${t.open}: ${e.name}">${t.open}</button></td>
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
