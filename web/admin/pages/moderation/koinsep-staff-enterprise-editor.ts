import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { NewEnterprise, StaffEnterprise } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listAreas } from '../../api/directory.ts';
import { createEnterprise, patchStaffEnterprise } from '../../api/staff-enterprises.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { gemkaloStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { focusField, ProfileDraft, profileFieldStyles, type Values } from '../my-enterprise/profile-draft.ts';
import { sectionOf, sections, type FieldSpec } from '../my-enterprise/profile-sections.ts';

/** What a new enterprise needs before anything else (the rest is edited once it exists). */
const NEW_FIELDS: FieldSpec[] = [
  { name: 'legalName', kind: 'text' },
  { name: 'tradeName', kind: 'text' },
  { name: 'legalForm', kind: 'legal-form' },
  { name: 'afm', kind: 'text' },
  { name: 'email', kind: 'text', type: 'email', autocomplete: 'off' },
];

/**
 * Staff register an enterprise or edit every field of one directly (issue 16): the sections of
 * the enterprise's own editor, each a disclosure, one Save for all; the ΓΕΜΚΑΛΟ status that
 * only staff set; the API's reasons shown at their fields; a 412 keeps what was typed.
 * Without `enterprise` it is the registration form.
 *
 * @fires enterprise-saved - detail: StaffEnterprise (created or saved)
 */
@localized()
@customElement('koinsep-staff-enterprise-editor')
export class KoinsepStaffEnterpriseEditor extends LitElement {
  static override styles = [
    adminStyles,
    profileFieldStyles,
    css`
      details { border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); padding: var(--koinsep-space-2) var(--koinsep-space-4); margin: var(--koinsep-space-3) 0; max-width: 44rem; }
      summary { font-weight: 700; cursor: pointer; min-height: 2.75rem; display: flex; align-items: center; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ attribute: false }) enterprise: StaffEnterprise | null = null;
  @state() private _error = '';
  @state() private _message = '';
  @state() private _busy = false;
  @state() private _open = new Set<string>(['identity']);
  private readonly _profile = new ProfileDraft(this);
  /** After a 412: the server's record comes in, what the person typed stays. */
  private _keepMine = false;

  override connectedCallback(): void {
    super.connectedCallback();
    listAreas(this.lang).then(
      (r) => ((this._profile.areas = r.items), this.requestUpdate()),
      () => undefined,
    );
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('enterprise'))
      this._profile.reset(
        this.enterprise ? { ...this.enterprise.profile } : { legalForm: 'koinsep_collective_benefit' },
        this._keepMine,
      );
    this._keepMine = false;
  }

  private async _focusField(field: string) {
    this._open = new Set([...this._open, this.enterprise ? sectionOf(field) : 'identity']);
    await this.updateComplete;
    focusField(this.renderRoot, field);
  }

  private async _save(event: Event) {
    event.preventDefault();
    const base: Values = this.enterprise ? { ...this.enterprise.profile } : {};
    const changes = this._profile.changesFrom(base);
    if (!this.enterprise) changes.legalForm = this._profile.draft.legalForm;
    this._message = '';
    this._error = '';
    const own = this._profile.ownErrors(changes);
    if (own.length) {
      this._error = msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-enterprise.fix' });
      return this._focusField(own[0]!);
    }
    if (this.enterprise && Object.keys(changes).length === 0) {
      this._message = msg('Δεν αλλάξατε κάτι.', { id: 'my-enterprise.nothing' });
      return;
    }
    this._profile.setErrors({});
    this._busy = true;
    try {
      const saved = this.enterprise
        ? await patchStaffEnterprise(this.enterprise.slug, changes, this.enterprise.etag)
        : await createEnterprise(changes as NewEnterprise);
      this._message = this.enterprise
        ? msg(
            str`Αποθηκεύτηκε: ${Object.keys(changes)
              .map((f) => fieldLabel(f))
              .join(', ')}.`,
            { id: 'staff-editor.saved' },
          )
        : msg('Η επιχείρηση καταχωρίστηκε ως πρόχειρη.', { id: 'staff-editor.created' });
      this.dispatchEvent(
        new CustomEvent<StaffEnterprise>('enterprise-saved', { detail: saved, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        this._error = msg(
          'Κάποιος άλλος άλλαξε την επιχείρηση στο μεταξύ. Φορτώθηκαν οι τιμές του· οι δικές σας αλλαγές κρατήθηκαν — ελέγξτε και αποθηκεύστε ξανά.',
          { id: 'staff-editor.conflict' },
        );
        this._keepMine = true;
        this.enterprise = error.body.current as StaffEnterprise;
      } else if (error instanceof ProblemError && error.invalidParams.length) {
        this._profile.setErrors(error.fieldErrors());
        this._error = msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-enterprise.fix' });
        await this._focusField(error.invalidParams[0]!.name);
      } else this._error = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private _gemkaloStatus() {
    const value = this._profile.draft.gemkaloStatus;
    return html`<label for="f-gemkaloStatus">${fieldLabel('gemkaloStatus')}</label>
      <select id="f-gemkaloStatus" @change=${(e: Event) => this._profile.change({ gemkaloStatus: (e.target as HTMLSelectElement).value })}>
        ${Object.entries(gemkaloStatusNames()).map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
      </select>`;
  }

  private _sections() {
    return sections().map(
      (
        section,
      ) => html`<details ?open=${this._open.has(section.id)} @toggle=${(e: Event) => this._toggle(section.id, (e.target as HTMLDetailsElement).open)}>
        <summary>${section.title}</summary>
        ${section.fields.map((f) => this._profile.field(f))} ${section.id === 'identity' ? this._gemkaloStatus() : nothing}
      </details>`,
    );
  }

  private _toggle(id: string, open: boolean) {
    const next = new Set(this._open);
    if (open) next.add(id);
    else next.delete(id);
    this._open = next;
  }

  override render() {
    const creating = !this.enterprise;
    return html`<form @submit=${this._save} novalidate aria-label=${creating ? msg('Νέα επιχείρηση', { id: 'staff-editor.new' }) : msg('Επεξεργασία στοιχείων', { id: 'staff-editor.edit' })}>
      ${
        creating
          ? html`<p class="hint">${msg('Καταχωρίζεται ως πρόχειρη (δεν φαίνεται στο κοινό) μέχρι να τη δημοσιεύσετε. Ο ΑΦΜ ελέγχεται.', { id: 'staff-editor.new-hint' })}</p>
            ${NEW_FIELDS.map((f) => this._profile.field(f))}`
          : this._sections()
      }
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this._busy}>
          ${this._busy ? msg('Αποθήκευση…', { id: 'my-enterprise.saving' }) : creating ? msg('Καταχώριση', { id: 'staff-editor.create' }) : msg('Αποθήκευση', { id: 'my-enterprise.save' })}
        </button>
      </div>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-staff-enterprise-editor': KoinsepStaffEnterpriseEditor;
  }
  interface GlobalEventHandlersEventMap {
    'enterprise-saved': CustomEvent<StaffEnterprise>;
  }
}
