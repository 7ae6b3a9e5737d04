import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ImportJob } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { SOURCE_LANG, currentLang, localText, type Lang } from '../../../shared/language.ts';
import {
  commitImport,
  getImport,
  isDryRunning,
  templateUrl,
  uploadImport,
  type ImportReport,
} from '../../api/spreadsheets.ts';
import { procurementStyles } from '../eligibility/procurement-styles.ts';
import { columnName } from './spreadsheet-columns.ts';

const POLL_MS = 400;
const DUPLICATE_CODES = new Set(['duplicate_in_file', 'duplicate_in_registry']);
const ACCEPTED = /\.(xlsx|csv)$/i;

type Phase = 'idle' | 'uploading' | 'dry-run' | 'report' | 'committing' | 'committed';

/**
 * Spreadsheet import (issue 7): template links, file choice (input or drag and drop), the
 * server's dry run with its progress, the row-by-row report, then an all-or-nothing commit.
 */
@localized()
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

  override disconnectedCallback(): void {
    if (this._pollTimer) clearTimeout(this._pollTimer);
    this._pollTimer = null;
    super.disconnectedCallback();
  }

  private _problemText(error: unknown): string {
    if (!(error instanceof ProblemError)) return errorText(error);
    // Problems raised before the request reaches a route (a file over the limit) carry the Greek text apart.
    const greek = typeof error.body.detailEl === 'string' ? error.body.detailEl : null;
    return greek ? localText({ el: greek, en: error.detail }, this.lang) : error.detail;
  }

  private _choose(file: File | null) {
    this._error = '';
    if (file && !ACCEPTED.test(file.name)) {
      this._file = null;
      this._error = msg('Δεκτά είναι μόνο αρχεία .xlsx και .csv.', { id: 'spreadsheets.wrong-type' });
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
      this._error = msg('Επιλέξτε πρώτα αρχείο.', { id: 'spreadsheets.choose-first' });
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
      this._error = `${msg('Δεν καταχωρίστηκε τίποτα', { id: 'spreadsheets.commit-failed' })}: ${this._problemText(error)}`;
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

  private _committed(result: { enterprises: number; services: number }): string {
    return msg(str`Καταχωρίστηκαν ${result.enterprises} φορείς και ${result.services} υπηρεσίες.`, {
      id: 'spreadsheets.committed',
    });
  }

  /** The status line read out by screen readers (role=status is aria-live=polite). */
  private _statusText(): string {
    const job = this._job;
    switch (this._phase) {
      case 'uploading':
        return msg(str`Αποστολή του «${this._file?.name ?? ''}»…`, { id: 'spreadsheets.uploading' });
      case 'dry-run':
        if (!job || job.status === 'reading')
          return msg(str`Ανάγνωση του «${job?.fileName ?? this._file?.name ?? ''}»…`, { id: 'spreadsheets.reading' });
        return msg(str`Έλεγχος γραμμών: ${job.progress.processed} από ${job.progress.total}…`, {
          id: 'spreadsheets.validating',
        });
      case 'committing':
        return msg(str`Καταχώριση ${job?.report?.enterprises ?? 0} φορέων… Όλες οι γραμμές ή καμία.`, {
          id: 'spreadsheets.committing',
        });
      case 'committed':
        return job?.result ? this._committed(job.result) : '';
      default:
        return '';
    }
  }

  private _renderProgress() {
    const job = this._job;
    if (this._phase === 'uploading' || this._phase === 'dry-run') {
      const known = this._phase === 'dry-run' && job && job.status === 'validating' && job.progress.total > 0;
      return html`<label for="dry-run-progress">${msg('Πρόοδος ελέγχου', { id: 'spreadsheets.dry-run-progress' })}</label>
        ${
          known
            ? html`<progress id="dry-run-progress" max=${job.progress.total} .value=${job.progress.processed}></progress>`
            : html`<progress id="dry-run-progress"></progress>`
        }`;
    }
    if (this._phase === 'committing') {
      // The commit is one database transaction answered as a whole: its length is not known in advance.
      return html`<label for="commit-progress">${msg('Πρόοδος καταχώρισης', { id: 'spreadsheets.commit-progress' })}</label><progress id="commit-progress"></progress>`;
    }
    if (this._phase === 'committed') {
      return html`<label for="commit-progress">${msg('Πρόοδος καταχώρισης', { id: 'spreadsheets.commit-progress' })}</label><progress id="commit-progress" max="1" .value=${1}></progress>`;
    }
    return nothing;
  }

  private _renderReport(report: ImportReport) {
    const job = this._job!;
    const errorLines = new Set(report.problems.map((p) => p.line)).size;
    const duplicates = report.problems.filter((p) => DUPLICATE_CODES.has(p.code)).length;
    const problemCount = report.problems.length + report.missingColumns.length;
    const canCommit = job.status === 'ready' && report.valid;
    return html`<section aria-labelledby="report-heading">
      <h3 id="report-heading" tabindex="-1">${msg(str`Αποτέλεσμα ελέγχου: ${job.fileName}`, { id: 'spreadsheets.report-heading' })}</h3>
      <dl class="counts">
        <div><dt>${msg('Γραμμές', { id: 'spreadsheets.rows' })}</dt><dd>${report.rows}</dd></div>
        <div><dt>${msg('Φορείς προς δημιουργία', { id: 'spreadsheets.to-create-enterprises' })}</dt><dd>${report.enterprises}</dd></div>
        <div><dt>${msg('Υπηρεσίες προς δημιουργία', { id: 'spreadsheets.to-create-services' })}</dt><dd>${report.services}</dd></div>
        <div><dt>${msg('Γραμμές με σφάλματα', { id: 'spreadsheets.rows-with-errors' })}</dt><dd>${errorLines}</dd></div>
        <div><dt>${msg('Διπλοεγγραφές', { id: 'spreadsheets.duplicates' })}</dt><dd>${duplicates}</dd></div>
      </dl>
      ${report.valid ? html`<p class="ok">✓ ${msg('Δεν βρέθηκαν σφάλματα. Μπορείτε να καταχωρίσετε όλες τις γραμμές.', { id: 'spreadsheets.valid' })}</p>` : html`<p class="error">✗ ${msg(str`Βρέθηκαν ${problemCount} προβλήματα. Διορθώστε τα στο αρχείο και ανεβάστε το ξανά· δεν καταχωρίζεται τίποτα όσο υπάρχουν σφάλματα.`, { id: 'spreadsheets.invalid' })}</p>`}
      ${
        report.missingColumns.length
          ? html`<p class="error">${msg('Λείπουν υποχρεωτικές στήλες:', { id: 'spreadsheets.missing-columns' })} ${report.missingColumns.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)}</p>`
          : nothing
      }
      ${
        report.unknownColumns.length
          ? html`<p class="hint">${msg('Στήλες που αγνοούνται (άγνωστες):', { id: 'spreadsheets.unknown-columns' })} ${report.unknownColumns.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)}</p>`
          : nothing
      }
      ${
        report.problems.length
          ? html`<div class="table-scroll" role="region" aria-labelledby="problems-caption" tabindex="0">
            <table>
              <caption id="problems-caption">${msg('Προβλήματα ανά γραμμή', { id: 'spreadsheets.problems-caption' })}</caption>
              <thead><tr><th scope="col">${msg('Γραμμή', { id: 'spreadsheets.line' })}</th><th scope="col">${msg('ΑΦΜ', { id: 'spreadsheets.afm' })}</th><th scope="col">${msg('Στήλη', { id: 'spreadsheets.column' })}</th><th scope="col">${msg('Πρόβλημα', { id: 'spreadsheets.problem' })}</th></tr></thead>
              <tbody>
                ${report.problems.map(
                  (p) => html`<tr>
                    <td class="num">${p.line}</td>
                    <td>${p.afm ?? '—'}</td>
                    <td>${p.column ? html`${columnName(p.column)} <code>(${p.column})</code>` : '—'}</td>
                    <td>${localText({ el: p.messageEl, en: p.messageEn }, this.lang)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${report.problems.length >= 2000 ? html`<p class="hint">${msg(str`Εμφανίζονται τα πρώτα ${report.problems.length} προβλήματα.`, { id: 'spreadsheets.truncated' })}</p>` : nothing}`
          : nothing
      }
      <p class="actions">
        <button type="button" class="primary" ?disabled=${!canCommit || this._phase === 'committing'} aria-describedby=${canCommit ? nothing : 'commit-hint'}
          @click=${this._commit}>${msg('Καταχώριση όλων των γραμμών', { id: 'spreadsheets.commit' })}</button>
        <button type="button" @click=${this._restart}>${msg('Νέα εισαγωγή', { id: 'spreadsheets.another' })}</button>
      </p>
      ${canCommit ? nothing : html`<p class="hint" id="commit-hint">${msg('Η καταχώριση ενεργοποιείται όταν δεν υπάρχουν σφάλματα.', { id: 'spreadsheets.commit-disabled' })}</p>`}
    </section>`;
  }

  private _renderResult() {
    const result = this._job?.result;
    if (!result) return nothing;
    const more = result.enterprises - result.created.length;
    return html`<section aria-labelledby="result-heading">
      <h3 id="result-heading" tabindex="-1">${this._committed(result)}</h3>
      ${
        result.created.length
          ? html`<h4>${msg('Νέοι φορείς', { id: 'spreadsheets.created-heading' })}</h4>
            <ul>
              ${result.created.map(
                (e) => html`<li>
                  ${
                    e.status === 'published'
                      ? html`<a href=${`/enterprises/${encodeURIComponent(e.slug)}${this.lang === SOURCE_LANG ? '' : `?lang=${this.lang}`}`} target="_blank" rel="noopener">${e.name}</a>
                        (${msg('δημοσιευμένο', { id: 'spreadsheets.published' })}, ${msg('δημόσια σελίδα', { id: 'spreadsheets.public-page' })})`
                      : html`${e.name} (${msg('πρόχειρο, δεν εμφανίζεται δημόσια ακόμη', { id: 'spreadsheets.draft' })})`
                  }
                </li>`,
              )}
            </ul>
            ${more > 0 ? html`<p>${msg(str`και ${more} ακόμη (δείτε την εξαγωγή).`, { id: 'spreadsheets.created-more' })}</p>` : nothing}`
          : nothing
      }
      <p class="actions"><button type="button" @click=${this._restart}>${msg('Νέα εισαγωγή', { id: 'spreadsheets.another' })}</button></p>
    </section>`;
  }

  override render() {
    const job = this._job;
    const busy = this._phase === 'uploading' || this._phase === 'dry-run' || this._phase === 'committing';
    return html`
      <h2>${msg('Εισαγωγή από λογιστικό φύλλο', { id: 'spreadsheets.import-heading' })}</h2>
      <p>${msg('Κατεβάστε το υπόδειγμα, συμπληρώστε μία γραμμή ανά υπηρεσία (ίδιος ΑΦΜ = ίδιος φορέας) και ανεβάστε το. Πρώτα γίνεται δοκιμαστικός έλεγχος· τίποτα δεν αποθηκεύεται πριν πατήσετε «Καταχώριση».', { id: 'spreadsheets.steps' })}</p>
      <p class="actions">
        <a class="button" href=${templateUrl('xlsx')} download>${msg('Υπόδειγμα (.xlsx)', { id: 'spreadsheets.template-xlsx' })}</a>
        <a class="button" href=${templateUrl('csv')} download>${msg('Υπόδειγμα (CSV)', { id: 'spreadsheets.template-csv' })}</a>
      </p>
      ${
        this._phase === 'committed'
          ? nothing
          : html`<form @submit=${this._upload} novalidate>
            <div class="drop ${this._dragging ? 'over' : ''}"
              @dragover=${(e: DragEvent) => {
                e.preventDefault();
                this._dragging = true;
              }}
              @dragleave=${() => (this._dragging = false)}
              @drop=${this._onDrop}>
              <label for="import-file">${msg('Αρχείο προς εισαγωγή (.xlsx ή .csv, έως 20 MB)', { id: 'spreadsheets.file-label' })}</label>
              <input id="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby="drop-hint" aria-invalid=${this._error && !this._file ? 'true' : 'false'} ?disabled=${busy}
                @change=${(e: Event) => this._choose((e.target as HTMLInputElement).files?.[0] ?? null)} />
              <p class="hint" id="drop-hint">${this._dragging ? msg('Αφήστε το αρχείο για έλεγχο', { id: 'spreadsheets.drop-active' }) : msg('ή σύρετε και αφήστε το αρχείο εδώ', { id: 'spreadsheets.drop-hint' })}</p>
            </div>
            <p class="actions"><button type="submit" class="primary" ?disabled=${busy}>${msg('Έλεγχος αρχείου', { id: 'spreadsheets.check' })}</button></p>
          </form>`
      }
      <p role="status" aria-live="polite">${this._statusText()}</p>
      ${this._renderProgress()}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        job?.status === 'failed' && job.error
          ? html`<p class="error" role="alert">${msg('Το αρχείο δεν διαβάστηκε', { id: 'spreadsheets.failed' })}: ${localText({ el: job.error.messageEl, en: job.error.messageEn }, this.lang)}</p>`
          : nothing
      }
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
