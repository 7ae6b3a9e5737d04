import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../shared-styles.ts';
import { searchKeys } from '../../shared/greek-search.ts';

/** One choice: its value, the name shown, an optional second line, and extra words it is found by. */
export interface ComboOption {
  value: string;
  label: string;
  description?: string;
  /** More text to match (e.g. a parent area's name, a code): accents, case and Greeklish do not matter. */
  searchText?: string;
}

interface IndexedOption {
  option: ComboOption;
  keys: string[];
}

/** At most this many suggestions are listed at once; typing narrows them. */
const MAX_SHOWN = 100;

/** How long typing pauses before a remote search is sent. */
const REMOTE_DELAY_MS = 250;

/** Asks the server for the options matching the typed text, best first (`remote` mode). */
export type RemoteOptions = (text: string, signal: AbortSignal) => Promise<ComboOption[]>;

/** Every typed word must start one of the option's words (in any order). */
const matches = (entry: IndexedOption, query: string[]) => query.every((q) => entry.keys.some((k) => k.startsWith(q)));

/**
 * A searchable single choice: an ARIA 1.2 combobox with a list popup (type to narrow, arrows to
 * move, Enter to choose, Escape to close; a tap on the field opens the whole list, so it works
 * on touch screens without a keyboard). Greek is matched without accents, case or final sigma,
 * and in Greeklish, as the server's search does.
 *
 * With `remote` set, the typed text is sent to the server (after a pause in typing) and its
 * answer is listed as it comes, in its order: the server's search (inflections, Greeklish,
 * category words) decides what matches. `options` then only serves the empty field (the whole
 * list) and the chosen option's name.
 *
 * In `adder` mode it adds rather than sets: after a choice the field empties and keeps the focus
 * (the chip picker uses it to add one entry after another).
 *
 * @fires combobox-change - detail: the chosen value, or null when the text no longer names one
 * @slot help - under the field, above the list: offers that are not options (did you mean, a
 *   category to list), as buttons Tab reaches from the field; the listbox holds options only
 * @csspart input - the text field
 */
@localized()
@customElement('koinsep-combobox')
export class KoinsepCombobox extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { display: block; position: relative; }
      label { margin-top: 0; }
      [role='listbox'] {
        position: absolute; z-index: 5; left: 0; right: 0; max-width: 28rem; max-height: 16rem; overflow: auto; margin: 0; padding: 0; list-style: none;
        background: var(--koinsep-color-surface); border: 1px solid var(--koinsep-color-control-border); border-radius: var(--koinsep-radius-small);
        box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
      }
      [role='option'] { padding: var(--koinsep-space-2) var(--koinsep-space-3); min-height: var(--koinsep-target-size); box-sizing: border-box; cursor: pointer; }
      [role='option'][aria-selected='true'] { background: var(--koinsep-color-accent); color: var(--koinsep-color-accent-contrast); }
      [role='option'][aria-selected='true'] .meta { color: inherit; }
      .meta { display: block; color: var(--koinsep-color-muted); font-size: var(--koinsep-font-size-small); }
    `,
  ];

  /** The visible label (inside this element's shadow root, with the field). */
  @property() label = '';
  @property({ attribute: false }) options: ComboOption[] = [];
  /** The chosen value ('' = none); unused in adder mode. */
  @property() value = '';
  @property() hint = '';
  /** A line under the field about the current choice (e.g. its details), read with the field. */
  @property() note = '';
  @property() error = '';
  /** Add, do not set: the field empties after each choice. */
  @property({ type: Boolean }) adder = false;
  /** Said when nothing matches (default: "Καμία επιλογή με αυτό το όνομα."). */
  @property({ attribute: 'no-match' }) noMatch = '';
  /** Remote mode: the server finds the options for the typed text. */
  @property({ attribute: false }) remote: RemoteOptions | null = null;

  @state() private _query = '';
  @state() private _open = false;
  @state() private _active = -1;
  /** A short sentence for screen readers after a choice in adder mode. */
  @state() private _said = '';
  /** Remote mode: the server's answer for `_foundFor`, and whether a newer one is on its way. */
  @state() private _found: IndexedOption[] = [];
  @state() private _searching = false;
  private _foundFor = '';
  private _remoteTimer: ReturnType<typeof setTimeout> | undefined;
  private _remoteRequest: AbortController | null = null;
  private _indexed: IndexedOption[] = [];
  private _indexedFrom: ComboOption[] | null = null;

  /** Empties the field (and the choice). */
  clear(): void {
    this._query = '';
    this._open = false;
    if (this.value) this._emit('');
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  /**
   * Puts `text` in the field, focused, and lists what `load` finds for it at once (default: the
   * remote search) — a "did you mean" chosen, or a category's entries (remote mode only).
   */
  lookUp(text: string, load: RemoteOptions | null = this.remote): void {
    if (!load) return;
    this._cancelRemote();
    this._query = text;
    this._said = '';
    if (!this.adder && this.value) this._emit('');
    this._searching = true;
    this._open = true;
    this._active = -1;
    this.focus();
    this._send(text, load);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (this._indexedFrom !== this.options) {
      this._indexedFrom = this.options;
      this._indexed = this.options.map((option) => ({
        option,
        keys: searchKeys(`${option.label} ${option.searchText ?? ''}`),
      }));
    }
    // The field shows the chosen option's name, also when the value or the options arrive later.
    if (!this.adder && (changed.has('value') || changed.has('options')) && !this._open) {
      this._query = this.options.find((o) => o.value === this.value)?.label ?? (this.value ? this._query : '');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._cancelRemote();
  }

  private _filtered(): IndexedOption[] {
    const query = searchKeys(this._query);
    if (this.remote && query.length && !this._showsChoice())
      return this._foundFor === this._query ? this._found.slice(0, MAX_SHOWN) : [];
    const found = query.length && !this._showsChoice() ? this._indexed.filter((o) => matches(o, query)) : this._indexed;
    return found.slice(0, MAX_SHOWN);
  }

  /** The field still shows the chosen option's name: the list offers everything, not just that one. */
  private _showsChoice(): boolean {
    if (this.adder || !this.value) return false;
    const chosen =
      this.options.find((o) => o.value === this.value) ??
      this._found.find((o) => o.option.value === this.value)?.option;
    return chosen?.label === this._query;
  }

  /** Opens the list with `active` highlighted (default: the chosen option, else the first). */
  private _openList(active?: number) {
    this._open = true;
    const shown = this._filtered();
    const chosen = shown.findIndex((o) => o.option.value === this.value);
    this._active = active ?? (chosen >= 0 ? chosen : shown.length ? 0 : -1);
  }

  private _onInput(event: Event) {
    this._query = (event.target as HTMLInputElement).value;
    this._said = '';
    if (!this.adder && this.value) this._emit('');
    if (this.remote) this._askRemote();
    this._openList(this._filtered().length ? 0 : -1);
  }

  private _cancelRemote() {
    clearTimeout(this._remoteTimer);
    this._remoteRequest?.abort();
    this._remoteRequest = null;
  }

  /** Sends the typed text once typing pauses; an older answer arriving late is dropped. */
  private _askRemote() {
    this._cancelRemote();
    const text = this._query;
    if (!searchKeys(text).length) {
      this._searching = false;
      return;
    }
    this._searching = true;
    this._remoteTimer = setTimeout(() => this._send(text, this.remote!), REMOTE_DELAY_MS);
  }

  /** Asks `load` for `text`'s options; an answer to an older question is dropped. */
  private _send(text: string, load: RemoteOptions) {
    const request = new AbortController();
    this._remoteRequest = request;
    load(text, request.signal).then(
      (options) => {
        if (request.signal.aborted) return;
        this._found = options.map((option) => ({ option, keys: [] }));
        this._foundFor = text;
        this._searching = false;
        if (this._open) this._active = this._found.length ? 0 : -1;
      },
      () => {
        if (request.signal.aborted) return;
        this._found = [];
        this._foundFor = text;
        this._searching = false;
      },
    );
  }

  private _choose(entry: IndexedOption) {
    this._cancelRemote();
    this._searching = false;
    this._open = false;
    this._active = -1;
    if (this.adder) {
      this._query = '';
      this._said = msg(str`Προστέθηκε: ${entry.option.label}`, { id: 'combobox.added' });
    } else this._query = entry.option.label;
    this._emit(entry.option.value);
  }

  private _emit(value: string) {
    if (!this.adder) this.value = value;
    this.dispatchEvent(
      new CustomEvent<string | null>('combobox-change', { detail: value || null, bubbles: true, composed: true }),
    );
  }

  private _onKeydown(event: KeyboardEvent) {
    const shown = this._filtered();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!this._open) this._openList();
      else if (shown.length) this._active = (this._active + 1) % shown.length;
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this._open) this._openList(shown.length - 1);
      else if (shown.length) this._active = (this._active - 1 + shown.length) % shown.length;
    } else if (event.key === 'Enter' && this._open && shown[this._active]) {
      // Choosing, not submitting the surrounding form.
      event.preventDefault();
      this._choose(shown[this._active]!);
    } else if (event.key === 'Escape' && this._open) {
      event.preventDefault();
      event.stopPropagation();
      this._open = false;
    } else if ((event.key === 'Home' || event.key === 'End') && this._open && shown.length) {
      // In an open list Home/End move in the list only with Ctrl; in the field they move the caret (ARIA APG).
      if (event.ctrlKey) {
        event.preventDefault();
        this._active = event.key === 'Home' ? 0 : shown.length - 1;
      }
    }
  }

  /** Leaving the field closes the list — unless the focus came back meanwhile (a quick tap back into it). */
  private _onBlur() {
    setTimeout(() => {
      if (this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement?.id === 'input') return;
      this._open = false;
    }, 150);
  }

  protected override updated(): void {
    // Keep the active option in view as the arrows move through a long list.
    if (this._open && this._active >= 0)
      this.renderRoot.querySelector(`#option-${this._active}`)?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const shown = this._open ? this._filtered() : [];
    const open = this._open && shown.length > 0;
    const describedBy = [this.hint ? 'hint' : '', this.note ? 'note' : '', this.error ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    const status =
      this._said ||
      (this._open && this._query && !this._showsChoice()
        ? this._searching && !shown.length
          ? msg('Αναζήτηση…', { id: 'combobox.searching' })
          : shown.length
            ? msg(str`${shown.length} επιλογές`, { id: 'combobox.count' })
            : this.noMatch || msg('Καμία επιλογή με αυτό το όνομα.', { id: 'combobox.none' })
        : '');
    return html`
      <label for="input">${this.label}</label>
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="options"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${open && this._active >= 0 ? `option-${this._active}` : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${this.error ? 'true' : 'false'}
        .value=${this._query}
        @input=${this._onInput}
        @keydown=${this._onKeydown}
        @click=${() => (this._open ? undefined : this._openList())}
        @blur=${this._onBlur}
      />
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${this.note ? html`<p class="ok" id="note">${this.note}</p>` : nothing}
      ${this.error ? html`<p class="error" id="error">${this.error}</p>` : nothing}
      <slot name="help"></slot>
      <ul id="options" role="listbox" aria-label=${this.label} ?hidden=${!open}>
        ${shown.map(
          (entry, i) => html`<li
            id="option-${i}"
            role="option"
            aria-selected=${i === this._active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this._choose(entry)}
          >
            ${entry.option.label}${entry.option.description ? html`<span class="meta">${entry.option.description}</span>` : nothing}
          </li>`,
        )}
      </ul>
      <span class="visually-hidden" role="status">${status}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-combobox': KoinsepCombobox;
  }
  interface GlobalEventHandlersEventMap {
    'combobox-change': CustomEvent<string | null>;
  }
}
