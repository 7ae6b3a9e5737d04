import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { EnterpriseOptionDto } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { listEnterpriseOptions } from '../../api/users.ts';
import type { ComboOption } from '../../components/koinsep-combobox.ts';
import '../../components/koinsep-combobox.ts';

// One request per page view, shared by every picker (the invitation form and each role change).
let cachedOptions: Promise<EnterpriseOptionDto[]> | null = null;
function loadOptions(): Promise<EnterpriseOptionDto[]> {
  cachedOptions ??= listEnterpriseOptions().then(
    (list) => list.items,
    (error: unknown) => {
      cachedOptions = null;
      throw error;
    },
  );
  return cachedOptions;
}

/**
 * Chooses an enterprise by typing part of its name, its ΑΦΜ or its Greeklish spelling:
 * the app's combobox (koinsep-combobox, ARIA 1.2) over GET /api/v1/users/enterprise-options,
 * drafts included because invitations often come before publication. Staff only.
 * The input lives in a shadow root, so a surrounding form does not see it:
 * listen for `enterprise-change` (or read `value`).
 *
 * @fires enterprise-change - detail: the chosen enterprise id, or null when cleared
 */
@localized()
@customElement('koinsep-enterprise-picker')
export class KoinsepEnterprisePicker extends LitElement {
  static override styles = css`
    :host { display: block; }
  `;

  /** The visible label (it is inside the combobox's shadow root, with the input). */
  @property() label = '';
  /** The chosen enterprise id ('' = none). */
  @property() value = '';
  @property() error = '';

  @state() private _enterprises: EnterpriseOptionDto[] = [];
  @state() private _loadError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    loadOptions().then(
      (enterprises) => (this._enterprises = enterprises),
      (error: unknown) => (this._loadError = errorText(error)),
    );
  }

  /** Called by the form on reset. */
  clear(): void {
    this.value = '';
    this.renderRoot.querySelector('koinsep-combobox')?.clear();
  }

  private _statusText(option: EnterpriseOptionDto): string {
    if (option.status === 'draft') return msg('πρόχειρη, μη δημοσιευμένη', { id: 'picker.draft' });
    if (option.status === 'hidden') return msg('κρυφή', { id: 'picker.hidden' });
    return msg('δημοσιευμένη', { id: 'picker.published' });
  }

  private _onChange(event: CustomEvent<string | null>) {
    event.stopPropagation();
    this.value = event.detail ?? '';
    this.dispatchEvent(
      new CustomEvent<string | null>('enterprise-change', { detail: event.detail, bubbles: true, composed: true }),
    );
  }

  override render() {
    const options: ComboOption[] = this._enterprises.map((e) => ({
      value: e.id,
      label: e.name,
      description: `${msg(str`ΑΦΜ ${e.afm}`, { id: 'picker.afm' })} · ${this._statusText(e)}`,
      searchText: `${e.legalName} ${e.slug.replace(/-/g, ' ')} ${e.afm}`,
    }));
    const chosen = this._enterprises.find((e) => e.id === this.value);
    return html`<koinsep-combobox
      .label=${this.label}
      .options=${options}
      .value=${this.value}
      .hint=${msg('Γράψτε μέρος της επωνυμίας ή τον ΑΦΜ και διαλέξτε με τα βέλη και Enter.', { id: 'picker.hint' })}
      .note=${chosen ? msg(str`Επιλέχθηκε: ${chosen.legalName} (ΑΦΜ ${chosen.afm}, ${this._statusText(chosen)})`, { id: 'picker.chosen' }) : ''}
      .error=${this.error || this._loadError}
      .noMatch=${msg('Καμία επιχείρηση με αυτό το όνομα.', { id: 'picker.none' })}
      @combobox-change=${this._onChange}
    ></koinsep-combobox>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-picker': KoinsepEnterprisePicker;
  }
}
