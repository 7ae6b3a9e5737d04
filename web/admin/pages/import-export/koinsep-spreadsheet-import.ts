import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ProblemError,
  commitImport,
  getImport,
  isDryRunning,
  templateUrl,
  uploadImport,
  type ImportJob,
  type ImportReport,
} from '../../api/spreadsheets.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import { TEXTS, columnName, currentLang, type Lang } from './spreadsheet-labels.ts';

const POLL_MS = 400;
const DUPLICATE_CODES = new Set(['duplicate_in_file', 'duplicate_in_registry']);
const ACCEPTED = /\.(xlsx|csv)$/i;

type Phase = 'idle' | 'uploading' | 'dry-run' | 'report' | 'committing' | 'committed';

/**
 * Spreadsheet import (issue 7): template links, file choice (input or drag and drop), the
 * server's dry run with its progress, the row-by-row report, then an all-or-nothing commit.
 */
@customElement('koinsep-spreadsheet-import')
export class KoinsepSpreadsheetImport extends LitElement {
  static override styles = [
    procurementStyles,
    css`
      .drop { border: 2px dashed #595959; border-radius: 8px; padding: 1rem; background: #fff; }
      .drop.over { border-color: #1d4f91; background: #e8eef7; }
      .drop input[type='file'] { width: 100%; min-height: 2.75rem; padding: 0.3rem 0; border: 0; }
      progress { width: 100%; max-width: 32rem; height: 1.25rem; display: block; margin: 0.4rem 0; }
      .counts { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.5rem; margin: 0.5rem 0 1rem; padding: 0; }
      .counts div { border: 1px solid #c4c4c4; border-radius: 6px; padding: 0.4rem 0.6rem; background: #fff; }
      .counts dt { font-size: 0.9rem; color: #4a4a4a; }
      .counts dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
      .ok { color: #14532d; font-weight: 600; }
      code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
      td.num { text-align: right; white-space: nowrap; }
      caption { text-align: left; font-weight: 700; padding: 0.3rem 0; }
      button.primary[disabled] { cursor: not-allowed; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();

  @state() private _phase: Phase = 'idle';
  @state() private _file: File | null = null;
  @state() private _job: ImportJob | null = null;
  @state() private _error = '';
  @state() private _dragging = false;
  private _pollTimer: ReturnType<typeof setTimeout> | null = null;

  private get _t() {
    return TEXTS[this.lang];
  }

  override disconnectedCallback(): void {
    if (this._pollTimer) clearTimeout(this._pollTimer);
    this._pollTimer = null;
    super.disconnectedCallback();
  }

  private _problemText(error: unknown): string {
    if (!(error instanceof ProblemError)) return String(error);
    const greek = typeof error.body.detailEl === 'string' ? error.body.detailEl : null;
    return this.lang === 'el' && greek ? greek : error.detail;
  }

  private _choose(file: File | null) {
    this._error = '';
    if (file && !ACCEPTED.test(file.name)) {
      this._file = null;
      this._error = this._t.wrongType;
      return;
    }
    this._file = file;
  }

  private _onDrop(event: DragEvent) {
    event.preventDefault();
    this._dragging = false;
    const file = event.dataTransfer?.files[0] ?? null;
    if (!file) return;
    this._choose(file);
    if (this._file) void this._upload();
  }

  private async _upload(event?: SubmitEvent) {
    event?.preventDefault();
    if (!this._file) {
      this._error = this._t.chooseFirst;
      this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.focus();
      return;
    }
    this._error = '';
    this._job = null;
    this._phase = 'uploading';
    try {
      this._job = await uploadImport(this._file);
      this._phase = 'dry-run';
      this._poll();
    } catch (error) {
      this._phase = 'idle';
      this._error = this._problemText(error);
    }
  }

  private _poll() {
    this._pollTimer = setTimeout(async () => {
      this._pollTimer = null;
      if (!this._job || !this.isConnected) return;
      try {
        this._job = await getImport(this._job.id);
      } catch (error) {
        this._phase = 'idle';
        this._error = this._problemText(error);
        return;
      }
      if (isDryRunning(this._job)) this._poll();
      else {
        this._phase = 'report';
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
      }
    }, POLL_MS);
  }

  private async _commit() {
    const job = this._job;
    if (!job || job.status !== 'ready') return;
    this._phase = 'committing';
    this._error = '';
    try {
      this._job = await commitImport(job.id);
      this._phase = 'committed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
    } catch (error) {
      // A conflict (someone registered a ΑΦΜ since the dry run) rolls everything back: show the report again.
      this._phase = 'report';
      this._error = `${this._t.commitFailed}: ${this._problemText(error)}`;
      try {
        this._job = await getImport(job.id);
      } catch {
        // Keep the last report on screen.
      }
    }
  }

  private _restart() {
    this._phase = 'idle';
    this._job = null;
    this._file = null;
    this._error = '';
    void this.updateComplete.then(() => {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#import-file');
      if (input) {
        input.value = '';
        input.focus();
      }
    });
  }

  /** The status line read out by screen readers (role=status is aria-live=polite). */
  private _statusText(): string {
    const t = this._t;
    const job = this._job;
    switch (this._phase) {
      case 'uploading':
        return t.uploading(this._file?.name ?? '');
      case 'dry-run':
        if (!job || job.status === 'reading') return t.reading(job?.fileName ?? this._file?.name ?? '');
        return t.validating(job.progress.processed, job.progress.total);
      case 'committing':
        return t.committing(job?.report?.enterprises ?? 0);
      case 'committed':
        return job?.result ? t.committed(job.result.enterprises, job.result.services) : '';
      default:
        return '';
    }
  }

  private _renderProgress() {
    const job = this._job;
    const t = this._t;
    if (this._phase === 'uploading' || this._phase === 'dry-run') {
      const known = this._phase === 'dry-run' && job && job.status === 'validating' && job.progress.total > 0;
      return html`<label for="dry-run-progress">${t.dryRunProgress}</label>
        ${known
          ? html`<progress id="dry-run-progress" max=${job.progress.total} .value=${job.progress.processed}></progress>`
          : html`<progress id="dry-run-progress"></progress>`}`;
    }
    if (this._phase === 'committing') {
      // The commit is one database transaction answered as a whole: its length is not known in advance.
      return html`<label for="commit-progress">${t.commitProgress}</label><progress id="commit-progress"></progress>`;
    }
    if (this._phase === 'committed') {
      return html`<label for="commit-progress">${t.commitProgress}</label><progress id="commit-progress" max="1" .value=${1}></progress>`;
    }
    return nothing;
  }

  private _renderReport(report: ImportReport) {
    const t = this._t;
    const job = this._job!;
    const errorLines = new Set(report.problems.map((p) => p.line)).size;
    const duplicates = report.problems.filter((p) => DUPLICATE_CODES.has(p.code)).length;
    const problemCount = report.problems.length + report.missingColumns.length;
    const canCommit = job.status === 'ready' && report.valid;
    return html`<section aria-labelledby="report-heading">
      <h3 id="report-heading" tabindex="-1">${t.reportHeading(job.fileName)}</h3>
      <dl class="counts">
        <div><dt>${t.rows}</dt><dd>${report.rows}</dd></div>
        <div><dt>${t.toCreateEnterprises}</dt><dd>${report.enterprises}</dd></div>
        <div><dt>${t.toCreateServices}</dt><dd>${report.services}</dd></div>
        <div><dt>${t.rowsWithErrors}</dt><dd>${errorLines}</dd></div>
        <div><dt>${t.duplicates}</dt><dd>${duplicates}</dd></div>
      </dl>
      ${report.valid ? html`<p class="ok">✓ ${t.valid}</p>` : html`<p class="error">✗ ${t.invalid(problemCount)}</p>`}
      ${report.missingColumns.length
        ? html`<p class="error">${t.missingColumns} ${report.missingColumns.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)}</p>`
        : nothing}
      ${report.unknownColumns.length
        ? html`<p class="hint">${t.unknownColumns} ${report.unknownColumns.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)}</p>`
        : nothing}
      ${report.problems.length
        ? html`<div class="table-scroll" role="region" aria-labelledby="problems-caption" tabindex="0">
            <table>
              <caption id="problems-caption">${t.problemsCaption}</caption>
              <thead><tr><th scope="col">${t.line}</th><th scope="col">${t.afm}</th><th scope="col">${t.column}</th><th scope="col">${t.problem}</th></tr></thead>
              <tbody>
                ${report.problems.map(
                  (p) => html`<tr>
                    <td class="num">${p.line}</td>
                    <td>${p.afm ?? '—'}</td>
                    <td>${p.column ? html`${columnName(p.column, this.lang)} <code>(${p.column})</code>` : '—'}</td>
                    <td>${this.lang === 'en' ? p.messageEn : p.messageEl}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${report.problems.length >= 2000 ? html`<p class="hint">${t.truncated(report.problems.length)}</p>` : nothing}`
        : nothing}
      <p class="actions">
        <button type="button" class="primary" ?disabled=${!canCommit || this._phase === 'committing'} aria-describedby=${canCommit ? nothing : 'commit-hint'}
          @click=${this._commit}>${t.commit}</button>
        <button type="button" @click=${this._restart}>${t.another}</button>
      </p>
      ${canCommit ? nothing : html`<p class="hint" id="commit-hint">${t.commitDisabled}</p>`}
    </section>`;
  }

  private _renderResult() {
    const t = this._t;
    const result = this._job?.result;
    if (!result) return nothing;
    const more = result.enterprises - result.created.length;
    return html`<section aria-labelledby="result-heading">
      <h3 id="result-heading" tabindex="-1">${t.committed(result.enterprises, result.services)}</h3>
      ${result.created.length
        ? html`<h4>${t.createdHeading}</h4>
            <ul>
              ${result.created.map(
                (e) => html`<li>
                  ${e.status === 'published'
                    ? html`<a href=${`/enterprises/${encodeURIComponent(e.slug)}${this.lang === 'en' ? '?lang=en' : ''}`} target="_blank" rel="noopener">${e.name}</a>
                        (${t.published}, ${t.publicPage})`
                    : html`${e.name} (${t.draft})`}
                </li>`,
              )}
            </ul>
            ${more > 0 ? html`<p>${t.createdMore(more)}</p>` : nothing}`
        : nothing}
      <p class="actions"><button type="button" @click=${this._restart}>${t.another}</button></p>
    </section>`;
  }

  override render() {
    const t = this._t;
    const job = this._job;
    const busy = this._phase === 'uploading' || this._phase === 'dry-run' || this._phase === 'committing';
    return html`
      <h2>${t.importHeading}</h2>
      <p>${t.steps}</p>
      <p class="actions">
        <a class="button" href=${templateUrl('xlsx')} download>${t.templateXlsx}</a>
        <a class="button" href=${templateUrl('csv')} download>${t.templateCsv}</a>
      </p>
      ${this._phase === 'committed'
        ? nothing
        : html`<form @submit=${this._upload} novalidate>
            <div class="drop ${this._dragging ? 'over' : ''}"
              @dragover=${(e: DragEvent) => { e.preventDefault(); this._dragging = true; }}
              @dragleave=${() => (this._dragging = false)}
              @drop=${this._onDrop}>
              <label for="import-file">${t.fileLabel}</label>
              <input id="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="drop-hint" aria-invalid=${this._error && !this._file ? 'true' : 'false'} ?disabled=${busy}
                @change=${(e: Event) => this._choose((e.target as HTMLInputElement).files?.[0] ?? null)} />
              <p class="hint" id="drop-hint">${this._dragging ? t.dropActive : t.dropHint}</p>
            </div>
            <p class="actions"><button type="submit" class="primary" ?disabled=${busy}>${t.check}</button></p>
          </form>`}
      <p role="status" aria-live="polite">${this._statusText()}</p>
      ${this._renderProgress()}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${job?.status === 'failed' && job.error
        ? html`<p class="error" role="alert">${t.failed}: ${this.lang === 'en' ? job.error.messageEn : job.error.messageEl}</p>`
        : nothing}
      ${(this._phase === 'report' || this._phase === 'committing') && job?.report ? this._renderReport(job.report) : nothing}
      ${this._phase === 'committed' ? this._renderResult() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-spreadsheet-import': KoinsepSpreadsheetImport;
  }
}
