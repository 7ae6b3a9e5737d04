import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { localized, msg, str } from '@lit/localize';
import { errorText } from '../../../shared/api-client.ts';
import { formatEuros, formatPercent, normaliseMoney } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import {
  getStats,
  setProcurementTotal,
  statsXlsxUrl,
  type SocialProcurementStats,
  type SpendRow,
} from '../../api/stats.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import '../social-value/koinsep-social-value-figures.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type Breakdown = 'byRoute' | 'byCategory' | 'byDepartment';

const breakdownNames = (): Record<Breakdown, string> => ({
  byRoute: msg('Ανά διαδικασία ανάθεσης', { id: 'dashboard.by-route' }),
  byCategory: msg('Ανά κατηγορία υπηρεσίας', { id: 'dashboard.by-category' }),
  byDepartment: msg('Ανά υπηρεσία του δήμου', { id: 'dashboard.by-department' }),
});

/**
 * The social-procurement dashboard (issue 6): a year's spend with social-economy enterprises
 * by route, category and department, as Chart.js bar charts each followed by its data table
 * (the accessible equivalent), the share of all procurement once the total is entered, and
 * the .xlsx export.
 */
@localized()
@customElement('koinsep-dashboard-page')
export class KoinsepDashboardPage extends LitElement {
  static override styles = [
    procurementStyles,
    css`
      .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.8rem; margin: 1rem 0; padding: 0; }
      .figures div { border: 1px solid #c4c4c4; border-radius: 6px; padding: 0.6rem 0.8rem; margin: 0; }
      .figures dt { color: #4a4a4a; } .figures dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
      .chart { position: relative; height: 16rem; max-width: 48rem; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      form.total { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: end; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ type: Number }) year = new Date().getFullYear();

  @state() private _stats: SocialProcurementStats | null = null;
  @state() private _failure: string | null = null;
  @state() private _total = '';
  @state() private _totalError = '';
  @state() private _totalStatus = '';
  private _charts: Chart[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('year') || changed.has('lang')) void this._load();
  }

  private async _load() {
    try {
      this._failure = null;
      this._stats = await getStats(this.year, this.lang);
      this._total = this._stats.procurementTotal?.net ?? '';
    } catch (error) {
      this._stats = null;
      this._failure = `${msg('Δεν φορτώθηκαν τα στοιχεία', { id: 'dashboard.failed' })}: ${errorText(error)}`;
    }
  }

  private async _onSaveTotal(event: SubmitEvent) {
    event.preventDefault();
    const money = normaliseMoney(this._total);
    this._totalStatus = '';
    if (money === null) {
      this._totalError = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'dashboard.invalid-money' });
      return;
    }
    this._totalError = '';
    try {
      this._stats = await setProcurementTotal(this.year, money);
      await this._load();
      this._totalStatus = msg('Αποθηκεύτηκε.', { id: 'dashboard.saved' });
    } catch (error) {
      this._totalError = errorText(error);
    }
  }

  protected override updated(): void {
    for (const chart of this._charts) chart.destroy();
    this._charts = [];
    if (!this._stats) return;
    for (const breakdown of ['byRoute', 'byCategory', 'byDepartment'] as const) {
      const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-breakdown="${breakdown}"]`);
      const rows = this._stats[breakdown];
      if (!canvas || rows.length === 0) continue;
      this._charts.push(
        new Chart(canvas, {
          type: 'bar',
          data: {
            labels: rows.map((r) => r.name),
            datasets: [
              {
                label: msg('Αξία (€)', { id: 'dashboard.value' }),
                data: rows.map((r) => Number(r.net)),
                backgroundColor: '#1d4f91',
              },
            ],
          },
          options: {
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: { x: { ticks: { callback: (v) => formatEuros(String(v), this.lang) } } },
          },
        }),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const chart of this._charts) chart.destroy();
    this._charts = [];
  }

  private _renderBreakdown(breakdown: Breakdown, rows: SpendRow[]) {
    const title = breakdownNames()[breakdown];
    return html`<section aria-labelledby=${`h-${breakdown}`}>
      <h2 id=${`h-${breakdown}`}>${title}</h2>
      ${
        rows.length
          ? html`<div class="chart"><canvas data-breakdown=${breakdown} role="img" aria-label=${msg(str`Διάγραμμα: ${title}. Τα ίδια στοιχεία στον πίνακα που ακολουθεί.`, { id: 'dashboard.chart-of' })}></canvas></div>
            <div class="table-scroll"><table>
              <caption class="visually-hidden">${title}</caption>
              <thead><tr><th scope="col">${msg('Ομάδα', { id: 'dashboard.group' })}</th><th scope="col" class="num">${msg('Αξία (€)', { id: 'dashboard.value' })}</th><th scope="col" class="num">${msg('Συμβάσεις', { id: 'dashboard.contracts' })}</th></tr></thead>
              <tbody>${rows.map((r) => html`<tr><th scope="row">${r.name}</th><td class="num">${formatEuros(r.net, this.lang)}</td><td class="num">${r.contracts}</td></tr>`)}</tbody>
            </table></div>`
          : html`<p>${msg('Δεν έχουν καταχωριστεί συμβάσεις για το έτος.', { id: 'dashboard.empty' })}</p>`
      }
    </section>`;
  }

  override render() {
    const stats = this._stats;
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
    return html`
      <h1>${msg('Κοινωνικά υπεύθυνες προμήθειες', { id: 'dashboard.title' })}</h1>
      <p class="actions">
        <label for="year">${msg('Έτος', { id: 'dashboard.year' })}</label>
        <select id="year" @change=${(e: Event) => (this.year = Number((e.target as HTMLSelectElement).value))}>
          ${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}
        </select>
        <a class="button" href=${statsXlsxUrl(this.year, this.lang)} download>${msg('Λήψη (.xlsx)', { id: 'dashboard.export' })}</a>
      </p>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${
        stats
          ? html`
            <dl class="figures">
              <div><dt>${msg('Δαπάνη σε φορείς ΚΑΛΟ (χωρίς ΦΠΑ)', { id: 'dashboard.spend' })}</dt><dd>${formatEuros(stats.net, this.lang)}</dd></div>
              <div><dt>${msg('Συμβάσεις', { id: 'dashboard.contracts' })}</dt><dd>${stats.contracts}</dd></div>
              <div><dt>${msg('Διακριτοί φορείς', { id: 'dashboard.enterprises' })}</dt><dd>${stats.distinctEnterprises}</dd></div>
              <div><dt>${msg('Μερίδιο στο σύνολο των προμηθειών', { id: 'dashboard.share' })}</dt><dd>${stats.socialShare === null ? '—' : formatPercent(stats.socialShare, this.lang)}</dd></div>
            </dl>
            ${stats.socialShare === null ? html`<p>${msg('Καταχωρίστε τη συνολική δαπάνη προμηθειών του έτους για να υπολογιστεί το μερίδιο.', { id: 'dashboard.no-total' })}</p>` : nothing}
            <form class="total" @submit=${this._onSaveTotal} novalidate>
              <div class="field">
                <label for="total">${msg('Συνολική δαπάνη προμηθειών του έτους (€, χωρίς ΦΠΑ)', { id: 'dashboard.total' })}</label>
                <input id="total" inputmode="decimal" autocomplete="off" aria-invalid=${this._totalError ? 'true' : 'false'} aria-describedby=${this._totalError ? 'total-error' : nothing} .value=${this._total} @input=${(e: Event) => (this._total = (e.target as HTMLInputElement).value)} />
              </div>
              <button type="submit">${msg('Αποθήκευση', { id: 'dashboard.save' })}</button>
              ${this._totalError ? html`<span class="error" id="total-error" role="alert">${this._totalError}</span>` : nothing}
              <span role="status">${this._totalStatus}</span>
            </form>
            ${this._renderBreakdown('byRoute', stats.byRoute)} ${this._renderBreakdown('byCategory', stats.byCategory)}
            ${this._renderBreakdown('byDepartment', stats.byDepartment)}
            <koinsep-social-value-figures .lang=${this.lang} .year=${this.year} .socialValue=${stats.socialValue}></koinsep-social-value-figures>
          `
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-dashboard-page': KoinsepDashboardPage;
  }
}
