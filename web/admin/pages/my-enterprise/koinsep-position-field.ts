import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { fieldLabel } from '../../labels/field-labels.ts';

/** A position as the profile stores it (WGS 84 degrees), or none. */
export interface Position {
  lat: number | null;
  lon: number | null;
}

/** `38,0214` or `38.0214` → 38.0214; '' → null; anything else → NaN (the field says so). */
function readDegrees(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d{1,3}(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The enterprise's position on the map — the seam for the map picker.
 *
 * Today: latitude and longitude typed in. The public-map work replaces the inside of this
 * element with a map (a click or a tap places the marker; keyboard users keep these two fields
 * as the fallback), keeping its contract: properties `lat`, `lon`, `errors`; event
 * `position-change` with `{ lat, lon }` (numbers, null for none, NaN for an unreadable entry);
 * and the slot `map`, where a page may put the map instead. The profile editor needs nothing else.
 *
 * @fires position-change - detail: Position
 * @slot map - a map picker, above the fields
 */
@localized()
@customElement('koinsep-position-field')
export class KoinsepPositionField extends LitElement {
  static override styles = [
    adminStyles,
    css`
      fieldset { border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); padding: var(--koinsep-space-2) var(--koinsep-space-4) var(--koinsep-space-4); margin: var(--koinsep-space-3) 0; max-width: 40rem; }
      legend { font-weight: 600; padding: 0 var(--koinsep-space-1); }
      .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0 var(--koinsep-space-4); }
    `,
  ];

  @property({ type: Number }) lat: number | null = null;
  @property({ type: Number }) lon: number | null = null;
  /** The server's (or the page's) reasons by field: `lat`, `lon`. */
  @property({ attribute: false }) errors: Record<string, string> = {};

  /** What is being typed (kept as typed until it reads as a number). */
  @state() private _typed: Record<'lat' | 'lon', string | null> = { lat: null, lon: null };

  /** The field with a mistake, else latitude. */
  override focus(options?: FocusOptions): void {
    (
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('#lat')
    )?.focus(options);
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    // New values from outside (a reload, a map click) replace what was being typed.
    for (const which of ['lat', 'lon'] as const) {
      const typed = this._typed[which];
      if (!changed.has(which) || typed === null) continue;
      const read = readDegrees(typed);
      const same = read === this[which] || (Number.isNaN(read) && Number.isNaN(this[which]));
      if (!same) this._typed = { ...this._typed, [which]: null };
    }
  }

  private _onInput(which: 'lat' | 'lon', event: Event) {
    const text = (event.target as HTMLInputElement).value;
    this._typed = { ...this._typed, [which]: text };
    const position: Position = { lat: this.lat, lon: this.lon, [which]: readDegrees(text) };
    this.dispatchEvent(
      new CustomEvent<Position>('position-change', { detail: position, bubbles: true, composed: true }),
    );
  }

  private _field(which: 'lat' | 'lon') {
    const value = this[which];
    const shown = this._typed[which] ?? (value === null || Number.isNaN(value) ? '' : String(value));
    const unreadable = value !== null && Number.isNaN(value);
    const error =
      this.errors[which] ||
      (unreadable ? msg('Γράψτε μοίρες με δεκαδικά, π.χ. 38.0214.', { id: 'position.invalid' }) : '');
    return html`<div>
      <label for=${which}>${fieldLabel(which)}</label>
      <input id=${which} inputmode="decimal" autocomplete="off" .value=${shown} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="position-hint${error ? ` ${which}-error` : ''}" @input=${(e: Event) => this._onInput(which, e)} />
      ${error ? html`<p class="error" id="${which}-error">${error}</p>` : nothing}
    </div>`;
  }

  override render() {
    return html`<fieldset>
      <legend>${msg('Θέση στον χάρτη', { id: 'my-enterprise.position' })}</legend>
      <slot name="map"></slot>
      <p class="hint" id="position-hint">
        ${msg('Σε δεκαδικές μοίρες (WGS 84), π.χ. πλάτος 38.0214 και μήκος 23.7999: σε έναν διαδικτυακό χάρτη, δεξί κλικ ή παρατεταμένο πάτημα στο σημείο τις δείχνει.', { id: 'position.hint' })}
      </p>
      <div class="pair">${this._field('lat')} ${this._field('lon')}</div>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-position-field': KoinsepPositionField;
  }
  interface GlobalEventHandlersEventMap {
    'position-change': CustomEvent<Position>;
  }
}
