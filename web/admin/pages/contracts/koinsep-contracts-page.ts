import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AwardRoute, Contract, ContractInputBody, ContractList } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDate, formatEuros, normaliseMoney, parseDate } from '../../../shared/format.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import {
  contractsExportUrl,
  createContract,
  deleteContract,
  listContracts,
  updateContract,
} from '../../api/contracts.ts';
import { awardRouteNames, awardRoutes } from '../../labels/lists.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import type { KoinsepDialog } from '../../components/koinsep-dialog.ts';
import '../../components/koinsep-dialog.ts';
import '../accounts/koinsep-enterprise-picker.ts';
import type { CpvChoice } from '../eligibility/koinsep-cpv-picker.ts';
import '../eligibility/koinsep-cpv-picker.ts';

interface Draft {
  id: string | null;
  enterpriseId: string;
  enterpriseName: string;
  title: string;
  /** The contract's one CPV code, or none yet (the picker shows its label). */
  cpv: CpvChoice[];
  awardRoute: AwardRoute;
  valueNet: string;
  vat: string;
  department: string;
  awardedOn: string;
  startsOn: string;
  endsOn: string;
  diavgeiaAda: string;
  kimdisAdam: string;
}

const emptyDraft = (): Draft => ({
  id: null,
  enterpriseId: '',
  enterpriseName: '',
  title: '',
  cpv: [],
  awardRoute: 'direct_award',
  valueNet: '',
  vat: '',
  department: '',
  awardedOn: '',
  startsOn: '',
  endsOn: '',
  diavgeiaAda: '',
  kimdisAdam: '',
});

/** A code as saved or linked (eight digits, maybe with its check digit): the picker finds its label. */
const cpvOf = (code: string | null | undefined): CpvChoice[] =>
  code ? [{ code: code.replace(/-\d$/, ''), formatted: code, label: '' }] : [];

/** The contract register (issue 6): filters, list, exports, and a form to record or correct a contract. */
@localized()
@customElement('koinsep-contracts-page')
export class KoinsepContractsPage extends LitElement {
  static override styles = [
    procurementStyles,
    css`fieldset { border: 1px solid #c4c4c4; border-radius: 6px; margin: 1rem 0; } td.num { text-align: right; }
      tr[aria-current='true'] > * { background: var(--koinsep-color-accent-soft); }`,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _filters: Record<string, string> = { year: String(new Date().getFullYear()) };
  @state() private _list: ContractList | null = null;
  @state() private _draft: Draft | null = null;
  @state() private _editing: Contract | null = null;
  @state() private _errors: Record<string, string> = {};
  @state() private _status = '';
  @state() private _failure = '';
  /** The contract the delete dialog asks about. */
  @state() private _deleting: Contract | null = null;
  @query('#confirm-delete') private _deleteDialog!: KoinsepDialog;

  /** The contract a link pointed at (?id=, e.g. from its request for quotes): marked in the list. */
  @state() private _pointedAt = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this._pointedAt = new URLSearchParams(location.search).get('id') ?? '';
    void this._load();
    this._prefillFromLink();
  }

  /**
   * "Record a contract" from the eligibility page: ?new=1 opens the form with the enterprise,
   * CPV code, route, value and start date of the need (staff complete the rest).
   */
  private _prefillFromLink() {
    const params = new URLSearchParams(location.search);
    if (params.get('new') !== '1') return;
    this._edit(null);
    const route = params.get('awardRoute');
    const startsOn = params.get('startsOn');
    this._draft = {
      ...this._draft!,
      enterpriseId: params.get('enterpriseId') ?? '',
      enterpriseName: params.get('enterpriseName') ?? '',
      cpv: cpvOf(params.get('cpvCode')),
      awardRoute: route && route in awardRouteNames() ? (route as AwardRoute) : 'direct_award',
      valueNet: params.get('valueNet') ?? '',
      startsOn: startsOn ? formatDate(startsOn) : '',
    };
  }

  private async _load() {
    try {
      const query = Object.fromEntries(Object.entries(this._filters).filter(([, v]) => v));
      this._list = await listContracts({ ...query, pageSize: '200' });
      this._failure = '';
    } catch (error) {
      this._failure = errorText(error);
    }
  }

  private _exportUrl(format: 'xlsx' | 'csv') {
    return contractsExportUrl(format, { ...this._filters, lang: this.lang });
  }

  private _edit(contract: Contract | null) {
    this._editing = contract;
    this._errors = {};
    this._status = '';
    this._draft = contract
      ? {
          id: contract.id,
          enterpriseId: contract.enterprise.id,
          enterpriseName: contract.enterprise.name,
          title: contract.title,
          cpv: cpvOf(contract.cpvCode),
          awardRoute: contract.awardRoute,
          valueNet: contract.valueNet,
          vat: contract.vat,
          department: contract.department,
          awardedOn: formatDate(contract.awardedOn),
          startsOn: formatDate(contract.startsOn),
          endsOn: contract.endsOn ? formatDate(contract.endsOn) : '',
          diavgeiaAda: contract.diavgeiaAda ?? '',
          kimdisAdam: contract.kimdisAdam ?? '',
        }
      : emptyDraft();
    void this.updateComplete.then(() => this.renderRoot.querySelector('koinsep-enterprise-picker')?.focus());
  }

  private async _onSave(event: SubmitEvent) {
    event.preventDefault();
    const d = this._draft!;
    const errors: Record<string, string> = {};
    const valueNet = normaliseMoney(d.valueNet);
    const vat = normaliseMoney(d.vat || '0');
    if (valueNet === null)
      errors.valueNet = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'contracts.invalid-money' });
    if (vat === null) errors.vat = msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'contracts.invalid-money' });
    const day = (field: 'awardedOn' | 'startsOn' | 'endsOn') => {
      const value = parseDate(d[field]);
      if (value === null && d[field].trim() !== '') errors[field] = dateError();
      return value;
    };
    const [awardedOn, startsOn, endsOn] = [day('awardedOn'), day('startsOn'), day('endsOn')];
    this._errors = errors;
    if (Object.keys(errors).length) return;
    const body: ContractInputBody = {
      enterpriseId: d.enterpriseId,
      title: d.title,
      cpvCode: d.cpv[0]?.code ?? '',
      awardRoute: d.awardRoute,
      valueNet: valueNet!,
      vat: vat!,
      department: d.department,
      awardedOn: awardedOn ?? '',
      startsOn: startsOn ?? '',
      endsOn,
      diavgeiaAda: d.diavgeiaAda || null,
      kimdisAdam: d.kimdisAdam || null,
    };
    try {
      if (this._editing) await updateContract(this._editing, body);
      else await createContract(body);
      this._draft = null;
      this._editing = null;
      this._status = msg('Η σύμβαση αποθηκεύτηκε.', { id: 'contracts.saved' });
      await this._load();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        this._status = msg('Η σύμβαση άλλαξε στο μεταξύ από άλλον χρήστη: φορτώθηκε ξανά.', {
          id: 'contracts.conflict',
        });
        await this._load();
        this._edit(this._list?.items.find((c) => c.id === this._editing?.id) ?? null);
        return;
      }
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], [invalid]')?.focus();
      } else this._failure = errorText(error);
    }
  }

  /** A code chosen or removed answers the error about the codes: it goes until the next save. */
  private _onCpvChange = (event: CustomEvent<CpvChoice[]>) => {
    this._draft = { ...this._draft!, cpv: event.detail };
    if (this._errors.cpvCode)
      this._errors = Object.fromEntries(Object.entries(this._errors).filter(([k]) => k !== 'cpvCode'));
  };

  private async _onDelete(contract: Contract) {
    this._deleting = contract;
    await this.updateComplete;
    const confirmed = await this._deleteDialog.open();
    this._deleting = null;
    if (!confirmed) return;
    try {
      await deleteContract(contract);
      this._status = msg('Η σύμβαση διαγράφηκε.', { id: 'contracts.deleted' });
    } catch (error) {
      this._status =
        error instanceof ProblemError && error.status === 412
          ? msg('Η σύμβαση άλλαξε στο μεταξύ από άλλον χρήστη: φορτώθηκε ξανά.', { id: 'contracts.conflict' })
          : errorText(error);
    }
    await this._load();
  }

  /** A text field; a date is typed as dd/mm/yyyy (the hint says so), whatever the browser's locale. */
  private _input(
    field: Exclude<keyof Draft, 'cpv'>,
    label: string,
    type = 'text',
    extra: { required?: boolean; inputmode?: string } = {},
  ) {
    const error = this._errors[field];
    const date = type === 'date';
    const describedBy = [date ? `h-${field}` : '', error ? `e-${field}` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${`f-${field}`}>${label}</label>
      <input id=${`f-${field}`} type=${date ? 'text' : type} ?required=${extra.required ?? false} inputmode=${extra.inputmode ?? nothing} autocomplete=${date ? 'off' : nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        .value=${String(this._draft![field] ?? '')}
        @input=${(e: Event) => (this._draft = { ...this._draft!, [field]: (e.target as HTMLInputElement).value })} />
      ${date ? html`<span class="hint" id=${`h-${field}`}>${dateHint()}</span>` : nothing}
      ${error ? html`<span class="error" id=${`e-${field}`}>${error}</span>` : nothing}
    </div>`;
  }

  /** The way back to the request for quotes whose award created the contract. */
  private _fromRequest(c: Contract) {
    if (!c.consultationId) return nothing;
    const name = msg('Αίτημα προσφορών', { id: 'consultation.heading' });
    return html`<br /><a href=${`/admin/consultation?id=${encodeURIComponent(c.consultationId)}`} aria-label=${`${name}: ${c.title}`}>${name}</a>`;
  }

  private _renderForm() {
    const d = this._draft!;
    const enterpriseError = this._errors.enterpriseId;
    return html`<form @submit=${this._onSave} novalidate aria-labelledby="form-title">
      <h2 id="form-title">${this._editing ? msg('Επεξεργασία', { id: 'contracts.edit' }) : msg('Νέα σύμβαση', { id: 'contracts.add' })}</h2>
      ${Object.keys(this._errors).length ? html`<p class="error" role="alert">${msg('Διορθώστε τα πεδία που επισημαίνονται.', { id: 'contracts.errors' })}</p>` : nothing}
      <div class="grid">
        <div class="field">
          <koinsep-enterprise-picker id="f-enterprise"
            .label=${msg('Φορέας', { id: 'contracts.enterprise' })}
            .value=${d.enterpriseId}
            .error=${enterpriseError ?? ''}
            @enterprise-change=${(e: CustomEvent<string | null>) => (this._draft = { ...this._draft!, enterpriseId: e.detail ?? '' })}
          ></koinsep-enterprise-picker>
        </div>
        ${this._input('title', msg('Τίτλος', { id: 'contracts.contract-title' }), 'text', { required: true })}
        <div class="field">
          <koinsep-cpv-picker single required
            .lang=${this.lang}
            .label=${msg('Κωδικός CPV', { id: 'contracts.cpv' })}
            .value=${d.cpv}
            .error=${this._errors.cpvCode ?? ''}
            @cpv-change=${this._onCpvChange}
          ></koinsep-cpv-picker>
        </div>
        <div class="field">
          <label for="f-awardRoute">${msg('Διαδικασία', { id: 'contracts.route' })}</label>
          <select id="f-awardRoute" @change=${(e: Event) => (this._draft = { ...this._draft!, awardRoute: (e.target as HTMLSelectElement).value as AwardRoute })}>
            ${awardRoutes().map((r) => html`<option value=${r} ?selected=${r === d.awardRoute}>${awardRouteNames()[r]}</option>`)}
          </select>
        </div>
        ${this._input('valueNet', msg('Αξία χωρίς ΦΠΑ (€)', { id: 'contracts.value-net' }), 'text', { required: true, inputmode: 'decimal' })}
        ${this._input('vat', msg('ΦΠΑ (€)', { id: 'contracts.vat' }), 'text', { inputmode: 'decimal' })}
        ${this._input('department', msg('Υπηρεσία', { id: 'contracts.department' }), 'text', { required: true })}
        ${this._input('awardedOn', msg('Ημερομηνία ανάθεσης', { id: 'contracts.awarded-on' }), 'date', { required: true })}
        ${this._input('startsOn', msg('Έναρξη', { id: 'contracts.starts-on' }), 'date', { required: true })}
        ${this._input('endsOn', msg('Λήξη', { id: 'contracts.ends-on' }), 'date')}
        ${this._input('diavgeiaAda', msg('ΑΔΑ Διαύγειας', { id: 'contracts.ada' }))}
        ${this._input('kimdisAdam', msg('ΑΔΑΜ ΚΗΜΔΗΣ', { id: 'contracts.adam' }))}
      </div>
      <p class="actions">
        <button type="submit" class="primary">${msg('Αποθήκευση', { id: 'contracts.save' })}</button>
        <button type="button" @click=${() => {
          this._draft = null;
          this._editing = null;
        }}>${msg('Ακύρωση', { id: 'contracts.cancel' })}</button>
      </p>
    </form>`;
  }

  override render() {
    const list = this._list;
    const setFilter = (key: string) => (e: Event) =>
      (this._filters = { ...this._filters, [key]: (e.target as HTMLInputElement).value });
    return html`
      <h1>${msg('Μητρώο συμβάσεων', { id: 'contracts.title' })}</h1>
      <form @submit=${(e: Event) => {
        e.preventDefault();
        void this._load();
      }} aria-label=${msg('Φίλτρα', { id: 'contracts.filters' })}>
        <div class="grid">
          <div class="field"><label for="q-year">${msg('Έτος', { id: 'contracts.year' })}</label><input id="q-year" type="number" min="2000" max="2100" .value=${this._filters.year ?? ''} @input=${setFilter('year')} /></div>
          <div class="field"><label for="q-route">${msg('Διαδικασία', { id: 'contracts.route' })}</label>
            <select id="q-route" @change=${setFilter('route')}><option value="">${msg('— Όλες —', { id: 'contracts.any' })}</option>
              ${awardRoutes().map((r) => html`<option value=${r} ?selected=${this._filters.route === r}>${awardRouteNames()[r]}</option>`)}</select></div>
          <div class="field"><label for="q-department">${msg('Υπηρεσία', { id: 'contracts.department' })}</label>
            <select id="q-department" @change=${setFilter('department')}><option value="">${msg('— Όλες —', { id: 'contracts.any' })}</option>
              ${(list?.departments ?? []).map((d) => html`<option ?selected=${this._filters.department === d}>${d}</option>`)}</select></div>
          <div class="field"><label for="q-words">${msg('Λέξεις τίτλου', { id: 'contracts.words' })}</label><input id="q-words" .value=${this._filters.q ?? ''} @input=${setFilter('q')} /></div>
        </div>
        <p class="actions">
          <button type="submit">${msg('Εφαρμογή', { id: 'contracts.apply' })}</button>
          <a class="button" href=${this._exportUrl('xlsx')} download>${msg('Λήψη (.xlsx)', { id: 'contracts.export-xlsx' })}</a>
          <a class="button" href=${this._exportUrl('csv')} download>${msg('Λήψη (CSV)', { id: 'contracts.export-csv' })}</a>
          <button type="button" class="primary" @click=${() => this._edit(null)}>${msg('Νέα σύμβαση', { id: 'contracts.add' })}</button>
        </p>
      </form>
      <p role="status">${this._status}</p>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${this._draft ? this._renderForm() : nothing}
      <koinsep-dialog id="confirm-delete" danger .heading=${msg('Διαγραφή σύμβασης', { id: 'contracts.remove-title' })} .confirmLabel=${msg('Διαγραφή', { id: 'contracts.remove' })}>
        <p>${this._deleting ? msg(str`Διαγραφή της σύμβασης «${this._deleting.title}»;`, { id: 'contracts.confirm-remove' }) : nothing}</p>
      </koinsep-dialog>
      ${
        list
          ? html`<h2>${msg(str`${list.total} συμβάσεις`, { id: 'contracts.count' })}</h2>
            ${
              list.items.length === 0
                ? html`<p>${msg('Καμία σύμβαση.', { id: 'contracts.none' })}</p>`
                : html`<div class="table-scroll"><table>
                  <thead><tr><th scope="col">${msg('Ημερομηνία ανάθεσης', { id: 'contracts.awarded-on' })}</th><th scope="col">${msg('Φορέας', { id: 'contracts.enterprise' })}</th><th scope="col">${msg('Τίτλος', { id: 'contracts.contract-title' })}</th><th scope="col">${msg('Διαδικασία', { id: 'contracts.route' })}</th><th scope="col">${msg('Αξία χωρίς ΦΠΑ (€)', { id: 'contracts.value-net' })}</th><th scope="col">${msg('Υπηρεσία', { id: 'contracts.department' })}</th><th scope="col">${msg('Ενέργειες', { id: 'contracts.actions' })}</th></tr></thead>
                  <tbody>${list.items.map(
                    (c) => html`<tr aria-current=${c.id === this._pointedAt ? 'true' : nothing}>
                      <td>${formatDate(c.awardedOn)}</td><td>${c.enterprise.name}</td><td>${c.title} <small>(${c.cpvCode})</small>${this._fromRequest(c)}</td>
                      <td>${awardRouteNames()[c.awardRoute]}</td><td class="num">${formatEuros(c.valueNet, this.lang)}</td><td>${c.department}</td>
                      <td><button type="button" aria-label=${`${msg('Επεξεργασία', { id: 'contracts.edit' })}: ${c.title}`} @click=${() => this._edit(c)}>${msg('Επεξεργασία', { id: 'contracts.edit' })}</button>
                        <button type="button" class="danger" aria-label=${`${msg('Διαγραφή', { id: 'contracts.remove' })}: ${c.title}`} @click=${() => this._onDelete(c)}>${msg('Διαγραφή', { id: 'contracts.remove' })}</button></td>
                    </tr>`,
                  )}</tbody></table></div>`
            }`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-contracts-page': KoinsepContractsPage;
  }
}
