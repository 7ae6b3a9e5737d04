import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AreaList, AwardRoute, EligibilityResponse, NeedBody } from '../../../../api/contract.ts';
import { ProblemError } from '../../../shared/api-client.ts';
import { formatDate, formatEuros, normaliseMoney } from '../../../shared/format.ts';
import { currentLang, localText, type Lang } from '../../../shared/language.ts';
import { listAreas } from '../../api/directory.ts';
import { searchEligibility, shortlistPageUrl, shortlistXlsxUrl } from '../../api/eligibility.ts';
import { OUTCOME_MARKS, awardRouteNames, awardRoutes, eligibilityRuleNames, outcomeNames } from '../../labels/lists.ts';
import { procurementStyles } from './procurement-styles.ts';
import './koinsep-cpv-picker.ts';
import type { CpvChoice } from './koinsep-cpv-picker.ts';

type Entry = EligibilityResponse['eligible'][number];
type Group = 'eligible' | 'conditional' | 'ineligible';

const groupNames = (): Record<Group, string> => ({
  eligible: msg('Επιλέξιμοι', { id: 'eligibility.group-eligible' }),
  conditional: msg('Επιλέξιμοι με προϋποθέσεις', { id: 'eligibility.group-conditional' }),
  ineligible: msg('Μη επιλέξιμοι', { id: 'eligibility.group-ineligible' }),
});


function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The staff page that answers "who can do this, and may we award it to them by this route?"
 * (issue 6): the need form, the three groups with each rule's reason, and the shortlist exports.
 */
@localized()
@customElement('koinsep-eligibility-page')
export class KoinsepEligibilityPage extends LitElement {
  static override styles = [procurementStyles, css``];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _cpv: CpvChoice[] = [];
  @state() private _keywords = '';
  @state() private _route: AwardRoute = 'direct_award';
  @state() private _value = '';
  @state() private _start = todayLocal();
  @state() private _duration = '12';
  @state() private _place = '';
  @state() private _areas: AreaList['items'] = [];
  @state() private _errors: Record<string, string> = {};
  @state() private _failure: string | null = null;
  @state() private _busy = false;
  @state() private _result: EligibilityResponse | null = null;
  @state() private _need: NeedBody | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void listAreas(this.lang).then(
      (areas) => (this._areas = areas.items),
      () => (this._areas = []),
    );
  }

  private _buildNeed(): NeedBody | null {
    const errors: Record<string, string> = {};
    const need: NeedBody = { route: this._route, lang: this.lang };
    if (this._cpv.length) need.cpv = this._cpv.map((c) => c.code);
    if (this._keywords.trim()) need.keywords = this._keywords.trim();
    if (!need.cpv && !need.keywords) errors.cpv = msg('Δώστε τουλάχιστον έναν κωδικό CPV ή λέξεις-κλειδιά.', { id: 'eligibility.need-something' });
    if (this._value.trim()) {
      const money = normaliseMoney(this._value);
      if (money === null) errors.valueNet = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'eligibility.invalid-money' });
      else need.valueNet = money;
    }
    if (this._start) need.startDate = this._start;
    if (this._duration) need.durationMonths = Number(this._duration);
    if (this._place) need.place = this._place;
    this._errors = errors;
    return Object.keys(errors).length ? null : need;
  }

  private async _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this._failure = null;
    const need = this._buildNeed();
    if (!need) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this._busy = true;
    try {
      this._result = await searchEligibility(need);
      this._need = need;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    } catch (error) {
      this._result = null;
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name.replace(/\[\d+\]$/, ''), p.reason]));
      }
      this._failure = `${msg('Η αναζήτηση απέτυχε', { id: 'eligibility.failed' })}: ${error instanceof ProblemError ? error.detail : String(error)}`;
    } finally {
      this._busy = false;
    }
  }

  private _field(id: string, label: string, control: unknown, hint?: string) {
    const error = this._errors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${control}
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      ${error ? html`<span class="error" id=${`${id}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  private _describedBy(id: string, hint = false) {
    return [hint ? `${id}-hint` : '', this._errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  }

  override render() {
    return html`
      <h1>${msg('Εύρεση επιλέξιμων φορέων', { id: 'eligibility.title' })}</h1>
      <p>${msg('Περιγράψτε την ανάγκη: ποιοι φορείς μπορούν να την καλύψουν και μπορούν νόμιμα να την αναλάβουν με τη διαδικασία που επιλέγετε;', { id: 'eligibility.intro' })}</p>
      <form @submit=${this._onSubmit} novalidate>
        ${Object.keys(this._errors).length ? html`<p class="error" role="alert">${msg('Διορθώστε τα πεδία που επισημαίνονται.', { id: 'eligibility.errors' })}</p>` : nothing}
        <koinsep-cpv-picker
          .lang=${this.lang}
          .value=${this._cpv}
          .error=${this._errors.cpv ?? ''}
          @cpv-change=${(e: CustomEvent<CpvChoice[]>) => (this._cpv = e.detail)}
        ></koinsep-cpv-picker>
        <div class="grid">
          ${this._field(
            'keywords',
            msg('Λέξεις-κλειδιά (προαιρετικά)', { id: 'eligibility.keywords' }),
            html`<input id="keywords" .value=${this._keywords} @input=${(e: Event) => (this._keywords = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'route',
            msg('Διαδικασία ανάθεσης', { id: 'eligibility.route' }),
            html`<select id="route" @change=${(e: Event) => (this._route = (e.target as HTMLSelectElement).value as AwardRoute)}>
              ${awardRoutes().map((r) => html`<option value=${r} ?selected=${r === this._route}>${awardRouteNames()[r]}</option>`)}
            </select>`,
          )}
          ${this._field(
            'valueNet',
            msg('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)', { id: 'eligibility.value' }),
            html`<input
              id="valueNet"
              inputmode="decimal"
              autocomplete="off"
              aria-invalid=${this._errors.valueNet ? 'true' : 'false'}
              aria-describedby=${this._describedBy('valueNet', true)}
              .value=${this._value}
              @input=${(e: Event) => (this._value = (e.target as HTMLInputElement).value)}
            />`,
            msg('π.χ. 29.500,00', { id: 'eligibility.value-hint' }),
          )}
          ${this._field(
            'startDate',
            msg('Ημερομηνία έναρξης', { id: 'eligibility.start' }),
            html`<input id="startDate" type="date" aria-invalid=${this._errors.startDate ? 'true' : 'false'} aria-describedby=${this._describedBy('startDate')} .value=${this._start} @input=${(e: Event) => (this._start = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'durationMonths',
            msg('Διάρκεια (μήνες)', { id: 'eligibility.duration' }),
            html`<input id="durationMonths" type="number" min="1" max="240" .value=${this._duration} @input=${(e: Event) => (this._duration = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'place',
            msg('Τόπος εκτέλεσης', { id: 'eligibility.place' }),
            html`<select id="place" aria-invalid=${this._errors.place ? 'true' : 'false'} @change=${(e: Event) => (this._place = (e.target as HTMLSelectElement).value)}>
              <option value="">${msg('— Οποιοσδήποτε —', { id: 'eligibility.any-place' })}</option>
              ${this._areas.map((a) => html`<option value=${a.id} ?selected=${a.id === this._place}>${a.name}</option>`)}
            </select>`,
          )}
        </div>
        <button type="submit" class="primary" ?disabled=${this._busy}>${this._busy ? msg('Αναζήτηση…', { id: 'eligibility.searching' }) : msg('Αναζήτηση', { id: 'eligibility.search' })}</button>
      </form>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${this._result ? this._renderResult(this._result) : nothing}
    `;
  }

  private _renderResult(result: EligibilityResponse) {
    const need = { ...this._need!, lang: this.lang };
    return html`<section aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1">${msg('Κριτήρια της', { id: 'eligibility.as-of' })} ${formatDate(result.criteria.today)} · ${localText(result.criteria.route.name, this.lang)}</h2>
      <p role="status">${msg(str`${result.eligible.length} επιλέξιμοι, ${result.conditional.length} με προϋποθέσεις, ${result.ineligible.length} μη επιλέξιμοι.`, { id: 'eligibility.summary' })}</p>
      <p class="actions">
        <a class="button" href=${shortlistXlsxUrl(need)} download>${msg('Λήψη καταλόγου (.xlsx)', { id: 'eligibility.export-xlsx' })}</a>
        <a class="button" href=${shortlistPageUrl(need)} target="_blank" rel="noopener">${msg('Εκτυπώσιμη σελίδα', { id: 'eligibility.print' })}</a>
      </p>
      ${(['eligible', 'conditional', 'ineligible'] as const).map((group) => this._renderGroup(group, result[group]))}
    </section>`;
  }

  private _renderGroup(group: Group, entries: Entry[]) {
    return html`<section class=${`group group-${group}`} aria-labelledby=${`group-${group}`}>
      <h3 id=${`group-${group}`}>${groupNames()[group]} (${entries.length})</h3>
      ${entries.length === 0 ? html`<p>${msg('Κανένας φορέας.', { id: 'eligibility.none' })}</p>` : html`<ul class="entries">${entries.map((entry) => this._renderEntry(entry))}</ul>`}
    </section>`;
  }

  private _renderEntry(entry: Entry) {
    const lang = this.lang;
    const issues = entry.checks.filter((c) => c.outcome !== 'pass');
    return html`<li class="entry" data-slug=${entry.enterprise.slug}>
      <details>
        <summary>
          <span class="name">${entry.enterprise.name}</span>
          <span class="meta">
            ${msg('Αντιστοίχιση', { id: 'eligibility.match' })} ${Math.round(entry.matchQuality * 100)}% ·
            ${issues.length === 1 ? msg('1 θέμα', { id: 'eligibility.one-issue' }) : issues.length ? msg(str`${issues.length} θέματα`, { id: 'eligibility.issues' }) : outcomeNames().pass} ·
            ${msg('Τελευταία ανάθεση', { id: 'eligibility.last-award' })}: ${formatDate(entry.rotation.lastAwardedOn)} ·
            ${msg(str`Ανατέθηκαν τους τελευταίους ${entry.rotation.windowMonths} μήνες`, { id: 'eligibility.awarded' })}: ${formatEuros(entry.rotation.awardedNet, lang)}
          </span>
          ${issues.length ? html`<span class="first-issue">${localText(issues[0]!.message, lang)}</span>` : nothing}
        </summary>
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
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-eligibility-page': KoinsepEligibilityPage;
  }
}
