import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { errorText } from '../../../shared/api-client.ts';
import { formatEuros } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { getStaffOverview, type StaffOverview } from '../../api/staff-overview.ts';
import { adminStyles } from '../../shared-styles.ts';

/**
 * The staff home's counters: what waits for the municipality today — changes to moderate,
 * certificates ending or ended, enterprises never or long ago verified, this year's social
 * spend — each a link to the page (filtered) where it is dealt with.
 */
@localized()
@customElement('koinsep-staff-home')
export class KoinsepStaffHome extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .counters { list-style: none; padding: 0; margin: 0 0 var(--koinsep-space-5); display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr)); gap: var(--koinsep-space-3); }
      .counters a {
        display: flex; flex-direction: column; gap: var(--koinsep-space-1); height: 100%; box-sizing: border-box; padding: var(--koinsep-space-3) var(--koinsep-space-4);
        background: var(--koinsep-color-surface); border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); text-decoration: none; color: var(--koinsep-color-text);
      }
      .counters a:hover { border-color: var(--koinsep-color-accent); }
      .counters a:hover .label { text-decoration: underline; }
      .label { color: var(--koinsep-color-accent); font-weight: 600; }
      .count { font-size: var(--koinsep-font-size-title); font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
      /* A phone: one line per counter, the number at its end. */
      @media (max-width: 40rem) {
        .counters a { flex-direction: row; justify-content: space-between; align-items: center; gap: var(--koinsep-space-3); }
      }
      .attention .count { color: var(--koinsep-color-danger); }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _overview: StaffOverview | null = null;
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    getStaffOverview().then(
      (overview) => (this._overview = overview),
      (error: unknown) => (this._error = errorText(error)),
    );
  }

  private _counter(href: string, label: string, count: string | number, attention = false) {
    return html`<li class=${attention ? 'attention' : ''}><a href=${href}><span class="label">${label}</span> <span class="count">${count}</span></a></li>`;
  }

  override render() {
    const o = this._overview;
    return html`<h2 id="today">${msg('Σε εκκρεμότητα', { id: 'home.today' })}</h2>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        o
          ? html`<ul class="counters" aria-labelledby="today">
            ${this._counter('/admin/moderation', msg('Αλλαγές σε αναμονή ελέγχου', { id: 'home.pending-changes' }), o.pendingChanges, o.pendingChanges > 0)}
            ${this._counter('/admin/compliance', msg(str`Πιστοποιητικά που λήγουν μέσα σε ${o.documents.windowDays} ημέρες`, { id: 'home.expiring' }), o.documents.expiring, o.documents.expiring > 0)}
            ${this._counter('/admin/compliance', msg('Πιστοποιητικά που έχουν λήξει', { id: 'home.expired' }), o.documents.expired, o.documents.expired > 0)}
            ${this._counter('/admin/enterprise-records?verification=never', msg('Επιχειρήσεις που δεν έχουν επαληθευτεί ποτέ', { id: 'home.never-verified' }), o.verification.never)}
            ${this._counter('/admin/enterprise-records?verification=stale', msg('Επαληθευμένες πριν από πάνω από 12 μήνες', { id: 'home.stale' }), o.verification.stale)}
            ${this._counter('/admin/dashboard', msg(str`Κοινωνικές προμήθειες ${o.spend.year} (${o.spend.contracts} συμβάσεις)`, { id: 'home.spend' }), formatEuros(o.spend.net, this.lang))}
          </ul>`
          : this._error
            ? nothing
            : html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-staff-home': KoinsepStaffHome;
  }
}
