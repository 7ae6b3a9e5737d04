import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ChangeRequestDetail, ChangeRequestView } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { diffItems, diffWords } from '../../../shared/word-diff.ts';
import {
  approveChangeRequest,
  getChangeRequest,
  listChangeRequests,
  rejectChangeRequest,
} from '../../api/change-requests.ts';
import { listAreas, listCategories } from '../../api/directory.ts';
import { fieldLabel, showValue } from '../../labels/field-labels.ts';
import { changeRequestStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { diffLegend, diffStyles, diffView } from '../../components/diff-view.ts';

type DiffRow = ChangeRequestDetail['diff'][number];

/** Fields whose values are ids of the directory's lists: shown by name. */
const NAMED_LISTS = new Set(['areas', 'categories']);

/** A text long enough to correct in a multi-line field. */
const isLongText = (value: unknown) => typeof value === 'string' && (value.length > 80 || value.includes('\n'));

/**
 * Staff moderation queue (issue 5): per changed field a word-level difference between the value
 * now published and the proposal (lists item by item, ids by name), an optional correction
 * (multi-line for long texts, starting from the proposed text), approve / correct and approve /
 * reject with a comment.
 */
@localized()
@customElement('koinsep-moderation-page')
export class KoinsepModerationPage extends LitElement {
  static override styles = [
    adminStyles,
    diffStyles,
    css`
      .change { border-top: 1px solid var(--koinsep-color-border); padding: var(--koinsep-space-2) 0 var(--koinsep-space-4); max-width: 44rem; }
      .change h3 { margin: var(--koinsep-space-3) 0 var(--koinsep-space-1); font-size: var(--koinsep-font-size-base); }
      .change textarea, .change input { max-width: 44rem; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _queue: ChangeRequestView[] | null = null;
  @state() private _detail: ChangeRequestDetail | null = null;
  /** Corrections being written, by field (a field is here once its correction was opened). */
  @state() private _corrections: Record<string, string> = {};
  /** Names of areas and categories by id, for the lists in a change. */
  @state() private _names: Record<string, string> = {};
  @state() private _comment = '';
  @state() private _message = '';
  @state() private _error = '';
  @state() private _commentError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._queue = (await listChangeRequests('pending')).items;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private async _open(id: string) {
    this._message = '';
    this._error = '';
    this._corrections = {};
    this._comment = '';
    this._commentError = '';
    this._detail = await getChangeRequest(id);
    void this._loadNames(this._detail);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private async _loadNames(detail: ChangeRequestDetail) {
    const fields = detail.diff.map((row) => row.field);
    const lists = await Promise.all([
      fields.includes('areas') ? listAreas(this.lang).then((r) => r.items) : [],
      fields.includes('categories') ? listCategories(this.lang).then((r) => r.items) : [],
    ]).catch(() => [[], []]);
    this._names = Object.fromEntries(lists.flat().map((item) => [item.id, item.name]));
  }

  /** A proposed value as the text a correction starts from (lists as comma-separated codes). */
  private _asText(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'boolean') return showValue(value);
    return String(value);
  }

  /** The corrections that differ from the proposal. */
  private _changedCorrections(): Array<[string, string]> {
    return Object.entries(this._corrections).filter(
      ([field, text]) => text.trim() !== this._asText(this._detail!.proposed[field]).trim(),
    );
  }

  /** Corrections typed as text, converted to the proposed value's type. */
  private _typedCorrections(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [field, text] of this._changedCorrections()) {
      if (text.trim() === '') continue;
      const proposed = this._detail!.proposed[field];
      if (typeof proposed === 'number') out[field] = Number(text.replace(',', '.'));
      else if (typeof proposed === 'boolean')
        out[field] = ['ναι', 'yes', 'true', '1', showValue(true)].includes(text.trim().toLowerCase());
      else if (Array.isArray(proposed))
        out[field] = text
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean);
      else out[field] = text;
    }
    return out;
  }

  private async _approve() {
    try {
      await approveChangeRequest(this._detail!.id, {
        corrections: this._typedCorrections(),
        comment: this._comment || undefined,
      });
      this._detail = null;
      this._message = msg('Εγκρίθηκε και δημοσιεύτηκε· η επιχείρηση ενημερώθηκε με e-mail.', {
        id: 'moderation.approved',
      });
      await this._reload();
    } catch (error) {
      this._error =
        error instanceof ProblemError && error.invalidParams.length
          ? error.invalidParams.map((p) => `${fieldLabel(p.name)}: ${p.reason}`).join('; ')
          : errorText(error);
    }
  }

  private async _reject() {
    if (!this._comment.trim()) {
      this._commentError = msg('Γράψτε γιατί απορρίπτεται.', { id: 'moderation.need-comment' });
      this.renderRoot.querySelector<HTMLElement>('#cr-comment')?.focus();
      return;
    }
    try {
      await rejectChangeRequest(this._detail!.id, this._comment);
      this._detail = null;
      this._message = msg('Απορρίφθηκε· η επιχείρηση ενημερώθηκε με e-mail.', { id: 'moderation.rejected' });
      await this._reload();
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private _kind(r: { kind: string; newService?: boolean }) {
    return r.kind === 'profile'
      ? msg('Προφίλ', { id: 'moderation.profile' })
      : r.newService
        ? msg('Νέα υπηρεσία', { id: 'moderation.new-service' })
        : msg('Υπηρεσία', { id: 'moderation.service' });
  }

  /** A value as shown in a difference: list entries by name, ISO dates as dd/mm/yyyy, yes/no in words; nothing as no item. */
  private _items(value: unknown): string[] {
    if (Array.isArray(value)) return value.map((v) => this._names[String(v)] ?? String(v));
    return value === null || value === undefined || value === '' ? [] : [showValue(value)];
  }

  /**
   * Prose word by word; a single-word value (a date, a number, an address on the web), yes/no and
   * lists as whole items, removed and added.
   */
  private _difference(row: DiffRow) {
    const isText = (value: unknown) => value === null || typeof value === 'string';
    const [current, proposed] = [this._items(row.current), this._items(row.proposed)];
    const prose = [...current, ...proposed].some((text) => /\s/.test(text.trim()));
    if (isText(row.current) && isText(row.proposed) && !NAMED_LISTS.has(row.field) && prose) {
      return diffView(diffWords(current.join(''), proposed.join('')));
    }
    return diffView(diffItems(current, proposed), { items: true });
  }

  private _correction(row: DiffRow) {
    const id = `fix-${row.field}`;
    const label = `${msg('Διόρθωση', { id: 'moderation.correct' })}: ${fieldLabel(row.field)}`;
    const text = this._corrections[row.field];
    if (text === undefined) {
      return html`<button type="button" data-correct=${row.field} aria-label=${label} @click=${() => this._startCorrection(row)}>${msg('Διόρθωση', { id: 'moderation.correct' })}</button>`;
    }
    const onInput = (e: Event) =>
      (this._corrections = {
        ...this._corrections,
        [row.field]: (e.target as HTMLInputElement | HTMLTextAreaElement).value,
      });
    const multiLine = isLongText(row.proposed) || isLongText(text);
    return html`<label for=${id}>${label}</label>
      ${
        multiLine
          ? html`<textarea id=${id} rows=${Math.min(16, Math.max(4, Math.ceil(text.length / 60)))} aria-describedby="${id}-hint" .value=${text} @input=${onInput}></textarea>`
          : html`<input id=${id} aria-describedby="${id}-hint" .value=${text} @input=${onInput} />`
      }
      <p class="hint" id="${id}-hint">${
        Array.isArray(row.proposed)
          ? msg('Κωδικοί χωρισμένοι με κόμμα. Εγκρίνεται η διορθωμένη τιμή.', { id: 'moderation.correct-list-hint' })
          : msg('Ξεκινά από την προτεινόμενη τιμή· εγκρίνεται η διορθωμένη.', { id: 'moderation.correct-hint' })
      }</p>
      <button type="button" class="link" aria-label="${msg('Χωρίς διόρθωση', { id: 'moderation.no-correction' })}: ${fieldLabel(row.field)}" @click=${() => this._dropCorrection(row.field)}>
        ${msg('Χωρίς διόρθωση', { id: 'moderation.no-correction' })}</button>`;
  }

  private async _startCorrection(row: DiffRow) {
    this._corrections = { ...this._corrections, [row.field]: this._asText(row.proposed) };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#fix-${row.field}`)?.focus();
  }

  private async _dropCorrection(field: string) {
    const { [field]: _dropped, ...rest } = this._corrections;
    this._corrections = rest;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-correct="${field}"]`)?.focus();
  }

  private _renderDetail(d: ChangeRequestDetail) {
    const corrected = this._changedCorrections().length > 0;
    return html`<section aria-labelledby="detail-title">
      <h2 id="detail-title" tabindex="-1">${d.enterpriseName} — ${this._kind(d)}${d.kind === 'service' ? `: ${d.subject}` : ''}</h2>
      <p>${msg('Από', { id: 'moderation.by' })}: ${d.author?.name ?? '—'} · ${formatDateTime(d.createdAt)} · ${msg('Κατάσταση', { id: 'moderation.status' })}: ${changeRequestStatusNames()[d.status]}</p>
      <p>${msg('Για κάθε πεδίο: τι αλλάζει από τη δημοσιευμένη τιμή στην προτεινόμενη.', { id: 'moderation.diff-intro' })}</p>
      ${diffLegend()}
      ${d.diff.map(
        (row) => html`<section class="change" aria-labelledby="change-${row.field}">
          <h3 id="change-${row.field}">${fieldLabel(row.field)}</h3>
          ${
            row.changedSinceProposal
              ? html`<p class="note">${msg('Η τιμή άλλαξε αφού υποβλήθηκε η πρόταση. Όταν υποβλήθηκε ήταν:', { id: 'moderation.changed-since' })} «${this._items(row.before).join(', ') || showValue(null)}»</p>`
              : nothing
          }
          <div class="diff" data-field=${row.field}>${this._difference(row)}</div>
          ${this._correction(row)}
        </section>`,
      )}
      <label for="cr-comment">${msg('Σχόλιο προς την επιχείρηση', { id: 'moderation.comment' })}</label>
      <textarea id="cr-comment" .value=${this._comment} aria-describedby="cr-comment-hint${this._commentError ? ' cr-comment-error' : ''}" aria-invalid=${this._commentError ? 'true' : 'false'}
        @input=${(e: Event) => ((this._comment = (e.target as HTMLTextAreaElement).value), (this._commentError = ''))}></textarea>
      <p class="hint" id="cr-comment-hint">${msg('Υποχρεωτικό για απόρριψη· προαιρετικό για έγκριση.', { id: 'moderation.comment-hint' })}</p>
      ${this._commentError ? html`<p class="error" id="cr-comment-error">${this._commentError}</p>` : nothing}
      <div class="actions">
        <button class="primary" @click=${this._approve}>${corrected ? msg('Διόρθωση και έγκριση', { id: 'moderation.approve-corrected' }) : msg('Έγκριση', { id: 'moderation.approve' })}</button>
        <button class="danger" @click=${this._reject}>${msg('Απόρριψη', { id: 'moderation.reject' })}</button>
        <button @click=${() => (this._detail = null)}>${msg('Πίσω στη λίστα', { id: 'moderation.back' })}</button>
      </div>
    </section>`;
  }

  override render() {
    return html`<h1>${msg('Έλεγχος αλλαγών', { id: 'moderation.title' })}</h1>
      <p class="hint">${msg('Οι αλλαγές που πρότειναν οι επιχειρήσεις, οι παλαιότερες πρώτες. Ανοίξτε μία για να δείτε τη διαφορά πεδίο προς πεδίο.', { id: 'moderation.intro' })}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        this._detail
          ? this._renderDetail(this._detail)
          : this._queue === null
            ? nothing
            : this._queue.length === 0
              ? html`<p>${msg('Δεν εκκρεμεί κανένα αίτημα.', { id: 'moderation.empty' })}</p>`
              : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Έλεγχος αλλαγών', { id: 'moderation.title' })}><table>
                <thead><tr><th scope="col">${msg('Επιχείρηση', { id: 'moderation.enterprise' })}</th><th scope="col">${msg('Αλλαγή', { id: 'moderation.what' })}</th><th scope="col">${msg('Υποβλήθηκε', { id: 'moderation.when' })}</th><th scope="col"><span class="visually-hidden">${msg('Άνοιγμα', { id: 'moderation.open' })}</span></th></tr></thead>
                <tbody>${this._queue.map(
                  (r) => html`<tr>
                    <td>${r.enterpriseName}</td>
                    <td>${this._kind(r)}: ${Object.keys(r.proposed)
                      .map((f) => fieldLabel(f))
                      .join(', ')}</td>
                    <td>${formatDateTime(r.createdAt)}</td>
                    <td><button @click=${() => this._open(r.id)} aria-label="${msg('Άνοιγμα', { id: 'moderation.open' })}: ${r.enterpriseName}">${msg('Άνοιγμα', { id: 'moderation.open' })}</button></td>
                  </tr>`,
                )}</tbody>
              </table></div>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-moderation-page': KoinsepModerationPage;
  }
}
