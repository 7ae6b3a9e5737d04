import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { AreaList, AwardRoute, EligibilityResponse, NeedBody } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDate, normaliseMoney, parseDate, todayInAthens } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { categoryCpvCodes, listAreas } from '../../api/directory.ts';
import { searchEligibility } from '../../api/eligibility.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { awardRouteNames, awardRoutes } from '../../labels/lists.ts';
import { procurementStyles } from './procurement-styles.ts';
import './koinsep-cpv-picker.ts';
import type { CpvChoice } from './koinsep-cpv-picker.ts';
import './koinsep-eligibility-results.ts';
import type { CategoryOffer } from '../../components/koinsep-search-help.ts';
import '../../components/koinsep-search-help.ts';

/** The need accepts at most this many CPV codes (NeedBodySchema). */
const MAX_CPV = 10;

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
  /** Options and extensions: they count towards every threshold (Law 4412/2016 art. 6). */
  @state() private _options = '';
  /** Dates typed as dd/mm/yyyy (read with parseDate), never a browser date picker. */
  @state() private _decision = formatDate(todayInAthens());
  @state() private _start = formatDate(todayInAthens());
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
    if (!need.cpv && !need.keywords)
      errors.cpv = msg('Δώστε τουλάχιστον έναν κωδικό CPV ή λέξεις-κλειδιά.', { id: 'eligibility.need-something' });
    if (this._value.trim()) {
      const money = normaliseMoney(this._value);
      if (money === null)
        errors.valueNet = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'eligibility.invalid-money' });
      else need.valueNet = money;
    }
    if (this._options.trim()) {
      const money = normaliseMoney(this._options);
      if (money === null)
        errors.optionsValueNet = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'eligibility.invalid-money' });
      else need.optionsValueNet = money;
    }
    for (const [field, text] of [
      ['decisionDate', this._decision],
      ['startDate', this._start],
    ] as const) {
      if (!text.trim()) continue;
      const day = parseDate(text);
      if (day === null) errors[field] = dateError();
      else need[field] = day;
    }
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
    await this._run(need);
  }

  /** "Did you mean «…»": the same need with the word the directory knows. */
  private async _onSuggestion(event: CustomEvent<string>) {
    this._keywords = event.detail;
    const need = this._buildNeed();
    if (need) await this._run(need);
  }

  /**
   * "Show the category «…»": the need is expressed in CPV, so the category's CPV codes (one per
   * prefix it maps to) replace the words, beside any codes already chosen, and the search runs again.
   */
  private async _onCategoryOffer(event: CustomEvent<CategoryOffer>) {
    this._failure = null;
    try {
      const codes = await categoryCpvCodes(event.detail.id, this.lang);
      const chosen = [...this._cpv];
      for (const c of codes)
        if (!chosen.some((x) => x.code === c.code))
          chosen.push({ code: c.code, formatted: c.formatted, label: c.label });
      this._cpv = chosen.slice(0, MAX_CPV);
      this._keywords = '';
      const need = this._buildNeed();
      if (need) await this._run(need);
    } catch (error) {
      this._failure = `${msg('Η αναζήτηση απέτυχε', { id: 'eligibility.failed' })}: ${errorText(error)}`;
    }
  }

  /** One click on another route runs the same need with it. */
  private async _onRouteSwitch(event: CustomEvent<AwardRoute>) {
    this._route = event.detail;
    if (this._need) await this._run({ ...this._need, route: event.detail });
  }

  private async _run(need: NeedBody) {
    this._failure = null;
    this._busy = true;
    try {
      this._result = await searchEligibility(need);
      this._need = need;
      await this.updateComplete;
      const results = this.renderRoot.querySelector('koinsep-eligibility-results');
      await results?.updateComplete;
      results?.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    } catch (error) {
      this._result = null;
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name.replace(/\[\d+\]$/, ''), p.reason]));
      }
      this._failure = `${msg('Η αναζήτηση απέτυχε', { id: 'eligibility.failed' })}: ${errorText(error)}`;
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

  private _dateField(id: 'decisionDate' | 'startDate', label: string, value: string, set: (value: string) => void) {
    return this._field(
      id,
      label,
      html`<input
        id=${id}
        inputmode="numeric"
        autocomplete="off"
        aria-invalid=${this._errors[id] ? 'true' : 'false'}
        aria-describedby=${this._describedBy(id, true)}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />`,
      dateHint(),
    );
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
            'optionsValueNet',
            msg('Δικαιώματα προαίρεσης και παρατάσεις χωρίς ΦΠΑ (€)', { id: 'eligibility.options' }),
            html`<input
              id="optionsValueNet"
              inputmode="decimal"
              autocomplete="off"
              aria-invalid=${this._errors.optionsValueNet ? 'true' : 'false'}
              aria-describedby=${this._describedBy('optionsValueNet', true)}
              .value=${this._options}
              @input=${(e: Event) => (this._options = (e.target as HTMLInputElement).value)}
            />`,
            msg('Μετράνε στα όρια· κενό = 0', { id: 'eligibility.options-hint' }),
          )}
          ${this._dateField('decisionDate', msg('Ημερομηνία απόφασης ανάθεσης', { id: 'eligibility.decision' }), this._decision, (v) => (this._decision = v))}
          ${this._dateField('startDate', msg('Ημερομηνία έναρξης', { id: 'eligibility.start' }), this._start, (v) => (this._start = v))}
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
      <koinsep-search-help
        .lang=${this.lang}
        .q=${this._result ? (this._need?.keywords ?? '') : ''}
        @search-suggestion=${this._onSuggestion}
        @category-offer=${this._onCategoryOffer}
      ></koinsep-search-help>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${
        this._result
          ? html`<koinsep-eligibility-results .lang=${this.lang} .result=${this._result} .need=${this._need!} @route-switch=${this._onRouteSwitch}></koinsep-eligibility-results>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-eligibility-page': KoinsepEligibilityPage;
  }
}
