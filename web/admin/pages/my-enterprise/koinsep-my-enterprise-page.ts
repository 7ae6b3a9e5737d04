import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ChangeRequestView, MyEnterprise, ProfilePatch, ProfileValuesBody } from '../../../../api/contract.ts';
import { ProblemError } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listChangeRequests } from '../../api/change-requests.ts';
import { getMyEnterprise, patchMyEnterprise, uploadLogo } from '../../api/my-enterprise.ts';
import { fieldLabel, showValue } from '../../labels/field-labels.ts';
import { changeRequestStatusNames, legalFormNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';

type Kind = 'text' | 'textarea' | 'number' | 'integer' | 'date' | 'boolean' | 'select';
interface FieldSpec {
  name: keyof ProfileValuesBody;
  kind: Kind;
  type?: string;
  autocomplete?: string;
}

/** The editor's sections (a function: the titles follow the language). */
const groups = (): Array<{ title: string; fields: FieldSpec[] }> => [
  {
    title: msg('Ταυτότητα', { id: 'my-enterprise.group-identity' }),
    fields: [
      { name: 'legalName', kind: 'text' },
      { name: 'tradeName', kind: 'text' },
      { name: 'legalForm', kind: 'select' },
      { name: 'afm', kind: 'text' },
      { name: 'gemiNumber', kind: 'text' },
      { name: 'gemkaloNumber', kind: 'text' },
      { name: 'foundedOn', kind: 'date' },
    ],
  },
  { title: msg('Περιγραφή', { id: 'my-enterprise.group-description' }), fields: [{ name: 'descriptionEl', kind: 'textarea' }, { name: 'descriptionEn', kind: 'textarea' }, { name: 'website', kind: 'text', type: 'url' }] },
  {
    title: msg('Επικοινωνία', { id: 'my-enterprise.group-contact' }),
    fields: [
      { name: 'email', kind: 'text', type: 'email', autocomplete: 'email' },
      { name: 'emailPublic', kind: 'boolean' },
      { name: 'phone', kind: 'text', type: 'tel', autocomplete: 'tel' },
      { name: 'phonePublic', kind: 'boolean' },
      { name: 'contactPerson', kind: 'text', autocomplete: 'name' },
      { name: 'contactPersonPublic', kind: 'boolean' },
    ],
  },
  {
    title: msg('Διεύθυνση και θέση', { id: 'my-enterprise.group-address' }),
    fields: [
      { name: 'streetAddress', kind: 'text', autocomplete: 'street-address' },
      { name: 'postalCode', kind: 'text', autocomplete: 'postal-code' },
      { name: 'municipalityId', kind: 'text' },
      { name: 'lat', kind: 'number' },
      { name: 'lon', kind: 'number' },
      { name: 'addressPublic', kind: 'boolean' },
    ],
  },
  {
    title: msg('Μέλη και εργαζόμενοι', { id: 'my-enterprise.group-workforce' }),
    fields: [
      { name: 'membersCount', kind: 'integer' },
      { name: 'employeesCount', kind: 'integer' },
      { name: 'disadvantagedEmployeesCount', kind: 'integer' },
    ],
  },
];


type Values = Record<string, unknown>;

/**
 * The enterprise's profile editor (issue 5): every field, which need approval, the pending
 * proposal, the logo, and the status of the enterprise's requests. On a 412 it shows what
 * changed on the server and reloads without losing what the user typed.
 */
@localized()
@customElement('koinsep-my-enterprise-page')
export class KoinsepMyEnterprisePage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      fieldset { border: 1px solid #d0d0d0; border-radius: 8px; margin: 0 0 1rem; padding: 0.5rem 1rem 1rem; max-width: 44rem; }
      legend { font-weight: 700; padding: 0 0.3rem; }
      textarea { font: inherit; width: 100%; max-width: 40rem; min-height: 7rem; padding: 0.4rem 0.6rem; border: 1px solid #595959; border-radius: 4px; box-sizing: border-box; }
      .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 600; margin: 0.75rem 0 0.25rem; }
      .check input { width: 1.4rem; min-height: 1.4rem; }
      .tag { font-size: 0.85rem; color: #4a4a4a; font-weight: 400; }
      .pending { background: #fff8e1; border-color: #8a6d00; }
      .conflict { background: #fdecea; border-color: #a4161a; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _server: MyEnterprise | null = null;
  @state() private _draft: Values = {};
  @state() private _dirty = new Set<string>();
  @state() private _errors: Record<string, string> = {};
  @state() private _message = '';
  @state() private _error = '';
  @state() private _busy = false;
  @state() private _conflict: { current: MyEnterprise; fields: string[] } | null = null;
  @state() private _requests: ChangeRequestView[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  /** What the editor starts from: the server's values with the pending proposal laid over them. */
  private _base(server: MyEnterprise): Values {
    return { ...server.profile, ...(server.pendingChange?.proposed ?? {}) };
  }

  private async _load(keepMine = false) {
    try {
      const server = await getMyEnterprise();
      const base = this._base(server);
      const draft: Values = { ...base };
      if (keepMine) for (const field of this._dirty) draft[field] = this._draft[field];
      else this._dirty = new Set();
      this._server = server;
      this._draft = draft;
      this._conflict = null;
      this._requests = (await listChangeRequests()).items;
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _onInput(spec: FieldSpec, event: Event) {
    const target = event.target as HTMLInputElement;
    let value: unknown;
    if (spec.kind === 'boolean') value = target.checked;
    else if (spec.kind === 'number' || spec.kind === 'integer') value = target.value.trim() === '' ? null : Number(target.value.replace(',', '.'));
    else value = target.value;
    this._draft = { ...this._draft, [spec.name]: value };
    this._dirty = new Set(this._dirty).add(spec.name);
  }

  private async _save(event: Event) {
    event.preventDefault();
    if (!this._server) return;
    const base = this._base(this._server);
    const changes: Values = {};
    for (const field of this._dirty) if (JSON.stringify(this._draft[field] ?? null) !== JSON.stringify(base[field] ?? null)) changes[field] = this._draft[field];
    this._message = '';
    this._error = '';
    this._errors = {};
    if (Object.keys(changes).length === 0) {
      this._message = msg('Δεν αλλάξατε κάτι.', { id: 'my-enterprise.nothing' });
      return;
    }
    this._busy = true;
    try {
      const result = await patchMyEnterprise(changes as ProfilePatch, this._server.etag);
      const names = (fields: string[]) => fields.map((f) => fieldLabel(f)).join(', ');
      this._message = [
        result.appliedFields.length ? msg(str`Αποθηκεύτηκαν: ${names(result.appliedFields)}.`, { id: 'my-enterprise.applied' }) : '',
        result.pendingFields.length ? msg(str`Στάλθηκε για έγκριση: ${names(result.pendingFields)}.`, { id: 'my-enterprise.sent' }) : '',
      ]
        .filter(Boolean)
        .join(' ');
      await this._load();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        const current = error.body.current as MyEnterprise;
        const theirs = this._base(current);
        const fields = Object.keys(theirs).filter((f) => JSON.stringify(theirs[f] ?? null) !== JSON.stringify(base[f] ?? null));
        this._conflict = { current, fields };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#conflict')?.focus();
      } else if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = error.fieldErrors();
        this._error = msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-enterprise.fix' });
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      } else this._error = (error as Error).message;
    } finally {
      this._busy = false;
    }
  }

  private async _uploadLogo(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this._error = '';
    try {
      const { logoId } = await uploadLogo(new FormData(form));
      this._draft = { ...this._draft, logoId };
      this._dirty = new Set(this._dirty).add('logoId');
      await this._save(event);
      form.reset();
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  /** When the municipality last verified the profile, or null. */
  private _verification(v: MyEnterprise['verification']): string | null {
    if (!v.assuredDate) return null;
    return v.stale
      ? msg(str`Επαληθεύτηκε από τον Δήμο στις ${formatDate(v.assuredDate)} (πάνω από 12 μήνες: χρειάζεται νέα επαλήθευση).`, { id: 'my-enterprise.verified-stale' })
      : msg(str`Επαληθεύτηκε από τον Δήμο στις ${formatDate(v.assuredDate)}.`, { id: 'my-enterprise.verified' });
  }

  private _hint(name: string) {
    const rule = this._server?.moderation[name];
    return rule === 'moderated' ? msg('Με έγκριση του Δήμου', { id: 'my-enterprise.moderated' }) : rule === 'moderated_when_public' ? msg('Με έγκριση όταν είναι δημόσιο', { id: 'my-enterprise.when-public' }) : rule === 'moderated_when_shown' ? msg('Η εμφάνιση χρειάζεται έγκριση, η απόκρυψη όχι', { id: 'my-enterprise.when-shown' }) : '';
  }

  private _field(spec: FieldSpec) {
    const id = `f-${spec.name}`;
    const label = fieldLabel(spec.name);
    const error = this._errors[spec.name];
    const hint = this._hint(spec.name);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const value = this._draft[spec.name];
    const extra = html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
    if (spec.kind === 'boolean')
      return html`<div><label class="check"><input type="checkbox" id=${id} .checked=${value === true} aria-describedby=${describedBy ?? nothing} @change=${(e: Event) => this._onInput(spec, e)} />${label}</label>${extra}</div>`;
    if (spec.kind === 'textarea')
      return html`<label for=${id}>${label}</label><textarea id=${id} .value=${String(value ?? '')} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} @input=${(e: Event) => this._onInput(spec, e)}></textarea>${extra}`;
    if (spec.kind === 'select')
      return html`<label for=${id}>${label}</label>
        <select id=${id} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing} @change=${(e: Event) => this._onInput(spec, e)}>
          ${Object.entries(legalFormNames()).map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
        </select>${extra}`;
    const type = spec.kind === 'date' ? 'date' : spec.kind === 'number' || spec.kind === 'integer' ? 'text' : (spec.type ?? 'text');
    return html`<label for=${id}>${label}</label>
      <input id=${id} type=${type} inputmode=${spec.kind === 'number' ? 'decimal' : spec.kind === 'integer' ? 'numeric' : nothing} autocomplete=${spec.autocomplete ?? 'off'}
        .value=${value === null || value === undefined ? '' : String(value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing}
        @input=${(e: Event) => this._onInput(spec, e)} />${extra}`;
  }

  override render() {
    const server = this._server;
    if (!server) return html`<h1>${msg('Το προφίλ μας', { id: 'my-enterprise.title' })}</h1>${this._error ? html`<p class="error" role="alert">${this._error}</p>` : html`<p role="status">${msg('Φόρτωση…', { id: 'my-enterprise.loading' })}</p>`}`;
    const pending = server.pendingChange;
    const verification = server.verification;
    return html`<h1>${msg('Το προφίλ μας', { id: 'my-enterprise.title' })}</h1>
      <p class="hint">${msg('Οι αλλαγές σε ό,τι βλέπει το κοινό ελέγχονται από τον Δήμο πριν δημοσιευτούν· τα ιδιωτικά στοιχεία επικοινωνίας αποθηκεύονται αμέσως.', { id: 'my-enterprise.intro' })}</p>
      <p>${this._verification(verification) ?? msg('Δεν έχει επαληθευτεί ακόμη από τον Δήμο.', { id: 'my-enterprise.not-verified' })}</p>
      ${pending
        ? html`<section class="card pending" aria-labelledby="pending-title">
            <h2 id="pending-title">${msg('Εκκρεμεί αίτημα αλλαγής', { id: 'my-enterprise.pending' })}</h2>
            <p>${msg('Τα πεδία αυτά εμφανίζονται με τις τιμές που προτείνατε· θα δημοσιευτούν όταν εγκριθούν.', { id: 'my-enterprise.pending-intro' })}</p>
            <ul>${Object.entries(pending.proposed).map(([f, v]) => html`<li><strong>${fieldLabel(f)}</strong>: ${showValue(v)}</li>`)}</ul>
          </section>`
        : nothing}
      ${this._conflict
        ? html`<section class="card conflict" id="conflict" tabindex="-1" role="alert" aria-labelledby="conflict-title">
            <h2 id="conflict-title">${msg('Κάποιος άλλος άλλαξε το προφίλ στο μεταξύ', { id: 'my-enterprise.conflict-title' })}</h2>
            <p>${msg('Δεν αποθηκεύτηκε τίποτα. Τα πεδία που διαφέρουν τώρα στον διακομιστή:', { id: 'my-enterprise.conflict-intro' })}</p>
            <ul>
              ${this._conflict.fields.map(
                (f) => html`<li><strong>${fieldLabel(f)}</strong>: ${msg('Στον διακομιστή', { id: 'my-enterprise.server-value' })} «${showValue(this._base(this._conflict!.current)[f])}»${this._dirty.has(f) ? html` · ${msg('Η τιμή σας', { id: 'my-enterprise.your-value' })} «${showValue(this._draft[f])}»` : nothing}</li>`,
              )}
            </ul>
            <div class="actions">
              <button class="primary" @click=${() => this._load(true)}>${msg('Ανανέωση κρατώντας τις αλλαγές μου', { id: 'my-enterprise.keep' })}</button>
              <button @click=${() => this._load(false)}>${msg('Ανανέωση χωρίς τις αλλαγές μου', { id: 'my-enterprise.discard' })}</button>
            </div>
          </section>`
        : nothing}
      <form @submit=${this._save} novalidate>
        ${groups().map((g) => html`<fieldset><legend>${g.title}</legend>${g.fields.map((f) => this._field(f))}</fieldset>`)}
        <div class="actions"><button class="primary" type="submit" ?disabled=${this._busy}>${this._busy ? msg('Αποθήκευση…', { id: 'my-enterprise.saving' }) : msg('Αποθήκευση', { id: 'my-enterprise.save' })}</button></div>
      </form>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <section class="card" aria-labelledby="logo-title">
        <h2 id="logo-title">${msg('Λογότυπο', { id: 'my-enterprise.logo' })}</h2>
        ${server.logoUrl ? html`<img src=${server.logoUrl} alt="${msg('Λογότυπο', { id: 'my-enterprise.logo' })}: ${server.profile.tradeName ?? server.profile.legalName}" width="96" height="96" style="object-fit: contain" />` : nothing}
        <form @submit=${this._uploadLogo}>
          <label for="logo-file">${msg('Ανέβασμα λογοτύπου', { id: 'my-enterprise.upload' })}</label>
          <input id="logo-file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="logo-hint" />
          <p class="hint" id="logo-hint">${msg('PNG, JPEG ή WebP έως 2 MB. Δημοσιεύεται μετά την έγκριση.', { id: 'my-enterprise.logo-hint' })}</p>
          <div class="actions"><button type="submit">${msg('Ανέβασμα λογοτύπου', { id: 'my-enterprise.upload' })}</button></div>
        </form>
      </section>
      <h2>${msg('Τα αιτήματά μας', { id: 'my-enterprise.requests' })}</h2>
      ${this._requests.length === 0
        ? html`<p>${msg('Κανένα αίτημα ακόμη.', { id: 'my-enterprise.none' })}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Τα αιτήματά μας', { id: 'my-enterprise.requests' })}><table>
            <thead><tr><th scope="col">${msg('Υποβλήθηκε', { id: 'my-enterprise.when' })}</th><th scope="col">${msg('Τι', { id: 'my-enterprise.what' })}</th><th scope="col">${msg('Κατάσταση', { id: 'my-enterprise.status' })}</th><th scope="col">${msg('Σχόλιο Δήμου', { id: 'my-enterprise.comment' })}</th></tr></thead>
            <tbody>${this._requests.map(
              (r) => html`<tr>
                <td>${formatDateTime(r.createdAt)}</td>
                <td>${r.kind === 'profile' ? msg('Προφίλ', { id: 'my-enterprise.profile' }) : msg('Υπηρεσία', { id: 'my-enterprise.service' })}: ${Object.keys(r.proposed).map((f) => fieldLabel(f)).join(', ')}</td>
                <td>${changeRequestStatusNames()[r.status]}</td>
                <td>${r.reviewComment ?? ''}</td>
              </tr>`,
            )}</tbody>
          </table></div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-enterprise-page': KoinsepMyEnterprisePage;
  }
}
