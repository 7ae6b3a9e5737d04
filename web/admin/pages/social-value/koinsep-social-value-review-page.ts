import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { SocialValueReportView } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { confirmSocialValue, listSocialValueReports, returnSocialValue } from '../../api/social-value.ts';
import { adminStyles } from '../../shared-styles.ts';
import {
  socialValueFieldNames,
  socialValueStatusNames,
  statusBadge,
  type SocialValueStatus,
} from './social-value-labels.ts';

/**
 * Staff's side of social value (issue 13): the enterprises' reports, those awaiting
 * confirmation first; each confirmed (its figures then count in the dashboard and the council
 * report) or sent back with a comment saying what to correct.
 */
@localized()
@customElement('koinsep-social-value-review-page')
export class KoinsepSocialValueReviewPage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      dl.figures { display: grid; grid-template-columns: auto auto; gap: 0 var(--koinsep-space-3); margin: var(--koinsep-space-2) 0; }
      dl.figures dt { color: var(--koinsep-color-muted); }
      dl.figures dd { margin: 0; font-weight: 600; }
      blockquote { margin: var(--koinsep-space-2) 0; font-style: italic; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _status: SocialValueStatus | '' = 'reported';
  @state() private _reports: SocialValueReportView[] | null = null;
  @state() private _failure = '';
  @state() private _message = '';
  /** The report being sent back, and the comment typed. */
  @state() private _returning: { id: string; comment: string; error: string } | null = null;
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._reports = (await listSocialValueReports(this._status || undefined)).items;
      this._failure = '';
    } catch (error) {
      this._failure = errorText(error);
    }
  }

  private async _act(action: () => Promise<SocialValueReportView>, done: string) {
    this._busy = true;
    try {
      await action();
      this._returning = null;
      this._message = done;
      await this._reload();
    } catch (error) {
      this._failure = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private _onConfirm(report: SocialValueReportView) {
    void this._act(
      () => confirmSocialValue(report),
      msg(str`Επιβεβαιώθηκε η αναφορά της «${report.enterprise.name}».`, { id: 'social-value.confirmed-message' }),
    );
  }

  private _onReturn(event: SubmitEvent, report: SocialValueReportView) {
    event.preventDefault();
    const returning = this._returning!;
    if (returning.comment.trim() === '') {
      this._returning = {
        ...returning,
        error: msg('Γράψτε τι πρέπει να διορθωθεί.', { id: 'social-value.comment-needed' }),
      };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#return-comment')?.focus());
      return;
    }
    void this._act(
      () => returnSocialValue(report, returning.comment.trim()),
      msg(str`Η αναφορά επιστράφηκε στην «${report.enterprise.name}».`, { id: 'social-value.returned-message' }),
    );
  }

  private _renderReturnForm(report: SocialValueReportView) {
    const returning = this._returning!;
    return html`<form @submit=${(e: SubmitEvent) => this._onReturn(e, report)} novalidate>
      <label for="return-comment">${msg('Τι πρέπει να διορθωθεί', { id: 'social-value.comment' })}</label>
      <textarea
        id="return-comment"
        maxlength="2000"
        aria-invalid=${returning.error ? 'true' : 'false'}
        aria-describedby=${returning.error ? 'return-error' : nothing}
        .value=${returning.comment}
        @input=${(e: Event) =>
          (this._returning = { ...returning, comment: (e.target as HTMLTextAreaElement).value, error: '' })}
      ></textarea>
      ${returning.error ? html`<p class="error" id="return-error">${returning.error}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this._busy}>
          ${msg('Επιστροφή στην επιχείρηση', { id: 'social-value.send-back' })}
        </button>
        <button type="button" @click=${() => (this._returning = null)}>
          ${msg('Άκυρο', { id: 'social-value.cancel' })}
        </button>
      </div>
    </form>`;
  }

  private _renderReport(report: SocialValueReportView) {
    const names = socialValueFieldNames();
    const headingId = `r-${report.id}`;
    return html`<article class="card" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${report.enterprise.name} — ${report.contract.title}</h2>
      <p>
        ${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}
        <span class=${`badge ${statusBadge[report.status]}`}>${socialValueStatusNames()[report.status]}</span>
      </p>
      <dl class="figures">
        <dt>${names.vulnerableWorkers}</dt>
        <dd>${report.vulnerableWorkers}</dd>
        <dt>${names.vulnerableHours}</dt>
        <dd>${report.vulnerableHours}</dd>
        <dt>${names.totalWorkers}</dt>
        <dd>${report.totalWorkers ?? '—'}</dd>
        <dt>${names.newHires}</dt>
        <dd>${report.newHires}</dd>
      </dl>
      <blockquote>${report.text}</blockquote>
      <p class="hint">
        ${msg(str`Υποβλήθηκε ${formatDateTime(report.updatedAt)}`, { id: 'social-value.reported-at' })}
      </p>
      ${report.staffComment ? html`<p class="note">${report.staffComment}</p>` : nothing}
      ${
        report.status === 'reported'
          ? this._returning?.id === report.id
            ? this._renderReturnForm(report)
            : html`<div class="actions">
              <button
                type="button"
                class="primary"
                ?disabled=${this._busy}
                aria-describedby=${headingId}
                @click=${() => this._onConfirm(report)}
              >
                ${msg('Επιβεβαίωση', { id: 'social-value.confirm' })}
              </button>
              <button
                type="button"
                aria-describedby=${headingId}
                @click=${() => {
                  this._returning = { id: report.id, comment: '', error: '' };
                  void this.updateComplete.then(() =>
                    this.renderRoot.querySelector<HTMLElement>('#return-comment')?.focus(),
                  );
                }}
              >
                ${msg('Επιστροφή για διόρθωση', { id: 'social-value.return' })}
              </button>
            </div>`
          : nothing
      }
    </article>`;
  }

  override render() {
    const statuses = socialValueStatusNames();
    return html`<h1>${msg('Αναφορές κοινωνικής αξίας', { id: 'social-value.review-title' })}</h1>
      <p>
        <label for="status">${msg('Κατάσταση', { id: 'social-value.status' })}</label>
        <select
          id="status"
          @change=${(e: Event) => {
            this._status = (e.target as HTMLSelectElement).value as SocialValueStatus | '';
            void this._reload();
          }}
        >
          ${(['reported', 'returned', 'confirmed'] as const).map(
            (s) => html`<option value=${s} ?selected=${this._status === s}>${statuses[s]}</option>`,
          )}
          <option value="" ?selected=${this._status === ''}>${msg('Όλες', { id: 'social-value.all' })}</option>
        </select>
      </p>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      <p role="status" class="ok">${this._message}</p>
      ${
        this._reports === null
          ? nothing
          : this._reports.length === 0
            ? html`<p>${msg('Καμία αναφορά.', { id: 'social-value.none' })}</p>`
            : this._reports.map((report) => this._renderReport(report))
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-social-value-review-page': KoinsepSocialValueReviewPage;
  }
}
