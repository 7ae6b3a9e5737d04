import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ComplianceOverview } from '../../../../api/contract.ts';
import { formatDate } from '../../../shared/format.ts';
import { currentLang, localText, type Lang } from '../../../shared/language.ts';
import { getComplianceOverview } from '../../api/staff-enterprises.ts';
import { documentKindNames, documentStateNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { errorText } from '../../../shared/api-client.ts';

/** How long a certificate has left, in words. */
function daysLeft(days: number): string {
  if (days < 0) return msg(str`έληξε πριν από ${-days} ημέρες`, { id: 'compliance.expired-ago' });
  if (days === 0) return msg('λήγει σήμερα', { id: 'compliance.expires-today' });
  return msg(str`σε ${days} ημέρες`, { id: 'compliance.expires-in' });
}

/** Staff compliance overview: readiness from the eligibility engine and expiring certificates (issue 5). */
@localized()
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

  @property({ reflect: true }) override lang: Lang = currentLang();
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
      this._error = errorText(error);
    }
  }

  override render() {
    const d = this._data;
    return html`<h1>${msg('Δικαιολογητικά που λήγουν', { id: 'compliance.title' })}</h1>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        d
          ? html`<p class="hint">${msg(str`Για κάθε επιχείρηση: έτοιμη για ανάθεση σήμερα (${localText(d.routeName, this.lang)}) ή τι λείπει, και τα πιστοποιητικά που λήγουν μέσα σε ${d.windowDays} ημέρες ή έχουν λήξει.`, { id: 'compliance.intro' })}</p>
            <p role="status">${msg(str`${d.summary.enterprises} επιχειρήσεις · ${d.summary.ready} έτοιμες · ${d.summary.notReady} με ελλείψεις · ${d.summary.expiring} πιστοποιητικά λήγουν σύντομα · ${d.summary.expired} έχουν λήξει`, { id: 'compliance.summary' })}</p>
            <label class="check"><input type="checkbox" .checked=${this._attention} @change=${(e: Event) => ((this._attention = (e.target as HTMLInputElement).checked), void this._load())} />${msg('Μόνο όσες χρειάζονται προσοχή', { id: 'compliance.only-attention' })}</label>
            <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Δικαιολογητικά που λήγουν', { id: 'compliance.title' })}><table>
              <thead><tr><th scope="col">${msg('Επιχείρηση', { id: 'compliance.enterprise' })}</th><th scope="col">${msg('Ετοιμότητα', { id: 'compliance.ready' })}</th><th scope="col">${msg('Πιστοποιητικά', { id: 'compliance.documents' })}</th></tr></thead>
              <tbody>${d.items.map(
                (item) => html`<tr>
                  <th scope="row">${item.name}</th>
                  <td>${
                    item.ready
                      ? html`${msg('Έτοιμη για ανάθεση σήμερα', { id: 'compliance.yes' })}${item.warnings.length ? html`<ul>${item.warnings.map((w) => html`<li>${localText(w.message, this.lang)}</li>`)}</ul>` : nothing}`
                      : html`${msg('Λείπουν', { id: 'compliance.no' })}:<ul>${item.missing.map((m) => html`<li>${localText(m.message, this.lang)} <span class="hint">(${localText(m.reference, this.lang)})</span></li>`)}</ul>`
                  }</td>
                  <td><ul>${item.documents.map(
                    (doc) =>
                      html`<li class=${doc.state}>${documentKindNames()[doc.kind]}: ${formatDate(doc.validUntil)} — ${documentStateNames()[doc.state]} (${daysLeft(doc.daysLeft)})</li>`,
                  )}</ul></td>
                </tr>`,
              )}</tbody>
            </table></div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-compliance-page': KoinsepCompliancePage;
  }
}
