import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { SocialValueYear } from '../../../../api/contract.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { councilReportUrl } from '../../api/social-value.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';

type Row = SocialValueYear['byEnterprise'][number];

/**
 * The dashboard's social value (issue 13): next to the year's spend, what the confirmed
 * reports record — people from vulnerable groups, their hours, new hires — by enterprise and
 * by procedure, with the pending reports counted apart, and the council report to download.
 */
@localized()
@customElement('koinsep-social-value-figures')
export class KoinsepSocialValueFigures extends LitElement {
  static override styles = [
    procurementStyles,
    css`
      .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.8rem; margin: 1rem 0; padding: 0; }
      .figures div { border: 1px solid #c4c4c4; border-radius: 6px; padding: 0.6rem 0.8rem; margin: 0; }
      .figures dt { color: #4a4a4a; }
      .figures dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ type: Number }) year = new Date().getFullYear();
  @property({ attribute: false }) socialValue: SocialValueYear | null = null;

  private _number(value: number) {
    return new Intl.NumberFormat(this.lang === 'el' ? 'el-GR' : 'en-GB').format(value);
  }

  private _table(caption: string, header: string, rows: Row[]) {
    return html`<div class="table-scroll">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${header}</th>
            <th scope="col" class="num">${msg('Συμβάσεις', { id: 'dashboard.contracts' })}</th>
            <th scope="col" class="num">${msg('Άτομα', { id: 'social-value.people' })}</th>
            <th scope="col" class="num">${msg('Ώρες', { id: 'social-value.hours' })}</th>
            <th scope="col" class="num">${msg('Προσλήψεις', { id: 'social-value.hires' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${r.label}</th>
                <td class="num">${this._number(r.contracts)}</td>
                <td class="num">${this._number(r.vulnerableWorkers)}</td>
                <td class="num">${this._number(r.vulnerableHours)}</td>
                <td class="num">${this._number(r.newHires)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const value = this.socialValue;
    if (!value) return nothing;
    const t = value.totals;
    return html`<section aria-labelledby="h-social-value">
      <h2 id="h-social-value">${msg('Κοινωνική αξία (επιβεβαιωμένες αναφορές)', { id: 'social-value.dashboard-title' })}</h2>
      <dl class="figures">
        <div>
          <dt>${msg('Άτομα από ευάλωτες ομάδες', { id: 'social-value.figure-people' })}</dt>
          <dd data-figure="vulnerable-workers">${this._number(t.vulnerableWorkers)}</dd>
        </div>
        <div>
          <dt>${msg('Ώρες εργασίας τους', { id: 'social-value.figure-hours' })}</dt>
          <dd data-figure="vulnerable-hours">${this._number(t.vulnerableHours)}</dd>
        </div>
        <div>
          <dt>${msg('Νέες προσλήψεις', { id: 'social-value.figure-hires' })}</dt>
          <dd data-figure="new-hires">${this._number(t.newHires)}</dd>
        </div>
        <div>
          <dt>${msg('Συμβάσεις με αναφορά', { id: 'social-value.figure-contracts' })}</dt>
          <dd>${this._number(t.contractsReporting)}</dd>
        </div>
        <div>
          <dt>${msg('Αναφορές που αναμένουν επιβεβαίωση', { id: 'social-value.figure-pending' })}</dt>
          <dd>${this._number(t.pendingReports)}</dd>
        </div>
      </dl>
      ${
        t.contractsReporting === 0
          ? html`<p>${msg('Καμία επιβεβαιωμένη αναφορά για το έτος.', { id: 'social-value.dashboard-empty' })}</p>`
          : html`${this._table(
              msg('Κοινωνική αξία ανά επιχείρηση', { id: 'social-value.by-enterprise' }),
              msg('Επιχείρηση', { id: 'social-value.enterprise' }),
              value.byEnterprise,
            )}
          ${this._table(
            msg('Κοινωνική αξία ανά διαδικασία ανάθεσης', { id: 'social-value.by-route' }),
            msg('Διαδικασία', { id: 'social-value.route' }),
            value.byRoute,
          )}`
      }
      <p class="actions">
        <a class="button" href=${councilReportUrl(this.year, 'docx', this.lang)} download>
          ${msg('Έκθεση για το δημοτικό συμβούλιο (.docx)', { id: 'social-value.report-docx' })}
        </a>
        <a class="button" href=${councilReportUrl(this.year, 'pdf', this.lang)} download>
          ${msg('Έκθεση για το δημοτικό συμβούλιο (.pdf)', { id: 'social-value.report-pdf' })}
        </a>
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-social-value-figures': KoinsepSocialValueFigures;
  }
}
