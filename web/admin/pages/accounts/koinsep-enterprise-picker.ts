import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { EnterpriseOptionDto } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { currentLang } from '../../../shared/language.ts';
import { listStaffEnterprises, type StaffEnterpriseList } from '../../api/staff-enterprises.ts';
import { listEnterpriseOptions } from '../../api/users.ts';
import type { ComboOption, KoinsepCombobox, RemoteOptions } from '../../components/koinsep-combobox.ts';
import type { CategoryOffer } from '../../components/koinsep-search-offers.ts';
import '../../components/koinsep-combobox.ts';
import '../../components/koinsep-search-offers.ts';

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
 * Under the field, from the same answer (issue 12): "Did you mean «…»" (chosen, it searches
 * again) and "Show the category «…»" (it lists the category's enterprises, ?category=), as
 * buttons outside the listbox (koinsep-search-offers).
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
    this._text = '';
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
  /** The text in the field, and what the last answer for it offers beyond its list. */
  @state() private _text = '';
  @state() private _help: {
    text: string;
    offers: Pick<StaffEnterpriseList, 'suggestions' | 'matchedCategories'>;
  } | null = null;

  private get _combobox(): KoinsepCombobox | null {
    return this.renderRoot.querySelector('koinsep-combobox');
  }

  private _search: RemoteOptions = async (text, signal) => {
    const answer = await listStaffEnterprises(text, '', currentLang());
    if (!signal.aborted) this._help = { text, offers: answer };
    return this._listed(answer.items);
  };

  private _listed(items: EnterpriseChoice[]): ComboOption[] {
    this._found = items;
    return items.map((e) => this._option(e));
  }

  private _onInput(event: Event) {
    const field = event.composedPath()[0];
    if (field instanceof HTMLInputElement) this._text = field.value;
  }

  /** "Did you mean": the word in the field, searched again. */
  private _onSuggestion(event: CustomEvent<string>) {
    event.stopPropagation();
    this._text = event.detail;
    this._combobox?.lookUp(event.detail);
  }

  /** "Show the category": its name in the field, its enterprises in the list. */
  private _onCategoryOffer(event: CustomEvent<CategoryOffer>) {
    event.stopPropagation();
    const { id, name } = event.detail;
    this._text = name;
    this._help = null;
    this._combobox?.lookUp(name, async () => this._listed((await listStaffEnterprises('', id)).items));
  }

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
    // Offers belong to the words in the field, until an enterprise is chosen.
    const offers = !this.value && this._help?.text === this._text ? this._help.offers : null;
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
      @input=${this._onInput}
    >
      <koinsep-search-offers
        slot="help"
        .suggestions=${offers?.suggestions.map((s) => s.q) ?? []}
        .categories=${offers?.matchedCategories.slice(0, 2) ?? []}
        @search-suggestion=${this._onSuggestion}
        @category-offer=${this._onCategoryOffer}
      ></koinsep-search-offers>
    </koinsep-combobox>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-picker': KoinsepEnterprisePicker;
  }
}
