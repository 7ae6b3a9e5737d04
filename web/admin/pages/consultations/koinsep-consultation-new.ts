import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AwardRoute, ConsultationInput, RotationList } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDate, normaliseMoney, parseDate } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { addCallFile, createConsultation, getRotation } from '../../api/consultations.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { awardRouteNames, awardRoutes } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import type { CpvChoice } from '../eligibility/koinsep-cpv-picker.ts';
import '../eligibility/koinsep-cpv-picker.ts';
import { consultationStyles, navigateTo, rotationText } from './consultation-styles.ts';

interface Invitee {
  id: string;
  name: string;
  /** From the eligibility answer: eligible, or eligible with conditions. */
  group: string;
  invited: boolean;
}

interface Criterion {
  name: string;
  weight: string;
}

/**
 * A new request for quotes (issue 13), started from an eligibility answer: the link carries the
 * CPV codes, route, value, start, duration and place, and the eligible (or with-conditions)
 * enterprises to invite, each shown with its requests and awards of the last 12 months so staff
 * can rotate fairly — or the request goes to every eligible enterprise. Deadline: date and time
 * in Athens. Files are uploaded once the draft exists.
 */
@localized()
@customElement('koinsep-consultation-new')
export class KoinsepConsultationNew extends LitElement {
  static override styles = [adminStyles, consultationStyles, css``];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _title = '';
  @state() private _description = '';
  /** The codes chosen, the main object first (the picker shows their labels). */
  @state() private _cpv: CpvChoice[] = [];
  @state() private _route: AwardRoute = 'direct_award';
  @state() private _value = '';
  @state() private _options = '';
  @state() private _place = '';
  @state() private _placeAreaId = '';
  @state() private _start = '';
  @state() private _duration = '';
  @state() private _deadlineDate = '';
  @state() private _deadlineTime = '12:00';
  @state() private _department = '';
  @state() private _rule: 'lowest_price' | 'price_quality' = 'lowest_price';
  @state() private _priceWeight = '60';
  @state() private _criteria: Criterion[] = [{ name: '', weight: '40' }];
  @state() private _invitees: Invitee[] = [];
  @state() private _openToAll = false;
  @state() private _rotation: RotationList['items'] = [];
  @state() private _files: File[] = [];
  @state() private _errors: Record<string, string> = {};
  @state() private _failure = '';
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const params = new URLSearchParams(location.search);
    this._cpv = params.getAll('cpv').map((code) => ({ code, formatted: code, label: '' }));
    if (params.get('route')) this._route = params.get('route') as AwardRoute;
    this._value = params.get('valueNet') ?? '';
    this._options = params.get('optionsValueNet') ?? '';
    this._start = params.get('startDate') ? formatDate(params.get('startDate')) : '';
    this._duration = params.get('durationMonths') ?? '';
    this._placeAreaId = params.get('place') ?? '';
    this._invitees = params.getAll('invite').map((entry) => {
      const [id, group, ...name] = entry.split('|');
      return { id: id!, group: group ?? 'eligible', name: name.join('|'), invited: true };
    });
    if (this._invitees.length)
      void getRotation(this._invitees.map((i) => i.id)).then(
        (r) => (this._rotation = r.items),
        () => (this._rotation = []),
      );
  }

  private _input(id: string, label: string, value: string, set: (v: string) => void, hint?: string, type = 'text') {
    const error = this._errors[id];
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        autocomplete="off"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      ${error ? html`<span class="error" id=${`${id}-error`}>${error}</span>` : nothing}
    </div>`;
  }

  private _build(): ConsultationInput | null {
    const errors: Record<string, string> = {};
    const moneyError = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'eligibility.invalid-money' });
    const valueNet = normaliseMoney(this._value);
    if (valueNet === null) errors.valueNet = moneyError;
    const optionsValueNet = this._options.trim() ? normaliseMoney(this._options) : '0.00';
    if (optionsValueNet === null) errors.optionsValueNet = moneyError;
    const startDate = this._start.trim() ? parseDate(this._start) : null;
    if (this._start.trim() && !startDate) errors.startDate = dateError();
    const deadlineDay = parseDate(this._deadlineDate);
    if (!deadlineDay) errors.deadline = dateError();
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(this._deadlineTime.trim()))
      errors.deadlineTime = msg('Γράψτε την ώρα ως ωω:λλ, π.χ. 12:00.', { id: 'consultation.time-invalid' });
    if (!this._title.trim()) errors.title = msg('Συμπληρώστε τον τίτλο.', { id: 'consultation.title-required' });
    this._errors = errors;
    if (Object.keys(errors).length) return null;
    return {
      title: this._title.trim(),
      description: this._description.trim(),
      cpv: this._cpv.map((c) => c.code),
      route: this._route,
      valueNet: valueNet!,
      optionsValueNet: optionsValueNet!,
      placeText: this._place.trim() || null,
      placeAreaId: this._placeAreaId || null,
      startDate,
      durationMonths: this._duration ? Number(this._duration) : null,
      deadline: `${deadlineDay}T${this._deadlineTime.trim()}`,
      department: this._department.trim(),
      evaluation:
        this._rule === 'lowest_price'
          ? 'lowest_price'
          : {
              criteria: [
                {
                  kind: 'price',
                  name: msg('Τιμή', { id: 'consultation.price-criterion' }),
                  weight: Number(this._priceWeight),
                },
                ...this._criteria.map((c) => ({ kind: 'quality', name: c.name.trim(), weight: Number(c.weight) })),
              ],
            },
      invitedEnterpriseIds: this._openToAll ? [] : this._invitees.filter((i) => i.invited).map((i) => i.id),
      openToAllEligible: this._openToAll,
    };
  }

  /** A code chosen or removed answers the error about the codes: it goes until the next save. */
  private _onCpvChange = (event: CustomEvent<CpvChoice[]>) => {
    this._cpv = event.detail;
    if (this._errors.cpv) this._errors = Object.fromEntries(Object.entries(this._errors).filter(([k]) => k !== 'cpv'));
  };

  private async _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this._failure = '';
    const body = this._build();
    if (!body) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], [invalid]')?.focus();
      return;
    }
    this._busy = true;
    try {
      const created = await createConsultation(body);
      for (const file of this._files) await addCallFile(created.id, file);
      navigateTo(this, `consultation?id=${encodeURIComponent(created.id)}`);
    } catch (error) {
      if (error instanceof ProblemError)
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name.replace(/[[.].*$/, ''), p.reason]));
      this._failure = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private _renderInvitees() {
    if (!this._invitees.length) return nothing;
    return html`<fieldset>
      <legend>${msg('Προσκαλούμενες επιχειρήσεις', { id: 'consultation.invitees' })}</legend>
      <p class="hint">${msg('Αιτήματα και αναθέσεις των τελευταίων 12 μηνών, για δίκαιη εναλλαγή.', { id: 'consultation.rotation-hint' })}</p>
      <ul class="plain">
        ${this._invitees.map((invitee, index) => {
          const r = this._rotation.find((x) => x.enterpriseId === invitee.id);
          return html`<li>
            <label class="check">
              <input
                type="checkbox"
                .checked=${invitee.invited}
                ?disabled=${this._openToAll}
                @change=${(e: Event) => {
                  this._invitees = this._invitees.map((x, i) =>
                    i === index ? { ...x, invited: (e.target as HTMLInputElement).checked } : x,
                  );
                }}
              />
              ${invitee.name}
            </label>
            <span class="hint"
              >${invitee.group === 'conditional' ? msg('Επιλέξιμη με προϋποθέσεις', { id: 'consultation.conditional' }) : msg('Επιλέξιμη', { id: 'consultation.eligible' })}
              ·
              ${r ? rotationText(r, this.lang) : '…'}</span
            >
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  private _renderRule() {
    return html`<fieldset>
      <legend>${msg('Κριτήριο ανάθεσης', { id: 'consultation.rule' })}</legend>
      <label class="check"
        ><input type="radio" name="rule" .checked=${this._rule === 'lowest_price'} @change=${() => (this._rule = 'lowest_price')} />
        ${msg('Χαμηλότερη τιμή', { id: 'consultation.lowest-price' })}</label
      >
      <label class="check"
        ><input type="radio" name="rule" .checked=${this._rule === 'price_quality'} @change=${() => (this._rule = 'price_quality')} />
        ${msg('Βέλτιστη σχέση ποιότητας-τιμής', { id: 'consultation.price-quality' })}</label
      >
      ${
        this._rule === 'price_quality'
          ? html`${this._input('priceWeight', msg('Βαρύτητα τιμής (%)', { id: 'consultation.price-weight' }), this._priceWeight, (v) => (this._priceWeight = v), undefined, 'number')}
            ${this._criteria.map(
              (c, i) => html`<div class="criterion">
                ${this._input(`criterion-${i}`, msg(str`Κριτήριο ποιότητας ${i + 1}`, { id: 'consultation.criterion' }), c.name, (v) => (this._criteria = this._criteria.map((x, j) => (j === i ? { ...x, name: v } : x))))}
                ${this._input(`weight-${i}`, msg(str`Βαρύτητα κριτηρίου ${i + 1} (%)`, { id: 'consultation.criterion-weight' }), c.weight, (v) => (this._criteria = this._criteria.map((x, j) => (j === i ? { ...x, weight: v } : x))), undefined, 'number')}
              </div>`,
            )}
            <button type="button" @click=${() => (this._criteria = [...this._criteria, { name: '', weight: '10' }])}>
              ${msg('Προσθήκη κριτηρίου', { id: 'consultation.add-criterion' })}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  override render() {
    return html`<h1>${msg('Νέο αίτημα προσφορών', { id: 'consultation.new-title' })}</h1>
      <form @submit=${this._onSubmit} novalidate>
        ${this._input('title', msg('Αντικείμενο', { id: 'consultation.subject' }), this._title, (v) => (this._title = v))}
        <div class="field">
          <label for="description">${msg('Περιγραφή', { id: 'consultation.description' })}</label>
          <textarea id="description" .value=${this._description} @input=${(e: Event) => (this._description = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <koinsep-cpv-picker
          .lang=${this.lang}
          .label=${msg('Κωδικοί CPV', { id: 'consultation.cpv' })}
          .hint=${msg('Γράψτε κωδικό ή λέξεις (π.χ. «καθαρισμός») και επιλέξτε με τα βέλη και Enter· ο πρώτος κωδικός είναι το κύριο αντικείμενο.', { id: 'consultation.cpv-hint' })}
          .value=${this._cpv}
          .error=${this._errors.cpv ?? ''}
          required
          @cpv-change=${this._onCpvChange}
        ></koinsep-cpv-picker>
        <div class="field">
          <label for="route">${msg('Διαδικασία', { id: 'consultation.route' })}</label>
          <select id="route" @change=${(e: Event) => (this._route = (e.target as HTMLSelectElement).value as AwardRoute)}>
            ${awardRoutes().map((r) => html`<option value=${r} ?selected=${r === this._route}>${awardRouteNames()[r]}</option>`)}
          </select>
        </div>
        ${this._input('valueNet', msg('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)', { id: 'consultation.value' }), this._value, (v) => (this._value = v))}
        ${this._input('optionsValueNet', msg('Δικαιώματα προαίρεσης (€)', { id: 'consultation.options' }), this._options, (v) => (this._options = v))}
        ${this._input('placeText', msg('Τόπος εκτέλεσης', { id: 'eligibility.place' }), this._place, (v) => (this._place = v))}
        ${this._input('startDate', msg('Ημερομηνία έναρξης', { id: 'eligibility.start' }), this._start, (v) => (this._start = v), dateHint())}
        ${this._input('durationMonths', msg('Διάρκεια (μήνες)', { id: 'eligibility.duration' }), this._duration, (v) => (this._duration = v), undefined, 'number')}
        ${this._input('deadline', msg('Προθεσμία προσφορών: ημερομηνία', { id: 'consultation.deadline-date' }), this._deadlineDate, (v) => (this._deadlineDate = v), dateHint())}
        ${this._input('deadlineTime', msg('Προθεσμία: ώρα (ώρα Ελλάδας)', { id: 'consultation.deadline-time' }), this._deadlineTime, (v) => (this._deadlineTime = v), msg('ωω:λλ', { id: 'consultation.time-hint' }))}
        ${this._input('department', msg('Υπηρεσία', { id: 'consultation.department' }), this._department, (v) => (this._department = v))}
        ${this._renderRule()}
        <label class="check"
          ><input type="checkbox" .checked=${this._openToAll} @change=${(e: Event) => (this._openToAll = (e.target as HTMLInputElement).checked)} />
          ${msg('Ανοιχτό σε κάθε επιλέξιμη επιχείρηση', { id: 'consultation.open-to-all' })}</label
        >
        ${this._errors.invitedEnterpriseIds ? html`<p class="error">${this._errors.invitedEnterpriseIds}</p>` : nothing}
        ${this._renderInvitees()}
        <div class="field">
          <label for="files">${msg('Συνημμένα (PDF, έως 10 MB το καθένα)', { id: 'consultation.files' })}</label>
          <input id="files" type="file" accept="application/pdf" multiple @change=${(e: Event) => (this._files = [...((e.target as HTMLInputElement).files ?? [])])} />
        </div>
        ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this._busy}>${msg('Αποθήκευση ως πρόχειρο', { id: 'consultation.save-draft' })}</button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-consultation-new': KoinsepConsultationNew;
  }
}
