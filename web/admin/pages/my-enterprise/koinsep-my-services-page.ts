import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { AreaList, CategoryList, MyService, ServicePatch } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listAreas, listCategories } from '../../api/directory.ts';
import { createService, deleteService, listMyServices, patchService } from '../../api/my-enterprise.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { changeRequestStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { areaOptions } from '../../labels/area-options.ts';
import type { KoinsepDialog } from '../../components/koinsep-dialog.ts';
import '../../components/koinsep-chip-picker.ts';
import '../../components/koinsep-dialog.ts';
import '../eligibility/koinsep-cpv-picker.ts';
import type { CpvChoice } from '../eligibility/koinsep-cpv-picker.ts';

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
@localized()
@customElement('koinsep-my-services-page')
export class KoinsepMyServicesPage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      textarea { min-height: 5rem; }
      fieldset { border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); max-width: 40rem; }
      .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 400; margin: 0.3rem 0; }
      .check input { width: 1.3rem; min-height: 1.3rem; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _items: MyService[] = [];
  @state() private _categories: CategoryList['items'] = [];
  @state() private _areas: AreaList['items'] = [];
  /** The service being edited ('new' for a new one). */
  @state() private _editing: { id: string | 'new'; etag: string; draft: Draft } | null = null;
  @state() private _errors: Record<string, string> = {};
  @state() private _message = '';
  @state() private _error = '';
  /** The service the delete dialog asks about. */
  @state() private _deleting: MyService | null = null;
  @query('#confirm-delete') private _deleteDialog!: KoinsepDialog;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
    listCategories(this.lang).then(
      (r) => (this._categories = r.items),
      () => undefined,
    );
    listAreas(this.lang).then(
      (r) => (this._areas = r.items),
      () => undefined,
    );
  }

  private async _reload() {
    try {
      this._items = (await listMyServices()).items;
    } catch (error) {
      this._error = errorText(error);
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
      const result =
        this._editing.id === 'new'
          ? await createService(values)
          : await patchService(this._editing.id, values, this._editing.etag);
      this._message =
        result.status === 'pending'
          ? msg('Στάλθηκε για έγκριση.', { id: 'my-services.sent' })
          : msg('Αποθηκεύτηκε.', { id: 'my-services.applied' });
      this._editing = null;
      await this._reload();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        // Keep what the user typed; take the new ETag so the next submit compares against the server's version.
        const current = error.body.current as MyService | undefined;
        const editing = this._editing;
        if (current && editing) this._editing = { ...editing, etag: current.etag };
        this._error = msg('Η υπηρεσία άλλαξε στο μεταξύ. Οι τιμές σας κρατήθηκαν· ελέγξτε και υποβάλετε ξανά.', {
          id: 'my-services.conflict',
        });
      } else if (error instanceof ProblemError && error.invalidParams.length) {
        this._errors = error.fieldErrors();
        this._error = `${msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-services.fix' })} ${error.invalidParams.map((p) => `${fieldLabel(p.name)}: ${p.reason}`).join('; ')}`;
      } else this._error = errorText(error);
    }
  }

  private async _delete(service: MyService) {
    this._deleting = service;
    await this.updateComplete;
    const confirmed = await this._deleteDialog.open();
    this._deleting = null;
    if (!confirmed) return;
    try {
      await deleteService(service.id, service.etag);
      this._message = msg('Η υπηρεσία διαγράφηκε.', { id: 'my-services.deleted' });
      await this._reload();
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private _text(key: 'titleEl' | 'titleEn' | 'descriptionEl' | 'descriptionEn', area = false) {
    const id = `svc-${key}`;
    const error = this._errors[key];
    const value = this._editing!.draft[key];
    const common = { id, error };
    return html`<label for=${common.id}>${fieldLabel(key)}</label>
      ${
        area
          ? html`<textarea id=${id} .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} @input=${(e: Event) => this._set(key, (e.target as HTMLTextAreaElement).value)}></textarea>`
          : html`<input id=${id} .value=${value} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} @input=${(e: Event) => this._set(key, (e.target as HTMLInputElement).value)} />`
      }
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}`;
  }

  private _editor() {
    const d = this._editing!.draft;
    return html`<form class="card" @submit=${this._submit} novalidate aria-labelledby="svc-form-title">
      <h2 id="svc-form-title">${this._editing!.id === 'new' ? msg('Νέα υπηρεσία', { id: 'my-services.add' }) : `${msg('Επεξεργασία', { id: 'my-services.edit' })}: ${d.titleEl}`}</h2>
      ${this._text('titleEl')} ${this._text('titleEn')} ${this._text('descriptionEl', true)} ${this._text('descriptionEn', true)}
      <koinsep-cpv-picker .lang=${this.lang} .value=${d.cpv} .error=${this._errors.cpvCodes ?? ''} @cpv-change=${(e: CustomEvent<CpvChoice[]>) => this._set('cpv', e.detail)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}></koinsep-cpv-picker>
      <fieldset><legend>${fieldLabel('categories')}</legend>
        ${this._categories.map(
          (c) =>
            html`<label class="check"><input type="checkbox" .checked=${d.categories.includes(c.id)} @change=${(e: Event) => this._set('categories', (e.target as HTMLInputElement).checked ? [...d.categories, c.id] : d.categories.filter((x) => x !== c.id))} />${c.name}</label>`,
        )}
      </fieldset>
      <koinsep-chip-picker .label=${fieldLabel('areas')} .options=${areaOptions(this._areas)} .value=${d.areas} .error=${this._errors.areas ?? ''}
        @chips-change=${(e: CustomEvent<string[]>) => this._set('areas', e.detail)}></koinsep-chip-picker>
      <label for="svc-status">${fieldLabel('status')}</label>
      <select id="svc-status" @change=${(e: Event) => this._set('status', (e.target as HTMLSelectElement).value as Draft['status'])}>
        <option value="active" ?selected=${d.status === 'active'}>${msg('Ενεργή', { id: 'my-services.active' })}</option>
        <option value="inactive" ?selected=${d.status === 'inactive'}>${msg('Αποσυρμένη', { id: 'my-services.inactive' })}</option>
      </select>
      <div class="actions"><button class="primary" type="submit">${msg('Υποβολή', { id: 'my-services.save' })}</button><button type="button" @click=${() => (this._editing = null)}>${msg('Ακύρωση', { id: 'my-services.cancel' })}</button></div>
    </form>`;
  }

  override render() {
    return html`<h1>${msg('Οι υπηρεσίες μας', { id: 'my-services.title' })}</h1>
      <p class="hint">${msg('Νέες υπηρεσίες και αλλαγές σε κείμενα, κωδικούς CPV, κατηγορίες και περιοχές δημοσιεύονται μετά την έγκριση του Δήμου. Η απόσυρση μιας υπηρεσίας ισχύει αμέσως.', { id: 'my-services.intro' })}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._editing ? this._editor() : html`<div class="actions"><button class="primary" @click=${() => this._startEdit(null)}>${msg('Νέα υπηρεσία', { id: 'my-services.add' })}</button></div>`}
      ${
        this._items.length === 0
          ? html`<p>${msg('Δεν υπάρχουν υπηρεσίες.', { id: 'my-services.none' })}</p>`
          : html`<ul>
            ${this._items.map(
              (s) => html`<li class="card">
                <strong>${s.values.titleEl}</strong> · ${s.values.status === 'active' ? msg('Ενεργή', { id: 'my-services.active' }) : msg('Αποσυρμένη', { id: 'my-services.inactive' })}
                ${
                  !s.published
                    ? html` · <em>${msg('νέα, σε αναμονή έγκρισης', { id: 'my-services.unpublished' })}</em>`
                    : s.pendingChange
                      ? html` · <em>${msg('εκκρεμεί αλλαγή', { id: 'my-services.pending' })}: ${Object.keys(
                          s.pendingChange.proposed,
                        )
                          .map((f) => fieldLabel(f))
                          .join(', ')}</em>`
                      : nothing
                }
                <div class="hint">${s.values.cpvCodes.join(', ')}</div>
                ${s.pendingChange ? html`<div class="hint">${changeRequestStatusNames().pending}</div>` : nothing}
                <div class="actions">
                  <button @click=${() => this._startEdit(s)} aria-label="${msg('Επεξεργασία', { id: 'my-services.edit' })}: ${s.values.titleEl}">${msg('Επεξεργασία', { id: 'my-services.edit' })}</button>
                  <button class="danger" @click=${() => this._delete(s)} aria-label="${msg('Διαγραφή', { id: 'my-services.remove' })}: ${s.values.titleEl}">${msg('Διαγραφή', { id: 'my-services.remove' })}</button>
                </div>
              </li>`,
            )}
          </ul>`
      }
      <koinsep-dialog id="confirm-delete" danger .heading=${msg('Διαγραφή υπηρεσίας', { id: 'my-services.remove-title' })} .confirmLabel=${msg('Διαγραφή', { id: 'my-services.remove' })}>
        <p>${this._deleting ? msg(str`Να διαγραφεί η υπηρεσία «${this._deleting.values.titleEl}»; Φεύγει αμέσως από τον δημόσιο κατάλογο.`, { id: 'my-services.confirm-remove' }) : nothing}</p>
      </koinsep-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-services-page': KoinsepMyServicesPage;
  }
}
