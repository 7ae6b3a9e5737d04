import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import { getComplianceOverview, type ComplianceOverview } from '../my-enterprise/self-service-api.ts';
import { DOCUMENT_KINDS, DOCUMENT_STATES, type Lang } from '../my-enterprise/self-service-labels.ts';

const T = {
  el: {
    title: 'Δικαιολογητικά που λήγουν',
    intro: (route: string, days: number) => `Για κάθε επιχείρηση: έτοιμη για ανάθεση σήμερα (${route}) ή τι λείπει, και τα πιστοποιητικά που λήγουν μέσα σε ${days} ημέρες ή έχουν λήξει.`,
    onlyAttention: 'Μόνο όσες χρειάζονται προσοχή',
    enterprise: 'Επιχείρηση',
    ready: 'Ετοιμότητα',
    yes: 'Έτοιμη για ανάθεση σήμερα',
    no: 'Λείπουν',
    documents: 'Πιστοποιητικά',
    days: (n: number) => (n < 0 ? `έληξε πριν από ${-n} ημέρες` : n === 0 ? 'λήγει σήμερα' : `σε ${n} ημέρες`),
    summary: (s: ComplianceOverview['summary']) => `${s.enterprises} επιχειρήσεις · ${s.ready} έτοιμες · ${s.notReady} με ελλείψεις · ${s.expiring} πιστοποιητικά λήγουν σύντομα · ${s.expired} έχουν λήξει`,
  },
  en: {
    title: 'Expiring documents',
    intro: (route: string, days: number) => `For each enterprise: ready to award today (${route}) or what is missing, and the certificates that expire within ${days} days or have expired.`,
    onlyAttention: 'Only those that need attention',
    enterprise: 'Enterprise',
    ready: 'Readiness',
    yes: 'Ready to award today',
    no: 'Missing',
    documents: 'Certificates',
    days: (n: number) => (n < 0 ? `expired ${-n} days ago` : n === 0 ? 'expires today' : `in ${n} days`),
    summary: (s: ComplianceOverview['summary']) => `${s.enterprises} enterprises · ${s.ready} ready · ${s.notReady} with gaps · ${s.expiring} certificates expiring soon · ${s.expired} expired`,
  },
};

/** Staff compliance overview: readiness from the eligibility engine and expiring certificates (issue 5). */
@customElement('koinsep-compliance-page')
export class KoinsepCompliancePage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .check { display: flex; gap: 0.5rem; align-items: center; }
      .check input { width: 1.3rem; min-height: 1.3rem; }
      .expired { color: #a4161a; font-weight: 600; }
      .expiring { color: #8a4b00; font-weight: 600; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = 'el';
  @state() private _attention = true;
  @state() private _data: ComplianceOverview | null = null;
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private async _load() {
    try {
      this._data = await getComplianceOverview(this._attention);
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  override render() {
    const t = T[this.lang];
    const d = this._data;
    return html`<h1>${t.title}</h1>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${d
        ? html`<p class="hint">${t.intro(d.routeName[this.lang], d.windowDays)}</p>
            <p role="status">${t.summary(d.summary)}</p>
            <label class="check"><input type="checkbox" .checked=${this._attention} @change=${(e: Event) => ((this._attention = (e.target as HTMLInputElement).checked), void this._load())} />${t.onlyAttention}</label>
            <div class="table-wrap" tabindex="0" role="region" aria-label=${t.title}><table>
              <thead><tr><th scope="col">${t.enterprise}</th><th scope="col">${t.ready}</th><th scope="col">${t.documents}</th></tr></thead>
              <tbody>${d.items.map(
                (item) => html`<tr>
                  <th scope="row">${item.name}</th>
                  <td>${item.ready
                    ? html`${t.yes}${item.warnings.length ? html`<ul>${item.warnings.map((w) => html`<li>${w.message[this.lang]}</li>`)}</ul>` : nothing}`
                    : html`${t.no}:<ul>${item.missing.map((m) => html`<li>${m.message[this.lang]} <span class="hint">(${m.reference[this.lang]})</span></li>`)}</ul>`}</td>
                  <td><ul>${item.documents.map(
                    (doc) => html`<li class=${doc.state}>${DOCUMENT_KINDS[this.lang][doc.kind]}: ${doc.validUntil} — ${DOCUMENT_STATES[this.lang][doc.state]} (${t.days(doc.daysLeft)})</li>`,
                  )}</ul></td>
                </tr>`,
              )}</tbody>
            </table></div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-compliance-page': KoinsepCompliancePage;
  }
}
