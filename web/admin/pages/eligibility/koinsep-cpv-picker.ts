import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { CpvList } from '../../../../api/contract.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { categoryCpvCodes, searchCpv } from '../../api/directory.ts';
import type { CategoryOffer } from '../../components/koinsep-search-offers.ts';
import '../../components/koinsep-search-offers.ts';
import { procurementStyles } from './procurement-styles.ts';

export interface CpvChoice {
  code: string;
  formatted: string;
  label: string;
}

/**
 * CPV autocomplete (GET /api/v1/cpv): an ARIA 1.2 combobox with a listbox of suggestions and
 * the chosen codes as removable chips. Under the field, from the same answer (issue 12): "Did
 * you mean «…»" for a misspelt word (chosen, it looks up again) and "Add the codes of the
 * category «…»" for a category word, as buttons outside the listbox (koinsep-search-offers).
 *
 * `single` (a contract has one code): a choice replaces the chosen code, the field's description
 * names it, and no category offer is made (it would add several). Codes given without their
 * label (a saved record, a link) are shown with it once the look-up answers.
 *
 * @fires cpv-change - detail: the chosen codes (CpvChoice[])
 */
@localized()
@customElement('koinsep-cpv-picker')
export class KoinsepCpvPicker extends LitElement {
  static override styles = [
    procurementStyles,
    css`
      :host { display: block; position: relative; margin-bottom: 1rem; }
      .chips { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; padding: 0; margin: 0.4rem 0; }
      .chip { display: inline-flex; align-items: center; gap: 0.3rem; background: #e8eef7; border-radius: 1rem; padding: 0.15rem 0.2rem 0.15rem 0.7rem; }
      .chip button { min-width: 1.8rem; min-height: 1.8rem; padding: 0; border-radius: 50%; }
      [role='listbox'] { position: absolute; z-index: 5; left: 0; right: 0; max-width: 46rem; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #555; max-height: 18rem; overflow: auto; }
      [role='option'] { padding: 0.45rem 0.6rem; cursor: pointer; }
      [role='option'][aria-selected='true'] { background: #1d4f91; color: #fff; }
      input { width: 100%; max-width: 46rem; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @property({ attribute: false }) value: CpvChoice[] = [];
  @property() error = '';
  /** The field's name; 'Κωδικοί CPV' unless told. */
  @property() label = '';
  /** Replaces the default hint under the field. */
  @property() hint = '';
  /** At most one code: choosing another replaces it. */
  @property({ type: Boolean }) single = false;
  @property({ type: Boolean }) required = false;

  /** Labels looked up for codes given without one, by language and code. */
  @state() private _described = new Map<string, CpvChoice>();
  private _describing = new Set<string>();

  @state() private _query = '';
  @state() private _options: CpvList['items'] = [];
  @state() private _active = -1;
  @state() private _open = false;
  /** What the last answer offers beyond codes, for the words it answered. */
  @state() private _help: { q: string; offers: Pick<CpvList, 'suggestions' | 'matchedCategories'> } | null = null;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _request = 0;

  /** The text field has the focus (a form puts it on the first field in error). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('#cpv-input')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A form finds its first field in error by this attribute: the field itself is in this shadow root.
    if (changed.has('error')) this.toggleAttribute('invalid', this.error !== '');
    if (changed.has('value') || changed.has('lang'))
      for (const v of this.value) if (!v.label) void this._describe(v.code, this.lang);
  }

  private async _describe(code: string, lang: Lang) {
    const key = `${lang} ${code}`;
    if (this._describing.has(key)) return;
    this._describing.add(key);
    const found = await searchCpv(code, lang).then(
      (list) => list.items.find((c) => c.code === code),
      () => undefined,
    );
    if (found) this._described = new Map(this._described).set(key, found);
    else this._describing.delete(key);
  }

  /** The code as shown: with the label it came with, else the one looked up. */
  private _shown(v: CpvChoice): CpvChoice {
    return v.label ? v : (this._described.get(`${this.lang} ${v.code}`) ?? v);
  }

  private _onInput(event: Event) {
    this._query = (event.target as HTMLInputElement).value;
    clearTimeout(this._timer);
    if (this._query.trim().length < 2) {
      this._open = false;
      this._options = [];
      return;
    }
    this._timer = setTimeout(() => void this._fetch(this._query.trim()), 200);
  }

  private async _fetch(q: string) {
    const request = ++this._request;
    try {
      const list = await searchCpv(q, this.lang);
      if (request !== this._request) return;
      this._help = { q, offers: list };
      this._options = list.items.filter((o) => !this.value.some((v) => v.code === o.code));
      this._active = this._options.length ? 0 : -1;
      this._open = true;
    } catch {
      this._options = [];
      this._open = false;
    }
  }

  /** "Did you mean": the word in the field, looked up at once. */
  private _onSuggestion(event: CustomEvent<string>) {
    event.stopPropagation();
    clearTimeout(this._timer);
    this._query = event.detail;
    this.renderRoot.querySelector('input')?.focus();
    void this._fetch(event.detail);
  }

  /** A category word: the category's codes (one per CPV prefix it maps to) are added. */
  private async _onCategoryOffer(event: CustomEvent<CategoryOffer>) {
    event.stopPropagation();
    const codes = await categoryCpvCodes(event.detail.id, this.lang).catch(() => []);
    const added = codes.filter((c) => !this.value.some((v) => v.code === c.code));
    if (!added.length) return;
    this._emit([...this.value, ...added.map((c) => ({ code: c.code, formatted: c.formatted, label: c.label }))]);
    this._query = '';
    this._options = [];
    this._open = false;
    this.renderRoot.querySelector('input')?.focus();
  }

  private _choose(option: CpvList['items'][number]) {
    const choice = { code: option.code, formatted: option.formatted, label: option.label };
    this._emit(this.single ? [choice] : [...this.value, choice]);
    this._query = '';
    this._options = [];
    this._open = false;
    this.renderRoot.querySelector('input')?.focus();
  }

  private _remove(code: string) {
    this._emit(this.value.filter((v) => v.code !== code));
    this.renderRoot.querySelector('input')?.focus();
  }

  private _emit(value: CpvChoice[]) {
    this.dispatchEvent(new CustomEvent('cpv-change', { detail: value, bubbles: true, composed: true }));
  }

  private _onKeydown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && this._options.length) {
      event.preventDefault();
      this._open = true;
      this._active = (this._active + 1) % this._options.length;
    } else if (event.key === 'ArrowUp' && this._options.length) {
      event.preventDefault();
      this._active = (this._active - 1 + this._options.length) % this._options.length;
    } else if (event.key === 'Enter' && this._open && this._active >= 0) {
      event.preventDefault();
      this._choose(this._options[this._active]!);
    } else if (event.key === 'Escape') {
      this._open = false;
    }
  }

  /** Leaving the field closes the list, unless the focus came back meanwhile (an offer chosen puts it back). */
  private _onBlur() {
    setTimeout(() => {
      if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.id === 'cpv-input') return;
      this._open = false;
    }, 150);
  }

  override render() {
    const open = this._open && this._query.trim().length >= 2;
    const offers = this._help?.q === this._query.trim() ? this._help.offers : null;
    const label = this.label || msg('Κωδικοί CPV', { id: 'cpv.label' });
    // One code: the field's description says which, so it is heard with the field.
    const chosen = this.single && this.value.length ? 'cpv-chosen' : '';
    const describedBy = ['cpv-hint', chosen, this.error ? 'cpv-error' : ''].filter(Boolean).join(' ');
    return html`
      <label for="cpv-input">${label}</label>
      ${
        this.value.length
          ? html`<ul class="chips">
            ${this.value.map((given) => {
              const v = this._shown(given);
              return html`<li class="chip"><span id=${chosen || nothing}>${chosen ? msg(str`Επιλέχθηκε: ${v.formatted} ${v.label}`, { id: 'cpv.chosen' }) : `${v.formatted} ${v.label}`}</span>
                <button type="button" aria-label=${msg(str`Αφαίρεση ${v.formatted}`, { id: 'cpv.remove' })} @click=${() => this._remove(v.code)}>×</button></li>`;
            })}
          </ul>`
          : nothing
      }
      <input
        id="cpv-input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="cpv-options"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && this._active >= 0 ? `cpv-option-${this._active}` : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : nothing}
        .value=${this._query}
        @input=${this._onInput}
        @keydown=${this._onKeydown}
        @blur=${this._onBlur}
      />
      <span class="hint" id="cpv-hint">${this.hint || msg('Γράψτε κωδικό ή λέξεις (π.χ. «καθαρισμός»), επιλέξτε με τα βέλη και Enter.', { id: 'cpv.hint' })}</span>
      ${this.error ? html`<span class="error" id="cpv-error">${this.error}</span>` : nothing}
      <koinsep-search-offers
        category-action="add-codes"
        .suggestions=${offers?.suggestions.map((s) => s.q) ?? []}
        .categories=${this.single ? [] : (offers?.matchedCategories.slice(0, 2) ?? [])}
        @search-suggestion=${this._onSuggestion}
        @category-offer=${this._onCategoryOffer}
      ></koinsep-search-offers>
      <ul id="cpv-options" role="listbox" aria-label=${label} ?hidden=${!open}>
        ${this._options.map(
          (o, i) => html`<li
            id=${`cpv-option-${i}`}
            role="option"
            aria-selected=${i === this._active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this._choose(o)}
          >${o.formatted} — ${o.label}</li>`,
        )}
      </ul>
      <span class="visually-hidden" role="status">${open ? (this._options.length ? msg(str`${this._options.length} προτάσεις`, { id: 'cpv.results' }) : msg('Κανένας κωδικός.', { id: 'cpv.no-match' })) : ''}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-cpv-picker': KoinsepCpvPicker;
  }
}
