import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import {
  getMyEnterprise,
  listChangeRequests,
  patchMyEnterprise,
  ProblemError,
  uploadLogo,
  type ChangeRequestView,
  type MyEnterprise,
  type ProfilePatch,
} from './self-service-api.ts';
import { FIELD_LABELS, LEGAL_FORM_NAMES, STATUS_LABELS, fieldLabel, formatDateTime, showValue, type Lang } from './self-service-labels.ts';

type Kind = 'text' | 'textarea' | 'number' | 'integer' | 'date' | 'boolean' | 'select';
interface FieldSpec {
  name: string;
  kind: Kind;
  type?: string;
  autocomplete?: string;
}

const GROUPS: Array<{ title: { el: string; en: string }; fields: FieldSpec[] }> = [
  {
    title: { el: 'Ταυτότητα', en: 'Identity' },
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
  { title: { el: 'Περιγραφή', en: 'Description' }, fields: [{ name: 'descriptionEl', kind: 'textarea' }, { name: 'descriptionEn', kind: 'textarea' }, { name: 'website', kind: 'text', type: 'url' }] },
  {
    title: { el: 'Επικοινωνία', en: 'Contact' },
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
    title: { el: 'Διεύθυνση και θέση', en: 'Address and position' },
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
    title: { el: 'Μέλη και εργαζόμενοι', en: 'Members and employees' },
    fields: [
      { name: 'membersCount', kind: 'integer' },
      { name: 'employeesCount', kind: 'integer' },
      { name: 'disadvantagedEmployeesCount', kind: 'integer' },
    ],
  },
];
const ALL_FIELDS = GROUPS.flatMap((g) => g.fields);

const T = {
  el: {
    title: 'Το προφίλ μας',
    intro: 'Οι αλλαγές σε ό,τι βλέπει το κοινό ελέγχονται από τον Δήμο πριν δημοσιευτούν· τα ιδιωτικά στοιχεία επικοινωνίας αποθηκεύονται αμέσως.',
    moderated: 'Με έγκριση του Δήμου',
    whenPublic: 'Με έγκριση όταν είναι δημόσιο',
    whenShown: 'Η εμφάνιση χρειάζεται έγκριση, η απόκρυψη όχι',
    save: 'Αποθήκευση',
    saving: 'Αποθήκευση…',
    nothing: 'Δεν αλλάξατε κάτι.',
    sent: (fields: string) => `Στάλθηκε για έγκριση: ${fields}.`,
    applied: (fields: string) => `Αποθηκεύτηκαν: ${fields}.`,
    pending: 'Εκκρεμεί αίτημα αλλαγής',
    pendingIntro: 'Τα πεδία αυτά εμφανίζονται με τις τιμές που προτείνατε· θα δημοσιευτούν όταν εγκριθούν.',
    conflictTitle: 'Κάποιος άλλος άλλαξε το προφίλ στο μεταξύ',
    conflictIntro: 'Δεν αποθηκεύτηκε τίποτα. Τα πεδία που διαφέρουν τώρα στον διακομιστή:',
    keep: 'Ανανέωση κρατώντας τις αλλαγές μου',
    discard: 'Ανανέωση χωρίς τις αλλαγές μου',
    fix: 'Διορθώστε τα επισημασμένα πεδία.',
    logo: 'Λογότυπο',
    logoHint: 'PNG, JPEG ή WebP έως 2 MB. Δημοσιεύεται μετά την έγκριση.',
    upload: 'Ανέβασμα λογοτύπου',
    requests: 'Τα αιτήματά μας',
    none: 'Κανένα αίτημα ακόμη.',
    when: 'Υποβλήθηκε',
    what: 'Τι',
    status: 'Κατάσταση',
    comment: 'Σχόλιο Δήμου',
    profile: 'Προφίλ',
    service: 'Υπηρεσία',
    verified: (date: string, stale: boolean) => `Επαληθεύτηκε από τον Δήμο στις ${date}${stale ? ' (πάνω από 12 μήνες: χρειάζεται νέα επαλήθευση)' : ''}.`,
    notVerified: 'Δεν έχει επαληθευτεί ακόμη από τον Δήμο.',
    loading: 'Φόρτωση…',
    yourValue: 'Η τιμή σας',
    serverValue: 'Στον διακομιστή',
  },
  en: {
    title: 'Our profile',
    intro: 'Changes to what the public sees are checked by the municipality before they are published; private contact details are saved at once.',
    moderated: 'Needs the municipality’s approval',
    whenPublic: 'Needs approval while public',
    whenShown: 'Showing needs approval, hiding does not',
    save: 'Save',
    saving: 'Saving…',
    nothing: 'You changed nothing.',
    sent: (fields: string) => `Sent for approval: ${fields}.`,
    applied: (fields: string) => `Saved: ${fields}.`,
    pending: 'A change request is pending',
    pendingIntro: 'These fields show the values you proposed; they are published once approved.',
    conflictTitle: 'Someone else changed the profile meanwhile',
    conflictIntro: 'Nothing was saved. The fields that now differ on the server:',
    keep: 'Reload keeping my changes',
    discard: 'Reload without my changes',
    fix: 'Correct the marked fields.',
    logo: 'Logo',
    logoHint: 'PNG, JPEG or WebP up to 2 MB. Published once approved.',
    upload: 'Upload logo',
    requests: 'Our requests',
    none: 'No requests yet.',
    when: 'Submitted',
    what: 'What',
    status: 'Status',
    comment: 'Municipality’s comment',
    profile: 'Profile',
    service: 'Service',
    verified: (date: string, stale: boolean) => `Verified by the municipality on ${date}${stale ? ' (over 12 months ago: due for a new check)' : ''}.`,
    notVerified: 'Not verified by the municipality yet.',
    loading: 'Loading…',
    yourValue: 'Your value',
    serverValue: 'On the server',
  },
};

type Values = Record<string, unknown>;

/**
 * The enterprise's profile editor (issue 5): every field, which need approval, the pending
 * proposal, the logo, and the status of the enterprise's requests. On a 412 it shows what
 * changed on the server and reloads without losing what the user typed.
 */
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

  @property({ reflect: true }) override lang: Lang = 'el';
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
    const t = T[this.lang];
    const base = this._base(this._server);
    const changes: Values = {};
    for (const field of this._dirty) if (JSON.stringify(this._draft[field] ?? null) !== JSON.stringify(base[field] ?? null)) changes[field] = this._draft[field];
    this._message = '';
    this._error = '';
    this._errors = {};
    if (Object.keys(changes).length === 0) {
      this._message = t.nothing;
      return;
    }
    this._busy = true;
    try {
      const { data } = await patchMyEnterprise(changes as ProfilePatch, this._server.etag);
      const names = (fields: string[]) => fields.map((f) => fieldLabel(f, this.lang)).join(', ');
      this._message = [data.appliedFields.length ? t.applied(names(data.appliedFields)) : '', data.pendingFields.length ? t.sent(names(data.pendingFields)) : ''].filter(Boolean).join(' ');
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
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
        this._error = t.fix;
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
      const { data } = await uploadLogo(new FormData(form));
      this._draft = { ...this._draft, logoId: data.logoId };
      this._dirty = new Set(this._dirty).add('logoId');
      await this._save(event);
      form.reset();
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _hint(name: string) {
    const t = T[this.lang];
    const rule = this._server?.moderation[name];
    return rule === 'moderated' ? t.moderated : rule === 'moderated_when_public' ? t.whenPublic : rule === 'moderated_when_shown' ? t.whenShown : '';
  }

  private _field(spec: FieldSpec) {
    const id = `f-${spec.name}`;
    const label = FIELD_LABELS[this.lang][spec.name];
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
          ${Object.entries(LEGAL_FORM_NAMES[this.lang]).map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
        </select>${extra}`;
    const type = spec.kind === 'date' ? 'date' : spec.kind === 'number' || spec.kind === 'integer' ? 'text' : (spec.type ?? 'text');
    return html`<label for=${id}>${label}</label>
      <input id=${id} type=${type} inputmode=${spec.kind === 'number' ? 'decimal' : spec.kind === 'integer' ? 'numeric' : nothing} autocomplete=${spec.autocomplete ?? 'off'}
        .value=${value === null || value === undefined ? '' : String(value)} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy ?? nothing}
        @input=${(e: Event) => this._onInput(spec, e)} />${extra}`;
  }

  override render() {
    const t = T[this.lang];
    const server = this._server;
    if (!server) return html`<h1>${t.title}</h1>${this._error ? html`<p class="error" role="alert">${this._error}</p>` : html`<p role="status">${t.loading}</p>`}`;
    const pending = server.pendingChange;
    const verification = server.verification;
    return html`<h1>${t.title}</h1>
      <p class="hint">${t.intro}</p>
      <p>${verification.assuredDate ? t.verified(verification.assuredDate, verification.stale) : t.notVerified}</p>
      ${pending
        ? html`<section class="card pending" aria-labelledby="pending-title">
            <h2 id="pending-title">${t.pending}</h2>
            <p>${t.pendingIntro}</p>
            <ul>${Object.entries(pending.proposed).map(([f, v]) => html`<li><strong>${fieldLabel(f, this.lang)}</strong>: ${showValue(v, this.lang)}</li>`)}</ul>
          </section>`
        : nothing}
      ${this._conflict
        ? html`<section class="card conflict" id="conflict" tabindex="-1" role="alert" aria-labelledby="conflict-title">
            <h2 id="conflict-title">${t.conflictTitle}</h2>
            <p>${t.conflictIntro}</p>
            <ul>
              ${this._conflict.fields.map(
                (f) => html`<li><strong>${fieldLabel(f, this.lang)}</strong>: ${t.serverValue} «${showValue(this._base(this._conflict!.current)[f], this.lang)}»${this._dirty.has(f) ? html` · ${t.yourValue} «${showValue(this._draft[f], this.lang)}»` : nothing}</li>`,
              )}
            </ul>
            <div class="actions">
              <button class="primary" @click=${() => this._load(true)}>${t.keep}</button>
              <button @click=${() => this._load(false)}>${t.discard}</button>
            </div>
          </section>`
        : nothing}
      <form @submit=${this._save} novalidate>
        ${GROUPS.map((g) => html`<fieldset><legend>${g.title[this.lang]}</legend>${g.fields.map((f) => this._field(f))}</fieldset>`)}
        <div class="actions"><button class="primary" type="submit" ?disabled=${this._busy}>${this._busy ? t.saving : t.save}</button></div>
      </form>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <section class="card" aria-labelledby="logo-title">
        <h2 id="logo-title">${t.logo}</h2>
        ${server.logoUrl ? html`<img src=${server.logoUrl} alt="${t.logo}: ${server.profile.tradeName ?? server.profile.legalName}" width="96" height="96" style="object-fit: contain" />` : nothing}
        <form @submit=${this._uploadLogo}>
          <label for="logo-file">${t.upload}</label>
          <input id="logo-file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="logo-hint" />
          <p class="hint" id="logo-hint">${t.logoHint}</p>
          <div class="actions"><button type="submit">${t.upload}</button></div>
        </form>
      </section>
      <h2>${t.requests}</h2>
      ${this._requests.length === 0
        ? html`<p>${t.none}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.requests}><table>
            <thead><tr><th scope="col">${t.when}</th><th scope="col">${t.what}</th><th scope="col">${t.status}</th><th scope="col">${t.comment}</th></tr></thead>
            <tbody>${this._requests.map(
              (r) => html`<tr>
                <td>${formatDateTime(r.createdAt, this.lang)}</td>
                <td>${r.kind === 'profile' ? t.profile : t.service}: ${Object.keys(r.proposed).map((f) => fieldLabel(f, this.lang)).join(', ')}</td>
                <td>${STATUS_LABELS[this.lang][r.status]}</td>
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
