import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../shared-styles.ts';
import { closeIcon } from '../../shared/icons.ts';
import type { ComboOption } from './koinsep-combobox.ts';
import './koinsep-combobox.ts';

/**
 * Several choices from a long list (e.g. the areas a service covers): the chosen ones as chips,
 * each with a remove button named after it, and a searchable combobox that adds one more — by
 * typing, arrows and Enter, or by tapping (the list opens on a tap: no Ctrl-click as in a
 * multiple select). After a removal the focus goes to the next chip (or the field), and a
 * status line says what was added or removed.
 *
 * @fires chips-change - detail: the chosen values, in the order chosen
 */
@localized()
@customElement('koinsep-chip-picker')
export class KoinsepChipPicker extends LitElement {
  static override styles = [
    adminStyles,
    css`
      fieldset { border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); padding: var(--koinsep-space-2) var(--koinsep-space-4) var(--koinsep-space-4); margin: var(--koinsep-space-3) 0; max-width: 40rem; }
      legend { font-weight: 600; padding: 0 var(--koinsep-space-1); }
      .chips { list-style: none; display: flex; flex-wrap: wrap; gap: var(--koinsep-space-2); padding: 0; margin: var(--koinsep-space-2) 0 var(--koinsep-space-3); }
      .chip {
        display: inline-flex; align-items: center; gap: var(--koinsep-space-1); padding-left: var(--koinsep-space-3);
        border: 1px solid var(--koinsep-color-accent); border-radius: var(--koinsep-radius-pill); background: var(--koinsep-color-accent-soft);
      }
      .chip button { border: none; background: transparent; border-radius: var(--koinsep-radius-pill); min-width: var(--koinsep-target-size); padding: 0; }
      .chip button:hover { background: var(--koinsep-color-surface); }
    `,
  ];

  /** The group's name (its legend). */
  @property() label = '';
  @property({ attribute: false }) options: ComboOption[] = [];
  @property({ attribute: false }) value: string[] = [];
  @property() hint = '';
  @property() error = '';

  @state() private _said = '';

  private _set(values: string[]) {
    this.value = values;
    this.dispatchEvent(new CustomEvent<string[]>('chips-change', { detail: values, bubbles: true, composed: true }));
  }

  private _add(value: string | null) {
    if (!value || this.value.includes(value)) return;
    this._said = '';
    this._set([...this.value, value]);
  }

  private async _remove(index: number) {
    const removed = this.value[index]!;
    this._set(this.value.filter((_, i) => i !== index));
    this._said = msg(str`Αφαιρέθηκε: ${this._labelOf(removed)}`, { id: 'chips.removed' });
    await this.updateComplete;
    // The focus stays near: the chip that took its place, else the one before, else the field.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip button')];
    (buttons[index] ?? buttons[index - 1] ?? this.renderRoot.querySelector('koinsep-combobox'))?.focus();
  }

  private _labelOf(value: string): string {
    return this.options.find((o) => o.value === value)?.label ?? value;
  }

  override render() {
    const remaining = this.options.filter((o) => !this.value.includes(o.value));
    const describedBy = [this.hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    return html`<fieldset aria-describedby=${describedBy || nothing}>
      <legend>${this.label}</legend>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${this.error ? html`<p class="error" id="error">${this.error}</p>` : nothing}
      ${
        this.value.length
          ? html`<ul class="chips" aria-label=${msg(str`Επιλεγμένες: ${this.label}`, { id: 'chips.chosen' })}>
            ${this.value.map(
              (value, i) => html`<li class="chip">
                <span>${this._labelOf(value)}</span>
                <button type="button" aria-label=${msg(str`Αφαίρεση: ${this._labelOf(value)}`, { id: 'chips.remove' })} @click=${() => this._remove(i)}>${closeIcon()}</button>
              </li>`,
            )}
          </ul>`
          : html`<p class="hint">${msg('Καμία επιλογή ακόμη.', { id: 'chips.none' })}</p>`
      }
      <koinsep-combobox adder .label=${msg(str`Προσθήκη: ${this.label}`, { id: 'chips.add' })} .options=${remaining}
        .hint=${msg('Γράψτε μέρος του ονόματος ή πατήστε στο πεδίο για όλη τη λίστα.', { id: 'chips.add-hint' })}
        @combobox-change=${(e: CustomEvent<string | null>) => (e.stopPropagation(), this._add(e.detail))}></koinsep-combobox>
      <span class="visually-hidden" role="status">${this._said}</span>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-chip-picker': KoinsepChipPicker;
  }
  interface GlobalEventHandlersEventMap {
    'chips-change': CustomEvent<string[]>;
  }
}
