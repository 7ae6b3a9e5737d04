import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AwardRoute, EligibilityResponse, NeedBody } from '../../../../api/contract.ts';
import { formatDate, formatEuros } from '../../../shared/format.ts';
import { currentLang, localText, type Lang } from '../../../shared/language.ts';
import { shortlistPageUrl, shortlistXlsxUrl } from '../../api/eligibility.ts';
import { OUTCOME_MARKS, awardRouteNames, eligibilityRuleNames, outcomeNames } from '../../labels/lists.ts';
import { procurementStyles } from './procurement-styles.ts';
import { resultStyles } from './result-styles.ts';

type Entry = EligibilityResponse['eligible'][number];
type Group = 'eligible' | 'conditional' | 'ineligible';

const groupNames = (): Record<Group, string> => ({
  eligible: msg('Επιλέξιμοι', { id: 'eligibility.group-eligible' }),
  conditional: msg('Επιλέξιμοι με προϋποθέσεις', { id: 'eligibility.group-conditional' }),
  ineligible: msg('Μη επιλέξιμοι', { id: 'eligibility.group-ineligible' }),
});

/**
 * The answer of the eligibility search (issue 11): the summary sentence and the procedure the
 * value requires first, the other routes with their counts (one click runs the need with that
 * route), then the three groups; each row's one-line summary is its most severe outcome, with
 * links to the enterprise's record and to record a contract pre-filled.
 *
 * @fires route-switch - detail: the award route to run the same need with
 */
@localized()
@customElement('koinsep-eligibility-results')
export class KoinsepEligibilityResults extends LitElement {
  static override styles = [procurementStyles, resultStyles];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ attribute: false }) result!: EligibilityResponse;
  @property({ attribute: false }) need!: NeedBody;

  private _switch(route: AwardRoute) {
    this.dispatchEvent(new CustomEvent<AwardRoute>('route-switch', { detail: route, bubbles: true, composed: true }));
  }

  override render() {
    const { result } = this;
    const need = { ...this.need, lang: this.lang };
    const lang = this.lang;
    const procedure = result.requiredProcedure;
    return html`<section aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1">${msg('Κριτήρια της', { id: 'eligibility.as-of' })} ${formatDate(result.criteria.today)} · ${localText(result.criteria.route.name, lang)}</h2>
      <p class="dates">
        ${msg('Απόφαση ανάθεσης', { id: 'eligibility.decision-short' })}: ${formatDate(result.criteria.decisionDate)} ·
        ${msg('Έναρξη', { id: 'eligibility.start-short' })}: ${formatDate(result.criteria.startDate)}
      </p>
      <p class="summary" role="status">${localText(result.summary.message, lang)}</p>
      <section class="procedure" aria-labelledby="procedure-heading">
        <h3 id="procedure-heading">${msg('Απαιτούμενη διαδικασία', { id: 'eligibility.required-procedure' })}</h3>
        <p>${localText(procedure.message, lang)}</p>
        <p class="hint">
          ${localText(procedure.reference, lang)}${procedure.reference.verify ? html` <em>(${msg('προς επιβεβαίωση', { id: 'eligibility.verify' })})</em>` : nothing}
        </p>
      </section>
      ${this._renderAlternatives()}
      <p class="actions">
        <a class="button" href=${shortlistXlsxUrl(need)} download>${msg('Λήψη καταλόγου (.xlsx)', { id: 'eligibility.export-xlsx' })}</a>
        <a class="button" href=${shortlistPageUrl(need)} target="_blank" rel="noopener">${msg('Εκτυπώσιμη σελίδα', { id: 'eligibility.print' })}</a>
        <a class="button" href=${this._quotesLink()}>${msg('Αίτημα προσφορών', { id: 'eligibility.request-quotes' })}</a>
      </p>
      ${(['eligible', 'conditional', 'ineligible'] as const).map((group) => this._renderGroup(group, result[group]))}
    </section>`;
  }

  private _renderAlternatives() {
    const alternatives = this.result.summary.alternatives;
    return html`<section class="alternatives" aria-labelledby="alternatives-heading">
      <h3 id="alternatives-heading">${msg('Άλλες διαδικασίες για την ίδια ανάγκη', { id: 'eligibility.alternatives' })}</h3>
      <ul>
        ${alternatives.map(
          (a) => html`<li>
            <button type="button" class=${a.eligible + a.conditional > 0 ? 'works' : ''} @click=${() => this._switch(a.route)}>
              ${awardRouteNames()[a.route]}
              <span class="counts">${msg(str`${a.eligible} επιλέξιμοι, ${a.conditional} με προϋποθέσεις`, { id: 'eligibility.alternative-counts' })}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private _renderGroup(group: Group, entries: Entry[]) {
    return html`<section class=${`group group-${group}`} aria-labelledby=${`group-${group}`}>
      <h3 id=${`group-${group}`}>${groupNames()[group]} (${entries.length})</h3>
      ${entries.length === 0 ? html`<p>${msg('Κανένας φορέας.', { id: 'eligibility.none' })}</p>` : html`<ul class="entries">${entries.map((entry) => this._renderEntry(entry))}</ul>`}
    </section>`;
  }

  private _contractLink(entry: Entry): string {
    const params = new URLSearchParams({
      new: '1',
      enterpriseId: entry.enterprise.id,
      enterpriseName: entry.enterprise.name,
      awardRoute: this.result.criteria.route.id,
    });
    const cpv = this.result.criteria.cpv[0];
    if (cpv) params.set('cpvCode', cpv.code);
    if (this.result.criteria.valueNet) params.set('valueNet', this.result.criteria.valueNet);
    params.set('startsOn', this.result.criteria.startDate);
    return `/admin/contracts?${params.toString()}`;
  }

  /** A new request for quotes with this need, inviting the eligible and with-conditions enterprises. */
  private _quotesLink(): string {
    const { criteria } = this.result;
    const params = new URLSearchParams({ route: criteria.route.id, startDate: criteria.startDate });
    for (const cpv of criteria.cpv) params.append('cpv', cpv.code);
    if (criteria.valueNet) params.set('valueNet', criteria.valueNet);
    if (this.need.optionsValueNet) params.set('optionsValueNet', this.need.optionsValueNet);
    if (this.need.durationMonths) params.set('durationMonths', String(this.need.durationMonths));
    if (this.need.place) params.set('place', this.need.place);
    for (const group of ['eligible', 'conditional'] as const)
      for (const entry of this.result[group])
        params.append('invite', `${entry.enterprise.id}|${group}|${entry.enterprise.name}`);
    return `/admin/consultation-new?${params.toString()}`;
  }

  private _renderEntry(entry: Entry) {
    const lang = this.lang;
    const issues = entry.checks.filter((c) => c.outcome !== 'pass').length;
    const headline = entry.headline;
    return html`<li class="entry" data-slug=${entry.enterprise.slug}>
      <div class="entry-head">
        <span class="name">${entry.enterprise.name}</span>
        <span class="meta">
          ${msg('Αντιστοίχιση', { id: 'eligibility.match' })} ${Math.round(entry.matchQuality * 100)}% ·
          ${issues === 1 ? msg('1 θέμα', { id: 'eligibility.one-issue' }) : issues ? msg(str`${issues} θέματα`, { id: 'eligibility.issues' }) : outcomeNames().pass} ·
          ${msg('Τελευταία ανάθεση', { id: 'eligibility.last-award' })}: ${formatDate(entry.rotation.lastAwardedOn)} ·
          ${msg(str`Ανατέθηκαν τους τελευταίους ${entry.rotation.windowMonths} μήνες`, { id: 'eligibility.awarded' })}: ${formatEuros(entry.rotation.awardedNet, lang)}
        </span>
        ${
          headline
            ? html`<span class=${`headline outcome-${headline.outcome}`}
              ><span aria-hidden="true">${OUTCOME_MARKS[headline.outcome]}</span> ${outcomeNames()[headline.outcome]}: ${localText(headline.message, lang)}</span
            >`
            : nothing
        }
        <span class="links">
          <a href=${`/admin/enterprise-records?slug=${encodeURIComponent(entry.enterprise.slug)}`}>${msg(str`Φάκελος: ${entry.enterprise.name}`, { id: 'eligibility.record-link' })}</a>
          <a href=${this._contractLink(entry)}>${msg(str`Καταχώριση σύμβασης: ${entry.enterprise.name}`, { id: 'eligibility.contract-link' })}</a>
        </span>
      </div>
      <details>
        <summary>${msg('Όλοι οι κανόνες', { id: 'eligibility.all-rules' })} <span class="visually-hidden">— ${entry.enterprise.name}</span></summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">${entry.enterprise.name}</caption>
            <thead><tr><th scope="col">${msg('Κανόνας', { id: 'eligibility.rule' })}</th><th scope="col">${msg('Έκβαση', { id: 'eligibility.outcome' })}</th><th scope="col">${msg('Αιτιολογία', { id: 'eligibility.reason' })}</th><th scope="col">${msg('Νομική βάση', { id: 'eligibility.reference' })}</th></tr></thead>
            <tbody>
              ${entry.checks.map(
                (check) => html`<tr class=${`outcome-${check.outcome}`}>
                  <th scope="row">${(eligibilityRuleNames() as Record<string, string>)[check.rule] ?? check.rule}</th>
                  <td><span aria-hidden="true">${OUTCOME_MARKS[check.outcome]}</span> ${outcomeNames()[check.outcome]}</td>
                  <td>${localText(check.message, lang)}</td>
                  <td>${localText(check.reference, lang)}${check.reference.verify ? html` <em>(${msg('προς επιβεβαίωση', { id: 'eligibility.verify' })})</em>` : nothing}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-eligibility-results': KoinsepEligibilityResults;
  }
}
