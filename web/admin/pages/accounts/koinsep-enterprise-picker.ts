import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { EnterpriseOptionDto } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { listStaffEnterprises } from '../../api/staff-enterprises.ts';
import { listEnterpriseOptions } from '../../api/users.ts';
import type { ComboOption, RemoteOptions } from '../../components/koinsep-combobox.ts';
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

type EnterpriseChoice = Pick<EnterpriseOptionDto, 'id' | 'name' | 'legalName' | 'afm' | 'status' | 'slug'>;

/**
 * Chooses an enterprise by typing any word of it as the directory search reads words (another
 * inflection, no accents, Greeklish, a category word), part of its name, or its ΑΦΜ: the app's
 * combobox (koinsep-combobox, ARIA 1.2) in remote mode over the staff register's search
 * (GET /api/v1/staff/enterprises?q=); the empty field lists GET /api/v1/users/enterprise-options.
 * Drafts included because invitations often come before publication. Staff only.
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

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('koinsep-combobox')?.focus(options);
  }

  /** Called by the form on reset. */
  clear(): void {
    this.value = '';
    this.renderRoot.querySelector('koinsep-combobox')?.clear();
  }

  private _statusText(option: Pick<EnterpriseOptionDto, 'status'>): string {
    if (option.status === 'draft') return msg('πρόχειρη, μη δημοσιευμένη', { id: 'picker.draft' });
    if (option.status === 'hidden') return msg('κρυφή', { id: 'picker.hidden' });
    return msg('δημοσιευμένη', { id: 'picker.published' });
  }

  private _option(e: EnterpriseChoice): ComboOption {
    return {
      value: e.id,
      label: e.name,
      description: `${msg(str`ΑΦΜ ${e.afm}`, { id: 'picker.afm' })} · ${this._statusText(e)}`,
      searchText: `${e.legalName} ${e.slug.replace(/-/g, ' ')} ${e.afm}`,
    };
  }

  private _found: EnterpriseChoice[] = [];

  private _search: RemoteOptions = async (text) => {
    const { items } = await listStaffEnterprises(text);
    this._found = items;
    return items.map((e) => this._option(e));
  };

  private _onChange(event: CustomEvent<string | null>) {
    event.stopPropagation();
    this.value = event.detail ?? '';
    this.dispatchEvent(
      new CustomEvent<string | null>('enterprise-change', { detail: event.detail, bubbles: true, composed: true }),
    );
  }

  override render() {
    const options = this._enterprises.map((e) => this._option(e));
    const chosen = this._enterprises.find((e) => e.id === this.value) ?? this._found.find((e) => e.id === this.value);
    return html`<koinsep-combobox
      .label=${this.label}
      .options=${options}
      .value=${this.value}
      .hint=${msg('Γράψτε την επωνυμία, τον ΑΦΜ ή λέξεις για το έργο της και διαλέξτε με τα βέλη και Enter.', { id: 'picker.hint' })}
      .note=${chosen ? msg(str`Επιλέχθηκε: ${chosen.legalName} (ΑΦΜ ${chosen.afm}, ${this._statusText(chosen)})`, { id: 'picker.chosen' }) : ''}
      .error=${this.error || this._loadError}
      .noMatch=${msg('Καμία επιχείρηση με αυτό το όνομα.', { id: 'picker.none' })}
      .remote=${this._search}
      @combobox-change=${this._onChange}
    ></koinsep-combobox>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-picker': KoinsepEnterprisePicker;
  }
}
