import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ProblemError,
  createContract,
  deleteContract,
  formatDay,
  formatEuros,
  listContracts,
  normaliseMoney,
  searchEnterprises,
  updateContract,
  type Contract,
  type ContractInputBody,
  type ContractList,
  type Lang,
} from '../../api/procurement.ts';
import { ROUTES, ROUTE_NAMES, currentLang } from '../eligibility/procurement-labels.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';

const T = {
  el: {
    title: 'Μητρώο συμβάσεων',
    filters: 'Φίλτρα',
    year: 'Έτος',
    route: 'Διαδικασία',
    department: 'Υπηρεσία',
    any: '— Όλες —',
    words: 'Λέξεις τίτλου',
    apply: 'Εφαρμογή',
    exportXlsx: 'Λήψη (.xlsx)',
    exportCsv: 'Λήψη (CSV)',
    add: 'Νέα σύμβαση',
    edit: 'Επεξεργασία',
    remove: 'Διαγραφή',
    confirmRemove: (title: string) => `Διαγραφή της σύμβασης «${title}»;`,
    enterprise: 'Φορέας',
    enterpriseSearch: 'Αναζήτηση φορέα (όνομα)',
    contractTitle: 'Τίτλος',
    cpv: 'Κωδικός CPV',
    valueNet: 'Αξία χωρίς ΦΠΑ (€)',
    vat: 'ΦΠΑ (€)',
    awardedOn: 'Ημερομηνία ανάθεσης',
    startsOn: 'Έναρξη',
    endsOn: 'Λήξη',
    ada: 'ΑΔΑ Διαύγειας',
    adam: 'ΑΔΑΜ ΚΗΜΔΗΣ',
    save: 'Αποθήκευση',
    cancel: 'Ακύρωση',
    saved: 'Η σύμβαση αποθηκεύτηκε.',
    deleted: 'Η σύμβαση διαγράφηκε.',
    conflict: 'Η σύμβαση άλλαξε στο μεταξύ από άλλον χρήστη: φορτώθηκε ξανά.',
    errors: 'Διορθώστε τα πεδία που επισημαίνονται.',
    invalidMoney: 'Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.',
    count: (n: number) => `${n} συμβάσεις`,
    none: 'Καμία σύμβαση.',
    actions: 'Ενέργειες',
  },
  en: {
    title: 'Contract register',
    filters: 'Filters',
    year: 'Year',
    route: 'Award route',
    department: 'Department',
    any: '— All —',
    words: 'Title words',
    apply: 'Apply',
    exportXlsx: 'Download (.xlsx)',
    exportCsv: 'Download (CSV)',
    add: 'New contract',
    edit: 'Edit',
    remove: 'Delete',
    confirmRemove: (title: string) => `Delete the contract "${title}"?`,
    enterprise: 'Enterprise',
    enterpriseSearch: 'Find enterprise (name)',
    contractTitle: 'Title',
    cpv: 'CPV code',
    valueNet: 'Value net of VAT (€)',
    vat: 'VAT (€)',
    awardedOn: 'Awarded on',
    startsOn: 'Starts on',
    endsOn: 'Ends on',
    ada: 'Diavgeia ΑΔΑ',
    adam: 'ΚΗΜΔΗΣ ΑΔΑΜ',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'The contract was saved.',
    deleted: 'The contract was deleted.',
    conflict: 'Someone else changed the contract meanwhile: it has been reloaded.',
    errors: 'Correct the highlighted fields.',
    invalidMoney: 'Enter an amount in euros with at most two decimals.',
    count: (n: number) => `${n} contracts`,
    none: 'No contracts.',
    actions: 'Actions',
  },
};

interface Draft {
  id: string | null;
  enterpriseId: string;
  enterpriseName: string;
  title: string;
  cpvCode: string;
  awardRoute: string;
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
  id: null, enterpriseId: '', enterpriseName: '', title: '', cpvCode: '', awardRoute: 'direct_award', valueNet: '', vat: '',
  department: '', awardedOn: '', startsOn: '', endsOn: '', diavgeiaAda: '', kimdisAdam: '',
});

/** The contract register (issue 6): filters, list, exports, and a form to record or correct a contract. */
@customElement('koinsep-contracts-page')
export class KoinsepContractsPage extends LitElement {
  static override styles = [procurementStyles, css`fieldset { border: 1px solid #c4c4c4; border-radius: 6px; margin: 1rem 0; } td.num { text-align: right; }`];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _filters: Record<string, string> = { year: String(new Date().getFullYear()) };
  @state() private _list: ContractList | null = null;
  @state() private _draft: Draft | null = null;
  @state() private _editing: Contract | null = null;
  @state() private _errors: Record<string, string> = {};
  @state() private _status = '';
  @state() private _failure = '';
  @state() private _enterpriseOptions: Array<{ id: string; name: string }> = [];

  private get _t() {
    return T[this.lang];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private async _load() {
    try {
      const query = Object.fromEntries(Object.entries(this._filters).filter(([, v]) => v));
      this._list = await listContracts({ ...query, pageSize: '200' });
      this._failure = '';
    } catch (error) {
      this._failure = error instanceof ProblemError ? error.detail : String(error);
    }
  }

  private _exportQuery() {
    return new URLSearchParams({ ...Object.fromEntries(Object.entries(this._filters).filter(([, v]) => v)), lang: this.lang }).toString();
  }

  private _edit(contract: Contract | null) {
    this._editing = contract;
    this._errors = {};
    this._status = '';
    this._draft = contract
      ? {
          id: contract.id, enterpriseId: contract.enterprise.id, enterpriseName: contract.enterprise.name, title: contract.title,
          cpvCode: contract.cpvCode, awardRoute: contract.awardRoute, valueNet: contract.valueNet, vat: contract.vat,
          department: contract.department, awardedOn: contract.awardedOn, startsOn: contract.startsOn, endsOn: contract.endsOn ?? '',
          diavgeiaAda: contract.diavgeiaAda ?? '', kimdisAdam: contract.kimdisAdam ?? '',
        }
      : emptyDraft();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#f-enterprise')?.focus());
  }

  private async _findEnterprise(q: string) {
    if (q.trim().length < 2) return;
    try {
      this._enterpriseOptions = (await searchEnterprises(q, this.lang)).items.map((e) => ({ id: e.id, name: e.name }));
    } catch {
      this._enterpriseOptions = [];
    }
  }

  private async _onSave(event: SubmitEvent) {
    event.preventDefault();
    const d = this._draft!;
    const errors: Record<string, string> = {};
    const valueNet = normaliseMoney(d.valueNet);
    const vat = normaliseMoney(d.vat || '0');
    if (valueNet === null) errors.valueNet = this._t.invalidMoney;
    if (vat === null) errors.vat = this._t.invalidMoney;
    this._errors = errors;
    if (Object.keys(errors).length) return;
    const body: ContractInputBody = {
      enterpriseId: d.enterpriseId, title: d.title, cpvCode: d.cpvCode, awardRoute: d.awardRoute as ContractInputBody['awardRoute'],
      valueNet: valueNet!, vat: vat!, department: d.department, awardedOn: d.awardedOn, startsOn: d.startsOn,
      endsOn: d.endsOn || null, diavgeiaAda: d.diavgeiaAda || null, kimdisAdam: d.kimdisAdam || null,
    };
    try {
      if (this._editing) await updateContract(this._editing, body);
      else await createContract(body);
      this._draft = null;
      this._editing = null;
      this._status = this._t.saved;
      await this._load();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        this._status = this._t.conflict;
        await this._load();
        this._edit(this._list?.items.find((c) => c.id === this._editing?.id) ?? null);
        return;
      }
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else this._failure = error instanceof ProblemError ? error.detail : String(error);
    }
  }

  private async _onDelete(contract: Contract) {
    if (!confirm(this._t.confirmRemove(contract.title))) return;
    try {
      await deleteContract(contract);
      this._status = this._t.deleted;
    } catch (error) {
      this._status = error instanceof ProblemError && error.status === 412 ? this._t.conflict : String(error);
    }
    await this._load();
  }

  private _input(field: keyof Draft, label: string, type = 'text', extra: { required?: boolean; inputmode?: string } = {}) {
    const error = this._errors[field];
    return html`<div class="field">
      <label for=${`f-${field}`}>${label}</label>
      <input id=${`f-${field}`} type=${type} ?required=${extra.required ?? false} inputmode=${extra.inputmode ?? nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `e-${field}` : nothing}
        .value=${String(this._draft![field] ?? '')}
        @input=${(e: Event) => (this._draft = { ...this._draft!, [field]: (e.target as HTMLInputElement).value })} />
      ${error ? html`<span class="error" id=${`e-${field}`}>${error}</span>` : nothing}
    </div>`;
  }

  private _renderForm() {
    const t = this._t;
    const d = this._draft!;
    const enterpriseError = this._errors.enterpriseId;
    return html`<form @submit=${this._onSave} novalidate aria-labelledby="form-title">
      <h2 id="form-title">${this._editing ? t.edit : t.add}</h2>
      ${Object.keys(this._errors).length ? html`<p class="error" role="alert">${t.errors}</p>` : nothing}
      <div class="grid">
        <div class="field">
          <label for="f-enterprise">${t.enterpriseSearch}</label>
          <input id="f-enterprise" list="enterprise-options" autocomplete="off" .value=${d.enterpriseName}
            aria-invalid=${enterpriseError ? 'true' : 'false'} aria-describedby=${enterpriseError ? 'e-enterpriseId' : nothing}
            @input=${(e: Event) => {
              const name = (e.target as HTMLInputElement).value;
              const chosen = this._enterpriseOptions.find((o) => o.name === name);
              this._draft = { ...d, enterpriseName: name, enterpriseId: chosen?.id ?? '' };
              void this._findEnterprise(name);
            }} />
          <datalist id="enterprise-options">${this._enterpriseOptions.map((o) => html`<option value=${o.name}></option>`)}</datalist>
          ${enterpriseError ? html`<span class="error" id="e-enterpriseId">${enterpriseError}</span>` : nothing}
        </div>
        ${this._input('title', t.contractTitle, 'text', { required: true })}
        ${this._input('cpvCode', t.cpv, 'text', { required: true, inputmode: 'numeric' })}
        <div class="field">
          <label for="f-awardRoute">${t.route}</label>
          <select id="f-awardRoute" @change=${(e: Event) => (this._draft = { ...this._draft!, awardRoute: (e.target as HTMLSelectElement).value })}>
            ${ROUTES.map((r) => html`<option value=${r} ?selected=${r === d.awardRoute}>${ROUTE_NAMES[r]![this.lang]}</option>`)}
          </select>
        </div>
        ${this._input('valueNet', t.valueNet, 'text', { required: true, inputmode: 'decimal' })}
        ${this._input('vat', t.vat, 'text', { inputmode: 'decimal' })}
        ${this._input('department', t.department, 'text', { required: true })}
        ${this._input('awardedOn', t.awardedOn, 'date', { required: true })}
        ${this._input('startsOn', t.startsOn, 'date', { required: true })}
        ${this._input('endsOn', t.endsOn, 'date')}
        ${this._input('diavgeiaAda', t.ada)}
        ${this._input('kimdisAdam', t.adam)}
      </div>
      <p class="actions">
        <button type="submit" class="primary">${t.save}</button>
        <button type="button" @click=${() => { this._draft = null; this._editing = null; }}>${t.cancel}</button>
      </p>
    </form>`;
  }

  override render() {
    const t = this._t;
    const list = this._list;
    const setFilter = (key: string) => (e: Event) => (this._filters = { ...this._filters, [key]: (e.target as HTMLInputElement).value });
    return html`
      <h1>${t.title}</h1>
      <form @submit=${(e: Event) => { e.preventDefault(); void this._load(); }} aria-label=${t.filters}>
        <div class="grid">
          <div class="field"><label for="q-year">${t.year}</label><input id="q-year" type="number" min="2000" max="2100" .value=${this._filters.year ?? ''} @input=${setFilter('year')} /></div>
          <div class="field"><label for="q-route">${t.route}</label>
            <select id="q-route" @change=${setFilter('route')}><option value="">${t.any}</option>
              ${ROUTES.map((r) => html`<option value=${r} ?selected=${this._filters.route === r}>${ROUTE_NAMES[r]![this.lang]}</option>`)}</select></div>
          <div class="field"><label for="q-department">${t.department}</label>
            <select id="q-department" @change=${setFilter('department')}><option value="">${t.any}</option>
              ${(list?.departments ?? []).map((d) => html`<option ?selected=${this._filters.department === d}>${d}</option>`)}</select></div>
          <div class="field"><label for="q-words">${t.words}</label><input id="q-words" .value=${this._filters.q ?? ''} @input=${setFilter('q')} /></div>
        </div>
        <p class="actions">
          <button type="submit">${t.apply}</button>
          <a class="button" href=${`/api/v1/contracts/export.xlsx?${this._exportQuery()}`} download>${t.exportXlsx}</a>
          <a class="button" href=${`/api/v1/contracts/export.csv?${this._exportQuery()}`} download>${t.exportCsv}</a>
          <button type="button" class="primary" @click=${() => this._edit(null)}>${t.add}</button>
        </p>
      </form>
      <p role="status">${this._status}</p>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${this._draft ? this._renderForm() : nothing}
      ${list
        ? html`<h2>${t.count(list.total)}</h2>
            ${list.items.length === 0
              ? html`<p>${t.none}</p>`
              : html`<div class="table-scroll"><table>
                  <thead><tr><th scope="col">${t.awardedOn}</th><th scope="col">${t.enterprise}</th><th scope="col">${t.contractTitle}</th><th scope="col">${t.route}</th><th scope="col">${t.valueNet}</th><th scope="col">${t.department}</th><th scope="col">${t.actions}</th></tr></thead>
                  <tbody>${list.items.map(
                    (c) => html`<tr>
                      <td>${formatDay(c.awardedOn, this.lang)}</td><td>${c.enterprise.name}</td><td>${c.title} <small>(${c.cpvCode})</small></td>
                      <td>${ROUTE_NAMES[c.awardRoute]?.[this.lang]}</td><td class="num">${formatEuros(c.valueNet, this.lang)}</td><td>${c.department}</td>
                      <td><button type="button" aria-label=${`${t.edit}: ${c.title}`} @click=${() => this._edit(c)}>${t.edit}</button>
                        <button type="button" class="danger" aria-label=${`${t.remove}: ${c.title}`} @click=${() => this._onDelete(c)}>${t.remove}</button></td>
                    </tr>`,
                  )}</tbody></table></div>`}`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-contracts-page': KoinsepContractsPage;
  }
}
