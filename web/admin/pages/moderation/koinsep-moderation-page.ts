import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { ChangeRequestDetail, ChangeRequestView } from '../../../../api/contract.ts';
import { ProblemError } from '../../../shared/api-client.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { approveChangeRequest, getChangeRequest, listChangeRequests, rejectChangeRequest } from '../../api/change-requests.ts';
import { fieldLabel, showValue } from '../../labels/field-labels.ts';
import { changeRequestStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';


/** Staff moderation queue with a field-by-field diff: approve, correct and approve, reject with a comment (issue 5). */
@localized()
@customElement('koinsep-moderation-page')
export class KoinsepModerationPage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      textarea { font: inherit; width: 100%; max-width: 40rem; min-height: 4rem; padding: 0.4rem; border: 1px solid #595959; border-radius: 4px; box-sizing: border-box; }
      td input { max-width: 100%; }
      .changed { color: #8a4b00; font-weight: 600; }
      ins { background: #e6f4ea; text-decoration: none; }
      del { background: #fdecea; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _queue: ChangeRequestView[] | null = null;
  @state() private _detail: ChangeRequestDetail | null = null;
  @state() private _corrections: Record<string, string> = {};
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
      this._error = (error as Error).message;
    }
  }

  private async _open(id: string) {
    this._message = '';
    this._error = '';
    this._corrections = {};
    this._comment = '';
    this._commentError = '';
    this._detail = await getChangeRequest(id);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  /** Corrections typed as text, converted to the proposed value's type. */
  private _typedCorrections(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [field, text] of Object.entries(this._corrections)) {
      if (text.trim() === '') continue;
      const proposed = this._detail!.proposed[field];
      if (typeof proposed === 'number') out[field] = Number(text.replace(',', '.'));
      else if (typeof proposed === 'boolean') out[field] = ['ναι', 'yes', 'true', '1', showValue(true)].includes(text.trim().toLowerCase());
      else if (Array.isArray(proposed)) out[field] = text.split(',').map((v) => v.trim()).filter(Boolean);
      else out[field] = text;
    }
    return out;
  }

  private async _approve() {
    try {
      await approveChangeRequest(this._detail!.id, { corrections: this._typedCorrections(), comment: this._comment || undefined });
      this._detail = null;
      this._message = msg('Εγκρίθηκε και δημοσιεύτηκε· η επιχείρηση ενημερώθηκε με e-mail.', { id: 'moderation.approved' });
      await this._reload();
    } catch (error) {
      this._error = error instanceof ProblemError && error.invalidParams.length ? error.invalidParams.map((p) => `${fieldLabel(p.name)}: ${p.reason}`).join('; ') : (error as Error).message;
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
      this._error = (error as Error).message;
    }
  }

  private _kind(r: { kind: string; newService?: boolean }) {
    return r.kind === 'profile' ? msg('Προφίλ', { id: 'moderation.profile' }) : r.newService ? msg('Νέα υπηρεσία', { id: 'moderation.new-service' }) : msg('Υπηρεσία', { id: 'moderation.service' });
  }

  private _renderDetail(d: ChangeRequestDetail) {
    const corrected = Object.values(this._corrections).some((v) => v.trim() !== '');
    return html`<section aria-labelledby="detail-title">
      <h2 id="detail-title" tabindex="-1">${d.enterpriseName} — ${this._kind(d)}${d.kind === 'service' ? `: ${d.subject}` : ''}</h2>
      <p>${msg('Από', { id: 'moderation.by' })}: ${d.author?.name ?? '—'} · ${formatDateTime(d.createdAt)} · ${msg('Κατάσταση', { id: 'moderation.status' })}: ${changeRequestStatusNames()[d.status]}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Αλλαγή', { id: 'moderation.what' })}><table>
        <caption class="visually-hidden">${msg('Αλλαγή', { id: 'moderation.what' })}</caption>
        <thead><tr><th scope="col">${msg('Πεδίο', { id: 'moderation.field' })}</th><th scope="col">${msg('Πριν (κατά την υποβολή)', { id: 'moderation.before' })}</th><th scope="col">${msg('Τώρα', { id: 'moderation.current' })}</th><th scope="col">${msg('Προτείνεται', { id: 'moderation.proposed' })}</th><th scope="col">${msg('Διόρθωση (προαιρετικά)', { id: 'moderation.correction' })}</th></tr></thead>
        <tbody>
          ${d.diff.map(
            (row) => html`<tr>
              <th scope="row">${fieldLabel(row.field)}</th>
              <td><del>${showValue(row.before)}</del></td>
              <td>${showValue(row.current)}${row.changedSinceProposal ? html` <span class="changed">(${msg('άλλαξε από τότε', { id: 'moderation.changed' })})</span>` : nothing}</td>
              <td><ins>${showValue(row.proposed)}</ins></td>
              <td><label class="visually-hidden" for="fix-${row.field}">${msg('Διόρθωση (προαιρετικά)', { id: 'moderation.correction' })}: ${fieldLabel(row.field)}</label>
                <input id="fix-${row.field}" .value=${this._corrections[row.field] ?? ''} @input=${(e: Event) => (this._corrections = { ...this._corrections, [row.field]: (e.target as HTMLInputElement).value })} /></td>
            </tr>`,
          )}
        </tbody>
      </table></div>
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
      ${this._detail
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
                    <td>${this._kind(r)}: ${Object.keys(r.proposed).map((f) => fieldLabel(f)).join(', ')}</td>
                    <td>${formatDateTime(r.createdAt)}</td>
                    <td><button @click=${() => this._open(r.id)} aria-label="${msg('Άνοιγμα', { id: 'moderation.open' })}: ${r.enterpriseName}">${msg('Άνοιγμα', { id: 'moderation.open' })}</button></td>
                  </tr>`,
                )}</tbody>
              </table></div>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-moderation-page': KoinsepModerationPage;
  }
}
