import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import type { EnterpriseOptionDto } from '../../../../api/contract.ts';
import { listEnterpriseOptions } from '../../api/users.ts';
import { searchKeys } from '../../../shared/greek-search.ts';

/** At most this many suggestions are listed; typing more narrows them. */
const MAX_OPTIONS = 30;

interface IndexedOption {
  option: EnterpriseOptionDto;
  /** Search keys of the names, slug and ΑΦΜ: accents, case and Greeklish do not matter. */
  keys: string[];
}

// One request per page view, shared by every picker (the invitation form and each role change).
let cachedOptions: Promise<IndexedOption[]> | null = null;
function loadOptions(): Promise<IndexedOption[]> {
  cachedOptions ??= listEnterpriseOptions().then(
    (list) =>
      list.items.map((option) => ({
        option,
        keys: [...searchKeys(`${option.name} ${option.legalName} ${option.slug.replace(/-/g, ' ')}`), option.afm],
      })),
    (error: unknown) => {
      cachedOptions = null;
      throw error;
    },
  );
  return cachedOptions;
}

/** Every typed word must start one of the option's keys (in any order). */
function matches(entry: IndexedOption, queryKeys: string[]): boolean {
  return queryKeys.every((q) => entry.keys.some((k) => k.startsWith(q)));
}

/**
 * Chooses an enterprise by typing part of its name, its ΑΦΜ or its Greeklish spelling:
 * an ARIA 1.2 combobox (list autocomplete) over GET /api/v1/users/enterprise-options,
 * drafts included because invitations often come before publication. Staff only.
 * The input lives in this element's shadow root, so a surrounding form does not see it:
 * listen for `enterprise-change` (or read `value`).
 *
 * @fires enterprise-change - detail: the chosen enterprise id, or null when cleared
 */
@localized()
@customElement('koinsep-enterprise-picker')
export class KoinsepEnterprisePicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { position: relative; }
      [role='listbox'] { position: absolute; z-index: 5; left: 0; right: 0; max-width: 28rem; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #595959; max-height: 16rem; overflow: auto; }
      [role='option'] { padding: 0.5rem 0.6rem; cursor: pointer; min-height: 2.75rem; box-sizing: border-box; }
      [role='option'][aria-selected='true'] { background: #1d4f91; color: #fff; }
      [role='option'][aria-selected='true'] .meta { color: #fff; }
      .meta { color: #4a4a4a; font-size: 0.9rem; }
      .chosen { margin: 0.25rem 0 0; }
    `,
  ];

  /** The visible label (it is inside this element's shadow root, with the input). */
  @property() label = '';
  /** The chosen enterprise id ('' = none). */
  @property() value = '';
  @property() error = '';

  @state() private _options: IndexedOption[] = [];
  @state() private _query = '';
  @state() private _open = false;
  @state() private _active = -1;
  @state() private _loadError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    loadOptions().then(
      (options) => {
        this._options = options;
        const chosen = options.find((o) => o.option.id === this.value);
        if (chosen && !this._query) this._query = chosen.option.name;
      },
      (error: Error) => (this._loadError = error.message),
    );
  }

  /** Called by the form on reset. */
  clear(): void {
    this.value = '';
    this._query = '';
    this._open = false;
  }

  private _filtered(): IndexedOption[] {
    const queryKeys = searchKeys(this._query);
    const found = queryKeys.length ? this._options.filter((o) => matches(o, queryKeys)) : this._options;
    return found.slice(0, MAX_OPTIONS);
  }

  private _onInput(event: Event) {
    this._query = (event.target as HTMLInputElement).value;
    if (this.value) this._emit('');
    this._open = true;
    this._active = this._filtered().length ? 0 : -1;
  }

  private _choose(entry: IndexedOption) {
    this._query = entry.option.name;
    this._open = false;
    this._active = -1;
    this._emit(entry.option.id);
  }

  private _emit(id: string) {
    this.value = id;
    this.dispatchEvent(new CustomEvent<string | null>('enterprise-change', { detail: id || null, bubbles: true, composed: true }));
  }

  private _onKeydown(event: KeyboardEvent) {
    const options = this._filtered();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!this._open) this._open = true;
      if (options.length) this._active = (this._active + 1) % options.length;
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      this._open = true;
      this._active = (this._active - 1 + options.length) % options.length;
    } else if (event.key === 'Enter' && this._open && this._active >= 0 && options[this._active]) {
      // Choosing, not submitting the form.
      event.preventDefault();
      this._choose(options[this._active]!);
    } else if (event.key === 'Escape' && this._open) {
      event.preventDefault();
      this._open = false;
    }
  }

  private _statusText(option: EnterpriseOptionDto): string {
    if (option.status === 'draft') return msg('πρόχειρη, μη δημοσιευμένη', { id: 'picker.draft' });
    if (option.status === 'hidden') return msg('κρυφή', { id: 'picker.hidden' });
    return msg('δημοσιευμένη', { id: 'picker.published' });
  }

  override render() {
    const options = this._open ? this._filtered() : [];
    const open = this._open && options.length > 0;
    const chosen = this._options.find((o) => o.option.id === this.value)?.option;
    const describedBy = ['picker-hint', chosen ? 'picker-chosen' : '', this.error || this._loadError ? 'picker-error' : ''].filter(Boolean).join(' ');
    return html`
      <label for="picker-input">${this.label}</label>
      <input
        id="picker-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="picker-options"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && this._active >= 0 ? `picker-option-${this._active}` : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${this.error ? 'true' : 'false'}
        .value=${this._query}
        @input=${this._onInput}
        @keydown=${this._onKeydown}
        @blur=${() => setTimeout(() => (this._open = false), 150)}
      />
      <p class="hint" id="picker-hint">${msg('Γράψτε μέρος της επωνυμίας ή τον ΑΦΜ και διαλέξτε με τα βέλη και Enter.', { id: 'picker.hint' })}</p>
      ${chosen
        ? html`<p class="chosen ok" id="picker-chosen">${msg(str`Επιλέχθηκε: ${chosen.legalName} (ΑΦΜ ${chosen.afm}, ${this._statusText(chosen)})`, { id: 'picker.chosen' })}</p>`
        : nothing}
      <p class="error" id="picker-error">${this.error || this._loadError || nothing}</p>
      <ul id="picker-options" role="listbox" aria-label=${this.label} ?hidden=${!open}>
        ${options.map(
          (entry, i) => html`<li
            id=${`picker-option-${i}`}
            role="option"
            aria-selected=${i === this._active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this._choose(entry)}
          >
            ${entry.option.name}<br /><span class="meta">${msg(str`ΑΦΜ ${entry.option.afm}`, { id: 'picker.afm' })} · ${this._statusText(entry.option)}</span>
          </li>`,
        )}
      </ul>
      <span class="visually-hidden" role="status"
        >${this._open && this._query ? (options.length ? msg(str`${options.length} επιχειρήσεις`, { id: 'picker.count' }) : msg('Καμία επιχείρηση με αυτό το όνομα.', { id: 'picker.none' })) : ''}</span
      >
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-enterprise-picker': KoinsepEnterprisePicker;
  }
}
