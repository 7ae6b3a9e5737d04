import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import { apiRequest } from '../../api/http.ts';
import '../eligibility/koinsep-cpv-picker.ts';
import type { CpvChoice } from '../eligibility/koinsep-cpv-picker.ts';
import { createService, deleteService, listMyServices, patchService, ProblemError, type MyService, type ServicePatch } from './self-service-api.ts';
import { FIELD_LABELS, STATUS_LABELS, fieldLabel, type Lang } from './self-service-labels.ts';

const T = {
  el: {
    title: 'Οι υπηρεσίες μας',
    intro: 'Νέες υπηρεσίες και αλλαγές σε κείμενα, κωδικούς CPV, κατηγορίες και περιοχές δημοσιεύονται μετά την έγκριση του Δήμου. Η απόσυρση μιας υπηρεσίας ισχύει αμέσως.',
    add: 'Νέα υπηρεσία',
    edit: 'Επεξεργασία',
    save: 'Υποβολή',
    remove: 'Διαγραφή',
    active: 'Ενεργή',
    inactive: 'Αποσυρμένη',
    unpublished: 'νέα, σε αναμονή έγκρισης',
    pending: 'εκκρεμεί αλλαγή',
    sent: 'Στάλθηκε για έγκριση.',
    applied: 'Αποθηκεύτηκε.',
    deleted: 'Η υπηρεσία διαγράφηκε.',
    conflict: 'Η υπηρεσία άλλαξε στο μεταξύ. Οι τιμές σας κρατήθηκαν· ελέγξτε και υποβάλετε ξανά.',
    fix: 'Διορθώστε τα επισημασμένα πεδία.',
    areasHint: 'Επιλέξτε μία ή περισσότερες (Ctrl ή Shift για πολλές).',
    none: 'Δεν υπάρχουν υπηρεσίες.',
  },
  en: {
    title: 'Our services',
    intro: 'New services and changes to texts, CPV codes, categories and areas are published once the municipality approves them. Withdrawing a service applies at once.',
    add: 'New service',
    edit: 'Edit',
    save: 'Submit',
    remove: 'Delete',
    active: 'Active',
    inactive: 'Withdrawn',
    unpublished: 'new, waiting for approval',
    pending: 'change pending',
    sent: 'Sent for approval.',
    applied: 'Saved.',
    deleted: 'The service was deleted.',
    conflict: 'The service changed meanwhile. Your values were kept; check them and submit again.',
    fix: 'Correct the marked fields.',
    areasHint: 'Choose one or more (Ctrl or Shift for several).',
    none: 'No services yet.',
  },
};

interface Draft {
  titleEl: string;
  titleEn: string;
  descriptionEl: string;
  descriptionEn: string;
  cpv: CpvChoice[];
  categories: string[];
  areas: string[];
  status: 'active' | 'inactive';
}

/** The enterprise's services editor with CPV autocomplete (issue 5). */
@customElement('koinsep-my-services-page')
export class KoinsepMyServicesPage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      textarea { font: inherit; width: 100%; max-width: 40rem; min-height: 5rem; padding: 0.4rem 0.6rem; border: 1px solid #595959; border-radius: 4px; box-sizing: border-box; }
      select[multiple] { min-height: 8rem; }
      fieldset { border: 1px solid #d0d0d0; border-radius: 6px; max-width: 40rem; }
      .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; margin: 0.3rem 0; }
      .check input { width: 1.3rem; min-height: 1.3rem; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = 'el';
  @state() private _items: MyService[] = [];
  @state() private _categories: Array<{ id: string; name: string }> = [];
  @state() private _areas: Array<{ id: string; name: string; kind: string }> = [];
  /** The service being edited ('new' for a new one). */
  @state() private _editing: { id: string | 'new'; etag: string; draft: Draft } | null = null;
  @state() private _errors: Record<string, string> = {};
  @state() private _message = '';
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
    apiRequest<{ items: Array<{ id: string; name: string }> }>('GET', `/api/v1/categories?lang=${this.lang}`).then((r) => (this._categories = r.items), () => undefined);
    apiRequest<{ items: Array<{ id: string; name: string; kind: string }> }>('GET', `/api/v1/areas?lang=${this.lang}`).then((r) => (this._areas = r.items), () => undefined);
  }

  private async _reload() {
    try {
      this._items = (await listMyServices()).items;
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _startEdit(service: MyService | null) {
    const v = service?.values;
    this._errors = {};
    this._editing = {
      id: service?.id ?? 'new',
      etag: service?.etag ?? '',
      draft: {
        titleEl: v?.titleEl ?? '',
        titleEn: v?.titleEn ?? '',
        descriptionEl: v?.descriptionEl ?? '',
        descriptionEn: v?.descriptionEn ?? '',
        cpv: (v?.cpvCodes ?? []).map((code) => ({ code, formatted: code, label: '' })),
        categories: [...(v?.categories ?? [])],
        areas: [...(v?.areas ?? [])],
        status: v?.status ?? 'active',
      },
    };
  }

  private _set<K extends keyof Draft>(key: K, value: Draft[K]) {
    if (this._editing) this._editing = { ...this._editing, draft: { ...this._editing.draft, [key]: value } };
  }

  private async _submit(event: Event) {
    event.preventDefault();
    if (!this._editing) return;
    const t = T[this.lang];
    const d = this._editing.draft;
    const values: ServicePatch = {
      titleEl: d.titleEl,
      titleEn: d.titleEn || null,
      descriptionEl: d.descriptionEl,
      descriptionEn: d.descriptionEn || null,
      cpvCodes: d.cpv.map((c) => c.code),
      categories: d.categories,
      areas: d.areas,
      status: d.status,
    };
    this._errors = {};
    this._error = '';
    try {
      const result = this._editing.id === 'new' ? (await createService(values)).data : (await patchService(this._editing.id, values, this._editing.etag)).data;
      this._message = result.status === 'pending' ? t.sent : t.applied;
      this._editing = null;
      await this._reload();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        // Keep what the user typed; take the new ETag so the next submit compares against the server's version.
        const current = error.body.current as MyService | undefined;
        const editing = this._editing;
        if (current && editing) this._editing = { ...editing, etag: current.etag };
        this._error = t.conflict;
      } else if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
        this._error = `${t.fix} ${error.invalidParams.map((p) => `${fieldLabel(p.name, this.lang)}: ${p.reason}`).join('; ')}`;
      } else this._error = (error as Error).message;
    }
  }

  private async _delete(service: MyService) {
    try {
      await deleteService(service.id, service.etag);
      this._message = T[this.lang].deleted;
      await this._reload();
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _text(key: 'titleEl' | 'titleEn' | 'descriptionEl' | 'descriptionEn', area = false) {
    const id = `svc-${key}`;
    const error = this._errors[key];
    const value = this._editing!.draft[key];
    const common = { id, error };
    return html`<label for=${common.id}>${FIELD_LABELS[this.lang][key]}</label>
      ${area
        ? html`<textarea id=${id} .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} @input=${(e: Event) => this._set(key, (e.target as HTMLTextAreaElement).value)}></textarea>`
        : html`<input id=${id} .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} @input=${(e: Event) => this._set(key, (e.target as HTMLInputElement).value)} />`}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
  }

  private _editor() {
    const t = T[this.lang];
    const d = this._editing!.draft;
    return html`<form class="card" @submit=${this._submit} novalidate aria-labelledby="svc-form-title">
      <h2 id="svc-form-title">${this._editing!.id === 'new' ? t.add : `${t.edit}: ${d.titleEl}`}</h2>
      ${this._text('titleEl')} ${this._text('titleEn')} ${this._text('descriptionEl', true)} ${this._text('descriptionEn', true)}
      <koinsep-cpv-picker .lang=${this.lang} .value=${d.cpv} .error=${this._errors.cpvCodes ?? ''} @cpv-change=${(e: CustomEvent<CpvChoice[]>) => this._set('cpv', e.detail)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}></koinsep-cpv-picker>
      <fieldset><legend>${FIELD_LABELS[this.lang].categories}</legend>
        ${this._categories.map(
          (c) => html`<label class="check"><input type="checkbox" .checked=${d.categories.includes(c.id)} @change=${(e: Event) => this._set('categories', (e.target as HTMLInputElement).checked ? [...d.categories, c.id] : d.categories.filter((x) => x !== c.id))} />${c.name}</label>`,
        )}
      </fieldset>
      <label for="svc-areas">${FIELD_LABELS[this.lang].areas}</label>
      <select id="svc-areas" multiple aria-describedby="svc-areas-hint" @change=${(e: Event) => this._set('areas', [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value))}>
        ${this._areas.map((a) => html`<option value=${a.id} ?selected=${d.areas.includes(a.id)}>${a.name}</option>`)}
      </select>
      <p class="hint" id="svc-areas-hint">${t.areasHint}</p>
      ${this._errors.areas ? html`<p class="error">${this._errors.areas}</p>` : nothing}
      <label for="svc-status">${FIELD_LABELS[this.lang].status}</label>
      <select id="svc-status" @change=${(e: Event) => this._set('status', (e.target as HTMLSelectElement).value as Draft['status'])}>
        <option value="active" ?selected=${d.status === 'active'}>${t.active}</option>
        <option value="inactive" ?selected=${d.status === 'inactive'}>${t.inactive}</option>
      </select>
      <div class="actions"><button class="primary" type="submit">${t.save}</button><button type="button" @click=${() => (this._editing = null)}>${this.lang === 'en' ? 'Cancel' : 'Ακύρωση'}</button></div>
    </form>`;
  }

  override render() {
    const t = T[this.lang];
    return html`<h1>${t.title}</h1>
      <p class="hint">${t.intro}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._editing ? this._editor() : html`<div class="actions"><button class="primary" @click=${() => this._startEdit(null)}>${t.add}</button></div>`}
      ${this._items.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul>
            ${this._items.map(
              (s) => html`<li class="card">
                <strong>${s.values.titleEl}</strong> · ${s.values.status === 'active' ? t.active : t.inactive}
                ${!s.published ? html` · <em>${t.unpublished}</em>` : s.pendingChange ? html` · <em>${t.pending}: ${Object.keys(s.pendingChange.proposed).map((f) => fieldLabel(f, this.lang)).join(', ')}</em>` : nothing}
                <div class="hint">${s.values.cpvCodes.join(', ')}</div>
                ${s.pendingChange ? html`<div class="hint">${STATUS_LABELS[this.lang].pending}</div>` : nothing}
                <div class="actions">
                  <button @click=${() => this._startEdit(s)} aria-label="${t.edit}: ${s.values.titleEl}">${t.edit}</button>
                  <button class="danger" @click=${() => this._delete(s)} aria-label="${t.remove}: ${s.values.titleEl}">${t.remove}</button>
                </div>
              </li>`,
            )}
          </ul>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-services-page': KoinsepMyServicesPage;
  }
}
