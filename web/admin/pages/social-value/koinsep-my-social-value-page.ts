import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { MySocialValueContract, SocialValueInputBody, SocialValueReportView } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDate, formatEuros, parseDate } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { correctSocialValue, listMySocialValue, reportSocialValue } from '../../api/social-value.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { adminStyles } from '../../shared-styles.ts';
import {
  socialValueFieldNames,
  socialValueStatusNames,
  statusBadge,
  type SocialValueField,
} from './social-value-labels.ts';

type Draft = Record<SocialValueField, string>;

const emptyDraft = (contract: MySocialValueContract): Draft => ({
  periodStart: formatDate(contract.startsOn),
  periodEnd: contract.endsOn ? formatDate(contract.endsOn) : '',
  vulnerableWorkers: '',
  vulnerableHours: '',
  totalWorkers: '',
  newHires: '',
  text: '',
});

const draftOf = (report: SocialValueReportView): Draft => ({
  periodStart: formatDate(report.periodStart),
  periodEnd: formatDate(report.periodEnd),
  vulnerableWorkers: String(report.vulnerableWorkers),
  vulnerableHours: String(report.vulnerableHours),
  totalWorkers: report.totalWorkers === null ? '' : String(report.totalWorkers),
  newHires: String(report.newHires),
  text: report.text,
});

const NUMBER_FIELDS = ['vulnerableWorkers', 'vulnerableHours', 'totalWorkers', 'newHires'] as const;

/**
 * The enterprise's social value (issue 13): its contracts with the municipality, each with the
 * reports sent (status in words, staff's comment when one came back), and one form to report
 * a period or correct a report until staff confirm it.
 */
@localized()
@customElement('koinsep-my-social-value-page')
export class KoinsepMySocialValuePage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .reports { list-style: none; padding: 0; margin: var(--koinsep-space-2) 0; }
      .reports li { border-top: 1px solid var(--koinsep-color-border); padding: var(--koinsep-space-2) 0; }
      dl.figures { display: grid; grid-template-columns: auto auto; gap: 0 var(--koinsep-space-3); margin: var(--koinsep-space-2) 0; }
      dl.figures dt { color: var(--koinsep-color-muted); }
      dl.figures dd { margin: 0; font-weight: 600; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _contracts: MySocialValueContract[] | null = null;
  @state() private _failure = '';
  @state() private _message = '';
  /** The open form: which contract, and which report when correcting one. */
  @state() private _editing: { contract: MySocialValueContract; report: SocialValueReportView | null } | null = null;
  @state() private _draft: Draft | null = null;
  @state() private _errors: Partial<Record<SocialValueField | 'form', string>> = {};
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._contracts = (await listMySocialValue()).contracts;
      this._failure = '';
    } catch (error) {
      this._failure = errorText(error);
    }
  }

  private _open(contract: MySocialValueContract, report: SocialValueReportView | null) {
    this._editing = { contract, report };
    this._draft = report ? draftOf(report) : emptyDraft(contract);
    this._errors = {};
    this._message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus());
  }

  /** The draft as the API reads it, or the mistakes found before sending. */
  private _input(draft: Draft): SocialValueInputBody | null {
    const errors: Partial<Record<SocialValueField, string>> = {};
    const periodStart = parseDate(draft.periodStart);
    const periodEnd = parseDate(draft.periodEnd);
    if (!periodStart) errors.periodStart = dateError();
    if (!periodEnd) errors.periodEnd = dateError();
    const numbers: Partial<Record<(typeof NUMBER_FIELDS)[number], number | null>> = {};
    for (const field of NUMBER_FIELDS) {
      const text = draft[field].trim();
      if (field === 'totalWorkers' && text === '') numbers[field] = null;
      else if (/^\d+$/.test(text)) numbers[field] = Number(text);
      else errors[field] = msg('Γράψτε έναν ακέραιο αριθμό, 0 ή μεγαλύτερο.', { id: 'social-value.whole-number' });
    }
    if (draft.text.trim() === '') errors.text = msg('Γράψτε ένα σύντομο κείμενο.', { id: 'social-value.text-needed' });
    this._errors = errors;
    if (Object.keys(errors).length > 0) return null;
    return {
      periodStart: periodStart!,
      periodEnd: periodEnd!,
      vulnerableWorkers: numbers.vulnerableWorkers!,
      vulnerableHours: numbers.vulnerableHours!,
      totalWorkers: numbers.totalWorkers ?? null,
      newHires: numbers.newHires!,
      text: draft.text.trim(),
    };
  }

  private async _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    if (!this._editing || !this._draft) return;
    const input = this._input(this._draft);
    if (!input) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this._busy = true;
    try {
      const { contract, report } = this._editing;
      if (report) await correctSocialValue(report, input);
      else await reportSocialValue(contract.id, input);
      this._editing = null;
      this._draft = null;
      this._message = msg('Η αναφορά στάλθηκε στον Δήμο για επιβεβαίωση.', { id: 'social-value.sent' });
      await this._reload();
    } catch (error) {
      const fields = error instanceof ProblemError ? error.invalidParams : [];
      const errors: Partial<Record<SocialValueField | 'form', string>> = {};
      for (const p of fields) if (p.name in (this._draft ?? {})) errors[p.name as SocialValueField] = p.reason;
      if (error instanceof ProblemError && error.body.field && typeof error.body.field === 'string')
        errors[error.body.field as SocialValueField] = error.detail;
      if (Object.keys(errors).length === 0) errors.form = errorText(error);
      this._errors = errors;
    } finally {
      this._busy = false;
    }
  }

  private _field(field: SocialValueField, options: { numeric?: boolean; date?: boolean } = {}) {
    const names = socialValueFieldNames();
    const error = this._errors[field];
    const id = `f-${field}`;
    const describedBy = [options.date ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (e: Event) =>
      (this._draft = { ...this._draft!, [field]: (e.target as HTMLInputElement | HTMLTextAreaElement).value });
    return html`<label for=${id}>${names[field]}</label>
      ${options.date ? html`<p class="hint" id=${`${id}-hint`}>${dateHint()}</p>` : nothing}
      ${
        field === 'text'
          ? html`<textarea
            id=${id}
            maxlength="1000"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            .value=${this._draft![field]}
            @input=${onInput}
          ></textarea>`
          : html`<input
            id=${id}
            inputmode=${options.numeric ? 'numeric' : 'text'}
            autocomplete="off"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            .value=${this._draft![field]}
            @input=${onInput}
          />`
      }
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}`;
  }

  private _renderForm() {
    const editing = this._editing!;
    const title = editing.report
      ? msg(str`Διόρθωση αναφοράς: ${editing.contract.title}`, { id: 'social-value.correct-title' })
      : msg(str`Νέα αναφορά: ${editing.contract.title}`, { id: 'social-value.new-title' });
    return html`<form class="card" @submit=${this._onSubmit} novalidate aria-labelledby="form-title">
      <h2 id="form-title" tabindex="-1">${title}</h2>
      <p class="note">
        ${msg(
          'Μια αναφορά καλύπτει έως 12 μήνες που έχουν ήδη περάσει, μέσα στη διάρκεια της σύμβασης. Μετρούν μόνο όσες επιβεβαιώσει ο Δήμος.',
          { id: 'social-value.rules' },
        )}
      </p>
      ${this._field('periodStart', { date: true })} ${this._field('periodEnd', { date: true })}
      ${this._field('vulnerableWorkers', { numeric: true })} ${this._field('vulnerableHours', { numeric: true })}
      ${this._field('totalWorkers', { numeric: true })} ${this._field('newHires', { numeric: true })}
      ${this._field('text')}
      ${this._errors.form ? html`<p class="error" role="alert">${this._errors.form}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this._busy}>
          ${msg('Αποστολή στον Δήμο', { id: 'social-value.send' })}
        </button>
        <button type="button" @click=${() => ((this._editing = null), (this._draft = null))}>
          ${msg('Άκυρο', { id: 'social-value.cancel' })}
        </button>
      </div>
    </form>`;
  }

  private _renderReport(contract: MySocialValueContract, report: SocialValueReportView) {
    const names = socialValueFieldNames();
    return html`<li>
      <p>
        <strong>${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}</strong>
        <span class=${`badge ${statusBadge[report.status]}`}>${socialValueStatusNames()[report.status]}</span>
      </p>
      <dl class="figures">
        <dt>${names.vulnerableWorkers}</dt>
        <dd>${report.vulnerableWorkers}</dd>
        <dt>${names.vulnerableHours}</dt>
        <dd>${report.vulnerableHours}</dd>
        <dt>${names.newHires}</dt>
        <dd>${report.newHires}</dd>
      </dl>
      ${
        report.staffComment && report.status === 'returned'
          ? html`<p class="note">
            ${msg('Σχόλιο του Δήμου:', { id: 'social-value.staff-comment' })} ${report.staffComment}
          </p>`
          : nothing
      }
      ${
        report.status !== 'confirmed'
          ? html`<button type="button" @click=${() => this._open(contract, report)}>
            ${msg('Διόρθωση', { id: 'social-value.correct' })}
          </button>`
          : nothing
      }
    </li>`;
  }

  override render() {
    return html`<h1>${msg('Κοινωνική αξία των συμβάσεών μας', { id: 'social-value.my-title' })}</h1>
      <p>
        ${msg(
          'Όταν λήγει μια σύμβαση (ή κάθε χρόνο για τις μακρές), αναφέρετε πόσα άτομα από ευάλωτες ομάδες απασχολήσατε σε αυτήν, τις ώρες τους και τις νέες προσλήψεις.',
          { id: 'social-value.my-intro' },
        )}
      </p>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      <p role="status" class="ok">${this._message}</p>
      ${this._editing && this._draft ? this._renderForm() : nothing}
      ${
        this._contracts === null
          ? nothing
          : this._contracts.length === 0
            ? html`<p>${msg('Δεν υπάρχουν συμβάσεις της επιχείρησης στο μητρώο.', { id: 'social-value.no-contracts' })}</p>`
            : this._contracts.map(
                (contract) => html`<section class="card" aria-labelledby=${`c-${contract.id}`}>
                <h2 id=${`c-${contract.id}`}>${contract.title}</h2>
                <p>
                  ${contract.department} · ${formatEuros(contract.valueNet, this.lang)} ·
                  ${formatDate(contract.startsOn)} – ${formatDate(contract.endsOn)}
                </p>
                ${
                  contract.reports.length > 0
                    ? html`<ul class="reports">
                      ${contract.reports.map((report) => this._renderReport(contract, report))}
                    </ul>`
                    : html`<p>${msg('Καμία αναφορά ακόμη.', { id: 'social-value.no-reports' })}</p>`
                }
                <button type="button" @click=${() => this._open(contract, null)}>
                  ${msg('Νέα αναφορά κοινωνικής αξίας', { id: 'social-value.new' })}
                </button>
              </section>`,
              )
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-social-value-page': KoinsepMySocialValuePage;
  }
}
