import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { AreaList } from '../../../../api/contract.ts';
import { formatDate, parseDate } from '../../../shared/format.ts';
import { areaOptions } from '../../labels/area-options.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { legalFormNames } from '../../labels/lists.ts';
import type { Position } from './koinsep-position-field.ts';
import type { FieldSpec } from './profile-sections.ts';
import '../../components/koinsep-combobox.ts';
import './koinsep-position-field.ts';

export type Values = Record<string, unknown>;

/** The styles the fields need (the checkbox rows), for the pages that use ProfileDraft. */
export const profileFieldStyles = css`
  .check { display: flex; gap: 0.5rem; align-items: center; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  .check input { width: 1.4rem; min-height: 1.4rem; }
`;

/** Puts the focus on `field`'s control (the position group for lat/lon), or on the first field marked wrong. */
export function focusField(root: ParentNode, field: string): void {
  const target =
    field === 'lat' || field === 'lon'
      ? root.querySelector<HTMLElement>('koinsep-position-field')
      : root.querySelector<HTMLElement>(`#f-${field}`);
  (target ?? root.querySelector<HTMLElement>('[aria-invalid="true"]'))?.focus();
}

/**
 * One profile being edited — the enterprise's own editor and the staff's (issue 16) share it:
 * the draft over the server's values, which fields the person changed, the reasons a field is
 * wrong (the page's own and the server's), dates as typed (dd/mm/yyyy) until they read as a
 * day; and each field's control.
 */
export class ProfileDraft implements ReactiveController {
  draft: Values = {};
  dirty = new Set<string>();
  errors: Record<string, string> = {};
  typedDates: Record<string, string> = {};
  areas: AreaList['items'] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts over from `base`; with `keepMine`, what the person changed stays. */
  reset(base: Values, keepMine = false): void {
    const draft: Values = { ...base };
    if (keepMine) for (const field of this.dirty) draft[field] = this.draft[field];
    else {
      this.dirty = new Set();
      this.typedDates = {};
      this.errors = {};
    }
    this.draft = draft;
    this.host.requestUpdate();
  }

  change(values: Values, errors: Record<string, string> = {}): void {
    this.draft = { ...this.draft, ...values };
    this.dirty = new Set([...this.dirty, ...Object.keys(values)]);
    const rest = Object.fromEntries(Object.entries(this.errors).filter(([field]) => !(field in values)));
    this.errors = { ...rest, ...errors };
    this.host.requestUpdate();
  }

  setErrors(errors: Record<string, string>): void {
    this.errors = errors;
    this.host.requestUpdate();
  }

  /** The changed fields whose value differs from `base`. */
  changesFrom(base: Values): Values {
    const changes: Values = {};
    for (const field of this.dirty)
      if (JSON.stringify(this.draft[field] ?? null) !== JSON.stringify(base[field] ?? null))
        changes[field] = this.draft[field];
    return changes;
  }

  /** The page's own reasons (a date or number that does not read) among the changed fields. */
  ownErrors(changes: Values): string[] {
    return Object.keys(this.errors).filter((field) => field in changes || this.dirty.has(field));
  }

  private _onInput(spec: FieldSpec, event: Event) {
    const target = event.target as HTMLInputElement;
    const text = target.value;
    if (spec.kind === 'boolean') this.change({ [spec.name]: target.checked });
    else if (spec.kind === 'integer') {
      const trimmed = text.trim();
      const valid = trimmed === '' || /^\d+$/.test(trimmed);
      this.change(
        { [spec.name]: trimmed === '' ? null : valid ? Number(trimmed) : Number.NaN },
        valid ? {} : { [spec.name]: msg('Γράψτε έναν ακέραιο αριθμό.', { id: 'my-enterprise.invalid-integer' }) },
      );
    } else if (spec.kind === 'date') {
      this.typedDates = { ...this.typedDates, [spec.name]: text };
      const day = parseDate(text);
      this.change(
        { [spec.name]: text.trim() === '' ? null : (day ?? Number.NaN) },
        day || text.trim() === '' ? {} : { [spec.name]: dateError() },
      );
    } else this.change({ [spec.name]: text });
  }

  private _onPosition(event: CustomEvent<Position>) {
    const { lat, lon } = event.detail;
    const unreadable = (n: number | null) =>
      n !== null && Number.isNaN(n) ? msg('Γράψτε μοίρες με δεκαδικά, π.χ. 38.0214.', { id: 'position.invalid' }) : '';
    const errors = Object.fromEntries(
      [
        ['lat', unreadable(lat)],
        ['lon', unreadable(lon)],
      ].filter(([, e]) => e),
    );
    this.change({ lat, lon }, errors);
  }

  /** The control of one field, labelled, with its hint and its error. */
  field(spec: FieldSpec) {
    const id = `f-${spec.name}`;
    const label = fieldLabel(spec.name);
    const error = this.errors[spec.name];
    const value = this.draft[spec.name];
    const hintId = spec.kind === 'date' ? `${id}-hint` : '';
    const describedBy = [hintId, error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const errorText = error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;
    const onInput = (e: Event) => this._onInput(spec, e);
    switch (spec.kind) {
      case 'boolean':
        return html`<div><label class="check"><input type="checkbox" id=${id} .checked=${value === true} aria-describedby=${describedBy} @change=${onInput} />${label}</label>${errorText}</div>`;
      case 'textarea':
        return html`<label for=${id}>${label}</label><textarea id=${id} rows="8" .value=${String(value ?? '')} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>${errorText}`;
      case 'legal-form':
        return html`<label for=${id}>${label}</label>
          <select id=${id} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} @change=${onInput}>
            ${Object.entries(legalFormNames()).map(([v, name]) => html`<option value=${v} ?selected=${v === value}>${name}</option>`)}
          </select>${errorText}`;
      case 'area':
        return html`<koinsep-combobox id=${id} .label=${label} .options=${areaOptions(this.areas, ['municipality'])} .value=${String(value ?? '')} .error=${error ?? ''}
          .hint=${msg('Γράψτε μέρος του ονόματος του δήμου και διαλέξτε από τη λίστα.', { id: 'my-enterprise.municipality-hint' })}
          @combobox-change=${(e: CustomEvent<string | null>) => this.change({ [spec.name]: e.detail })}></koinsep-combobox>`;
      case 'position':
        return html`<koinsep-position-field .lat=${this.draft.lat ?? null} .lon=${this.draft.lon ?? null}
          .errors=${{ lat: this.errors.lat ?? '', lon: this.errors.lon ?? '' }} @position-change=${(e: CustomEvent<Position>) => this._onPosition(e)}></koinsep-position-field>`;
      default: {
        const date = spec.kind === 'date';
        const shown = date
          ? (this.typedDates[spec.name] ?? (value ? formatDate(String(value)) : ''))
          : value === null || value === undefined
            ? ''
            : String(value);
        const type = spec.kind === 'integer' || date ? 'text' : (spec.type ?? 'text');
        return html`<label for=${id}>${label}</label>
          <input id=${id} type=${type} inputmode=${spec.kind === 'integer' ? 'numeric' : nothing} autocomplete=${spec.autocomplete ?? 'off'}
            .value=${shown} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput} />
          ${date ? html`<p class="hint" id=${hintId}>${dateHint()}</p>` : nothing}${errorText}`;
      }
    }
  }
}
