import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { getMapTiles } from '../../api/map.ts';
import type { PositionPicker, PositionPickerTexts } from '../../../shared/map/position-picker.ts';

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

/** The map picker's chunk (Leaflet), asked once for the page. */
let pickerModule: Promise<typeof import('../../../shared/map/position-picker.ts')> | undefined;
/** The tile settings, asked once for the page. */
let tiles: ReturnType<typeof getMapTiles> | undefined;

/**
 * The enterprise's position on the map (issue 16): placed by clicking or tapping a map, the pin
 * dragged to refine it, by keyboard (arrows and Enter on the map, arrows on the pin, or "place at
 * the map's centre"); latitude and longitude stay as fields, the accessible fallback, in step
 * with the map both ways. The map (web/shared/map/position-picker.ts, with Leaflet) is a chunk
 * loaded when its box first scrolls into view (not while its section is a hidden tab); the box
 * has its size from the start. Its contract with the editor: properties `lat`, `lon`, `errors`;
 * event `position-change` with `{ lat, lon }` (numbers, null for none, NaN for an unreadable entry).
 *
 * @fires position-change - detail: Position
 * @slot map - anything a page puts above the map
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
      .map { block-size: 18rem; margin-block: var(--koinsep-space-2); border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius); z-index: 0; }
      .map-actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--koinsep-space-2); }
    `,
  ];

  @property({ type: Number }) lat: number | null = null;
  @property({ type: Number }) lon: number | null = null;
  /** The server's (or the page's) reasons by field: `lat`, `lon`. */
  @property({ attribute: false }) errors: Record<string, string> = {};

  /** What is being typed (kept as typed until it reads as a number). */
  @state() private _typed: Record<'lat' | 'lon', string | null> = { lat: null, lon: null };
  @state() private _map: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** Said to screen readers after a pick on the map. */
  @state() private _placed = '';
  private _picker: PositionPicker | undefined;
  private _observers: Array<IntersectionObserver | ResizeObserver> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: the map is drawn again once in view.
    if (this.hasUpdated) this._watchMapBox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const observer of this._observers) observer.disconnect();
    this._observers = [];
    this._picker?.destroy();
    this._picker = undefined;
    this._map = 'idle';
  }

  protected override firstUpdated(): void {
    this._watchMapBox();
  }

  protected override updated(): void {
    this._picker?.setTexts(this._mapTexts());
    this._picker?.setPosition(this._position());
  }

  /** Loads the map when its box comes into view; keeps Leaflet told of the box's size. */
  private _watchMapBox() {
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!box) return;
    const visible = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      visible.disconnect();
      void this._loadMap(box);
    });
    visible.observe(box);
    const resized = new ResizeObserver(() => this._picker?.resize());
    resized.observe(box);
    this._observers = [visible, resized];
  }

  private async _loadMap(box: HTMLElement) {
    this._map = 'loading';
    try {
      pickerModule ??= import('../../../shared/map/position-picker.ts');
      tiles ??= getMapTiles();
      const [module, settings] = await Promise.all([pickerModule, tiles]);
      if (!this.isConnected) return;
      const root = this.renderRoot as ShadowRoot;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(module.positionPickerCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this._picker = module.createPositionPicker(box, {
        tiles: settings,
        texts: this._mapTexts(),
        position: this._position(),
        onPick: (position) => this._onPick(position),
      });
      this._map = 'ready';
    } catch {
      // Offline or blocked: the fields still work.
      pickerModule = undefined;
      tiles = undefined;
      this._map = 'failed';
    }
  }

  /** The position on the map: both numbers readable, else none. */
  private _position() {
    const { lat, lon } = this;
    return lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
  }

  private _mapTexts(): PositionPickerTexts {
    return {
      label: msg('Χάρτης για τη θέση της επιχείρησης', { id: 'position.map' }),
      zoomIn: msg('Μεγέθυνση', { id: 'map.zoom-in' }),
      zoomOut: msg('Σμίκρυνση', { id: 'map.zoom-out' }),
      marker: msg('Η θέση της επιχείρησης', { id: 'position.marker' }),
    };
  }

  private _onPick(position: { lat: number; lon: number }) {
    this._typed = { lat: null, lon: null };
    this._placed = msg(str`Η θέση ορίστηκε: ${position.lat}, ${position.lon}.`, { id: 'position.placed' });
    this.dispatchEvent(
      new CustomEvent<Position>('position-change', { detail: position, bubbles: true, composed: true }),
    );
  }

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
      <p class="hint" id="map-hint">
        ${msg('Κάντε κλικ ή πατήστε στον χάρτη εκεί που βρίσκεται η επιχείρηση· σύρετε την πινέζα για να τη διορθώσετε. Με το πληκτρολόγιο: στον χάρτη, τα βέλη τον μετακινούν και το Enter βάζει την πινέζα στο κέντρο· στην πινέζα, τα βέλη τη μετακινούν.', { id: 'position.map-hint' })}
      </p>
      <div class="map" aria-describedby="map-hint"></div>
      <div class="map-actions">
        <button type="button" ?disabled=${this._map !== 'ready'} @click=${() => this._picker?.placeAtCentre()}>
          ${msg('Θέση στο κέντρο του χάρτη', { id: 'position.centre' })}
        </button>
        ${this._map === 'loading' ? html`<span class="hint">${msg('Φόρτωση χάρτη…', { id: 'position.map-loading' })}</span>` : nothing}
        ${this._map === 'failed' ? html`<span class="hint">${msg('Ο χάρτης δεν φορτώθηκε· γράψτε τις συντεταγμένες στα πεδία.', { id: 'position.map-failed' })}</span>` : nothing}
      </div>
      <p class="visually-hidden" role="status">${this._placed}</p>
      <p class="hint" id="position-hint">
        ${msg('Ή γράψτε τις συντεταγμένες σε δεκαδικές μοίρες (WGS 84), π.χ. πλάτος 38.0214 και μήκος 23.7999.', { id: 'position.hint' })}
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
