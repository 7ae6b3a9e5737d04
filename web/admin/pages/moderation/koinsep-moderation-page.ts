import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import { approveChangeRequest, getChangeRequest, listChangeRequests, rejectChangeRequest, ProblemError, type ChangeRequestDetail, type ChangeRequestView } from '../my-enterprise/self-service-api.ts';
import { STATUS_LABELS, fieldLabel, formatDateTime, showValue, type Lang } from '../my-enterprise/self-service-labels.ts';

const T = {
  el: {
    title: 'Έλεγχος αλλαγών',
    intro: 'Οι αλλαγές που πρότειναν οι επιχειρήσεις, οι παλαιότερες πρώτες. Ανοίξτε μία για να δείτε τη διαφορά πεδίο προς πεδίο.',
    empty: 'Δεν εκκρεμεί κανένα αίτημα.',
    open: 'Άνοιγμα',
    enterprise: 'Επιχείρηση',
    what: 'Αλλαγή',
    when: 'Υποβλήθηκε',
    by: 'Από',
    profile: 'Προφίλ',
    newService: 'Νέα υπηρεσία',
    service: 'Υπηρεσία',
    field: 'Πεδίο',
    before: 'Πριν (κατά την υποβολή)',
    current: 'Τώρα',
    proposed: 'Προτείνεται',
    correction: 'Διόρθωση (προαιρετικά)',
    changed: 'άλλαξε από τότε',
    comment: 'Σχόλιο προς την επιχείρηση',
    commentHint: 'Υποχρεωτικό για απόρριψη· προαιρετικό για έγκριση.',
    approve: 'Έγκριση',
    approveCorrected: 'Διόρθωση και έγκριση',
    reject: 'Απόρριψη',
    back: 'Πίσω στη λίστα',
    approved: 'Εγκρίθηκε και δημοσιεύτηκε· η επιχείρηση ενημερώθηκε με e-mail.',
    rejected: 'Απορρίφθηκε· η επιχείρηση ενημερώθηκε με e-mail.',
    needComment: 'Γράψτε γιατί απορρίπτεται.',
    status: 'Κατάσταση',
  },
  en: {
    title: 'Change moderation',
    intro: 'Changes the enterprises proposed, oldest first. Open one to see the field-by-field difference.',
    empty: 'No request is pending.',
    open: 'Open',
    enterprise: 'Enterprise',
    what: 'Change',
    when: 'Submitted',
    by: 'By',
    profile: 'Profile',
    newService: 'New service',
    service: 'Service',
    field: 'Field',
    before: 'Before (when proposed)',
    current: 'Now',
    proposed: 'Proposed',
    correction: 'Correction (optional)',
    changed: 'changed since',
    comment: 'Comment to the enterprise',
    commentHint: 'Required to reject; optional to approve.',
    approve: 'Approve',
    approveCorrected: 'Correct and approve',
    reject: 'Reject',
    back: 'Back to the list',
    approved: 'Approved and published; the enterprise was told by e-mail.',
    rejected: 'Rejected; the enterprise was told by e-mail.',
    needComment: 'Write why it is rejected.',
    status: 'Status',
  },
};

/** Staff moderation queue with a field-by-field diff: approve, correct and approve, reject with a comment (issue 5). */
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

  @property({ reflect: true }) override lang: Lang = 'el';
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
      else if (typeof proposed === 'boolean') out[field] = /^(ναι|yes|true|1)$/i.test(text.trim());
      else if (Array.isArray(proposed)) out[field] = text.split(',').map((v) => v.trim()).filter(Boolean);
      else out[field] = text;
    }
    return out;
  }

  private async _approve() {
    const t = T[this.lang];
    try {
      await approveChangeRequest(this._detail!.id, { corrections: this._typedCorrections(), comment: this._comment || undefined });
      this._detail = null;
      this._message = t.approved;
      await this._reload();
    } catch (error) {
      this._error = error instanceof ProblemError && error.invalidParams.length ? error.invalidParams.map((p) => `${fieldLabel(p.name, this.lang)}: ${p.reason}`).join('; ') : (error as Error).message;
    }
  }

  private async _reject() {
    const t = T[this.lang];
    if (!this._comment.trim()) {
      this._commentError = t.needComment;
      this.renderRoot.querySelector<HTMLElement>('#cr-comment')?.focus();
      return;
    }
    try {
      await rejectChangeRequest(this._detail!.id, this._comment);
      this._detail = null;
      this._message = t.rejected;
      await this._reload();
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _kind(r: { kind: string; newService?: boolean }) {
    const t = T[this.lang];
    return r.kind === 'profile' ? t.profile : r.newService ? t.newService : t.service;
  }

  private _renderDetail(d: ChangeRequestDetail) {
    const t = T[this.lang];
    const corrected = Object.values(this._corrections).some((v) => v.trim() !== '');
    return html`<section aria-labelledby="detail-title">
      <h2 id="detail-title" tabindex="-1">${d.enterpriseName} — ${this._kind(d)}${d.kind === 'service' ? `: ${d.subject}` : ''}</h2>
      <p>${t.by}: ${d.author?.name ?? '—'} · ${formatDateTime(d.createdAt, this.lang)} · ${t.status}: ${STATUS_LABELS[this.lang][d.status]}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${t.what}><table>
        <caption class="visually-hidden">${t.what}</caption>
        <thead><tr><th scope="col">${t.field}</th><th scope="col">${t.before}</th><th scope="col">${t.current}</th><th scope="col">${t.proposed}</th><th scope="col">${t.correction}</th></tr></thead>
        <tbody>
          ${d.diff.map(
            (row) => html`<tr>
              <th scope="row">${fieldLabel(row.field, this.lang)}</th>
              <td><del>${showValue(row.before, this.lang)}</del></td>
              <td>${showValue(row.current, this.lang)}${row.changedSinceProposal ? html` <span class="changed">(${t.changed})</span>` : nothing}</td>
              <td><ins>${showValue(row.proposed, this.lang)}</ins></td>
              <td><label class="visually-hidden" for="fix-${row.field}">${t.correction}: ${fieldLabel(row.field, this.lang)}</label>
                <input id="fix-${row.field}" .value=${this._corrections[row.field] ?? ''} @input=${(e: Event) => (this._corrections = { ...this._corrections, [row.field]: (e.target as HTMLInputElement).value })} /></td>
            </tr>`,
          )}
        </tbody>
      </table></div>
      <label for="cr-comment">${t.comment}</label>
      <textarea id="cr-comment" .value=${this._comment} aria-describedby="cr-comment-hint${this._commentError ? ' cr-comment-error' : ''}" aria-invalid=${this._commentError ? 'true' : 'false'}
        @input=${(e: Event) => ((this._comment = (e.target as HTMLTextAreaElement).value), (this._commentError = ''))}></textarea>
      <p class="hint" id="cr-comment-hint">${t.commentHint}</p>
      ${this._commentError ? html`<p class="error" id="cr-comment-error">${this._commentError}</p>` : nothing}
      <div class="actions">
        <button class="primary" @click=${this._approve}>${corrected ? t.approveCorrected : t.approve}</button>
        <button class="danger" @click=${this._reject}>${t.reject}</button>
        <button @click=${() => (this._detail = null)}>${t.back}</button>
      </div>
    </section>`;
  }

  override render() {
    const t = T[this.lang];
    return html`<h1>${t.title}</h1>
      <p class="hint">${t.intro}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._detail
        ? this._renderDetail(this._detail)
        : this._queue === null
          ? nothing
          : this._queue.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${t.title}><table>
                <thead><tr><th scope="col">${t.enterprise}</th><th scope="col">${t.what}</th><th scope="col">${t.when}</th><th scope="col"><span class="visually-hidden">${t.open}</span></th></tr></thead>
                <tbody>${this._queue.map(
                  (r) => html`<tr>
                    <td>${r.enterpriseName}</td>
                    <td>${this._kind(r)}: ${Object.keys(r.proposed).map((f) => fieldLabel(f, this.lang)).join(', ')}</td>
                    <td>${formatDateTime(r.createdAt, this.lang)}</td>
                    <td><button @click=${() => this._open(r.id)} aria-label="${t.open}: ${r.enterpriseName}">${t.open}</button></td>
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
