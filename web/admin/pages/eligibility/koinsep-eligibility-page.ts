import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ProblemError,
  listAreas,
  needQuery,
  normaliseMoney,
  searchEligibility,
  formatDay,
  formatEuros,
  type AreaList,
  type EligibilityResponse,
  type Lang,
  type NeedBody,
} from '../../api/procurement.ts';
import { OUTCOME_MARKS, OUTCOME_NAMES, ROUTES, ROUTE_NAMES, RULE_NAMES, currentLang } from './procurement-labels.ts';
import { procurementStyles } from './procurement-styles.ts';
import './koinsep-cpv-picker.ts';
import type { CpvChoice } from './koinsep-cpv-picker.ts';

type Entry = EligibilityResponse['eligible'][number];
type Group = 'eligible' | 'conditional' | 'ineligible';

const T = {
  el: {
    title: 'Εύρεση επιλέξιμων φορέων',
    intro: 'Περιγράψτε την ανάγκη: ποιοι φορείς μπορούν να την καλύψουν και μπορούν νόμιμα να την αναλάβουν με τη διαδικασία που επιλέγετε;',
    keywords: 'Λέξεις-κλειδιά (προαιρετικά)',
    route: 'Διαδικασία ανάθεσης',
    value: 'Εκτιμώμενη αξία χωρίς ΦΠΑ (€)',
    valueHint: 'π.χ. 29.500,00',
    start: 'Ημερομηνία έναρξης',
    duration: 'Διάρκεια (μήνες)',
    place: 'Τόπος εκτέλεσης',
    anyPlace: '— Οποιοσδήποτε —',
    search: 'Αναζήτηση',
    searching: 'Αναζήτηση…',
    errors: 'Διορθώστε τα πεδία που επισημαίνονται.',
    invalidMoney: 'Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.',
    needSomething: 'Δώστε τουλάχιστον έναν κωδικό CPV ή λέξεις-κλειδιά.',
    failed: 'Η αναζήτηση απέτυχε',
    groups: { eligible: 'Επιλέξιμοι', conditional: 'Επιλέξιμοι με προϋποθέσεις', ineligible: 'Μη επιλέξιμοι' } as Record<Group, string>,
    none: 'Κανένας φορέας.',
    match: 'Αντιστοίχιση',
    lastAward: 'Τελευταία ανάθεση',
    awarded: (months: number) => `Ανατέθηκαν τους τελευταίους ${months} μήνες`,
    issues: (n: number) => (n === 1 ? '1 θέμα' : `${n} θέματα`),
    rule: 'Κανόνας',
    outcome: 'Έκβαση',
    reason: 'Αιτιολογία',
    reference: 'Νομική βάση',
    verify: 'προς επιβεβαίωση',
    exportXlsx: 'Λήψη καταλόγου (.xlsx)',
    print: 'Εκτυπώσιμη σελίδα',
    summary: (e: number, c: number, i: number) => `${e} επιλέξιμοι, ${c} με προϋποθέσεις, ${i} μη επιλέξιμοι.`,
    asOf: 'Κριτήρια της',
  },
  en: {
    title: 'Find eligible enterprises',
    intro: 'Describe the need: which enterprises can deliver it, and may it lawfully be awarded to them by the route you choose?',
    keywords: 'Keywords (optional)',
    route: 'Award route',
    value: 'Estimated value net of VAT (€)',
    valueHint: 'e.g. 29,500.00',
    start: 'Start date',
    duration: 'Duration (months)',
    place: 'Place of performance',
    anyPlace: '— Any —',
    search: 'Search',
    searching: 'Searching…',
    errors: 'Correct the highlighted fields.',
    invalidMoney: 'Enter an amount in euros with at most two decimals.',
    needSomething: 'Give at least one CPV code or some keywords.',
    failed: 'The search failed',
    groups: { eligible: 'Eligible', conditional: 'Eligible with conditions', ineligible: 'Not eligible' } as Record<Group, string>,
    none: 'No enterprise.',
    match: 'Match',
    lastAward: 'Last award',
    awarded: (months: number) => `Awarded in the last ${months} months`,
    issues: (n: number) => (n === 1 ? '1 issue' : `${n} issues`),
    rule: 'Rule',
    outcome: 'Outcome',
    reason: 'Reason',
    reference: 'Legal basis',
    verify: 'to be verified',
    exportXlsx: 'Download shortlist (.xlsx)',
    print: 'Printable page',
    summary: (e: number, c: number, i: number) => `${e} eligible, ${c} with conditions, ${i} not eligible.`,
    asOf: 'Criteria of',
  },
};

function todayLocal(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The staff page that answers "who can do this, and may we award it to them by this route?"
 * (issue 6): the need form, the three groups with each rule's reason, and the shortlist exports.
 */
@customElement('koinsep-eligibility-page')
export class KoinsepEligibilityPage extends LitElement {
  static override styles = [procurementStyles, css``];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _cpv: CpvChoice[] = [];
  @state() private _keywords = '';
  @state() private _route = 'direct_award';
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

  private get _t() {
    return T[this.lang];
  }

  private _buildNeed(): NeedBody | null {
    const errors: Record<string, string> = {};
    const need: NeedBody = { route: this._route as NeedBody['route'], lang: this.lang };
    if (this._cpv.length) need.cpv = this._cpv.map((c) => c.code);
    if (this._keywords.trim()) need.keywords = this._keywords.trim();
    if (!need.cpv && !need.keywords) errors.cpv = this._t.needSomething;
    if (this._value.trim()) {
      const money = normaliseMoney(this._value);
      if (money === null) errors.valueNet = this._t.invalidMoney;
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
      this._failure = `${this._t.failed}: ${error instanceof ProblemError ? error.detail : String(error)}`;
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
    const t = this._t;
    return html`
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <form @submit=${this._onSubmit} novalidate>
        ${Object.keys(this._errors).length ? html`<p class="error" role="alert">${t.errors}</p>` : nothing}
        <koinsep-cpv-picker
          .lang=${this.lang}
          .value=${this._cpv}
          .error=${this._errors.cpv ?? ''}
          @cpv-change=${(e: CustomEvent<CpvChoice[]>) => (this._cpv = e.detail)}
        ></koinsep-cpv-picker>
        <div class="grid">
          ${this._field(
            'keywords',
            t.keywords,
            html`<input id="keywords" .value=${this._keywords} @input=${(e: Event) => (this._keywords = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'route',
            t.route,
            html`<select id="route" @change=${(e: Event) => (this._route = (e.target as HTMLSelectElement).value)}>
              ${ROUTES.map((r) => html`<option value=${r} ?selected=${r === this._route}>${ROUTE_NAMES[r]![this.lang]}</option>`)}
            </select>`,
          )}
          ${this._field(
            'valueNet',
            t.value,
            html`<input
              id="valueNet"
              inputmode="decimal"
              autocomplete="off"
              aria-invalid=${this._errors.valueNet ? 'true' : 'false'}
              aria-describedby=${this._describedBy('valueNet', true)}
              .value=${this._value}
              @input=${(e: Event) => (this._value = (e.target as HTMLInputElement).value)}
            />`,
            t.valueHint,
          )}
          ${this._field(
            'startDate',
            t.start,
            html`<input id="startDate" type="date" aria-invalid=${this._errors.startDate ? 'true' : 'false'} aria-describedby=${this._describedBy('startDate')} .value=${this._start} @input=${(e: Event) => (this._start = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'durationMonths',
            t.duration,
            html`<input id="durationMonths" type="number" min="1" max="240" .value=${this._duration} @input=${(e: Event) => (this._duration = (e.target as HTMLInputElement).value)} />`,
          )}
          ${this._field(
            'place',
            t.place,
            html`<select id="place" aria-invalid=${this._errors.place ? 'true' : 'false'} @change=${(e: Event) => (this._place = (e.target as HTMLSelectElement).value)}>
              <option value="">${t.anyPlace}</option>
              ${this._areas.map((a) => html`<option value=${a.id} ?selected=${a.id === this._place}>${a.name}</option>`)}
            </select>`,
          )}
        </div>
        <button type="submit" class="primary" ?disabled=${this._busy}>${this._busy ? t.searching : t.search}</button>
      </form>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${this._result ? this._renderResult(this._result) : nothing}
    `;
  }

  private _renderResult(result: EligibilityResponse) {
    const t = this._t;
    const query = needQuery({ ...this._need!, lang: this.lang });
    return html`<section aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1">${t.asOf} ${formatDay(result.criteria.today, this.lang)} · ${result.criteria.route.name[this.lang]}</h2>
      <p role="status">${t.summary(result.eligible.length, result.conditional.length, result.ineligible.length)}</p>
      <p class="actions">
        <a class="button" href=${`/api/v1/eligibility/shortlist.xlsx?${query}`} download>${t.exportXlsx}</a>
        <a class="button" href=${`/api/v1/eligibility/shortlist?${query}`} target="_blank" rel="noopener">${t.print}</a>
      </p>
      ${(['eligible', 'conditional', 'ineligible'] as const).map((group) => this._renderGroup(group, result[group]))}
    </section>`;
  }

  private _renderGroup(group: Group, entries: Entry[]) {
    const t = this._t;
    return html`<section class=${`group group-${group}`} aria-labelledby=${`group-${group}`}>
      <h3 id=${`group-${group}`}>${t.groups[group]} (${entries.length})</h3>
      ${entries.length === 0 ? html`<p>${t.none}</p>` : html`<ul class="entries">${entries.map((entry) => this._renderEntry(entry))}</ul>`}
    </section>`;
  }

  private _renderEntry(entry: Entry) {
    const t = this._t;
    const lang = this.lang;
    const issues = entry.checks.filter((c) => c.outcome !== 'pass');
    return html`<li class="entry" data-slug=${entry.enterprise.slug}>
      <details>
        <summary>
          <span class="name">${entry.enterprise.name}</span>
          <span class="meta">
            ${t.match} ${Math.round(entry.matchQuality * 100)}% ·
            ${issues.length ? t.issues(issues.length) : OUTCOME_NAMES.pass![lang]} ·
            ${t.lastAward}: ${formatDay(entry.rotation.lastAwardedOn, lang)} ·
            ${t.awarded(entry.rotation.windowMonths)}: ${formatEuros(entry.rotation.awardedNet, lang)}
          </span>
          ${issues.length ? html`<span class="first-issue">${issues[0]!.message[lang]}</span>` : nothing}
        </summary>
        <table>
          <caption class="visually-hidden">${entry.enterprise.name}</caption>
          <thead><tr><th scope="col">${t.rule}</th><th scope="col">${t.outcome}</th><th scope="col">${t.reason}</th><th scope="col">${t.reference}</th></tr></thead>
          <tbody>
            ${entry.checks.map(
              (check) => html`<tr class=${`outcome-${check.outcome}`}>
                <th scope="row">${RULE_NAMES[check.rule]?.[lang] ?? check.rule}</th>
                <td><span aria-hidden="true">${OUTCOME_MARKS[check.outcome]}</span> ${OUTCOME_NAMES[check.outcome]![lang]}</td>
                <td>${check.message[lang]}</td>
                <td>${check.reference[lang]}${check.reference.verify ? html` <em>(${t.verify})</em>` : nothing}</td>
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
