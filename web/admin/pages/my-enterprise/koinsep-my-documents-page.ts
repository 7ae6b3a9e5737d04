import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ComplianceDocumentView, DocumentKind } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { daysBetween, formatDate, formatDateTime, parseDate, todayInAthens } from '../../../shared/format.ts';
import { checkIcon, expiredIcon, uploadIcon, warningIcon } from '../../../shared/icons.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listMyDocuments, replaceDocumentFile, uploadDocument } from '../../api/my-enterprise.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { documentKindNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { byUrgency } from './document-urgency.ts';

/** The one upload control: a new certificate (of a kind, perhaps renewing one), or a corrected file for one on record. */
type UploadMode =
  { kind: 'new'; documentKind: DocumentKind | '' } | { kind: 'replace'; document: ComplianceDocumentView };

/**
 * The enterprise's compliance documents (issue 5, issue 16): the certificate that counts for
 * each kind, most urgent first (expired, expiring within the server's 30-day window, valid),
 * each with a status badge in words and an icon (never colour alone); the ones they replaced
 * apart; and one upload form for everything — "Renew" on a card fills in its kind, "Correct
 * the file" replaces the file of that certificate (the old file stays in the history).
 */
@localized()
@customElement('koinsep-my-documents-page')
export class KoinsepMyDocumentsPage extends LitElement {
  static override styles = [
    adminStyles,
    css`
      .documents { list-style: none; padding: 0; margin: 0; }
      .documents h3 { margin: 0 0 var(--koinsep-space-2); font-size: var(--koinsep-font-size-large); }
      .documents .card { border-left-width: 6px; }
      .documents .card.expired { border-left-color: var(--koinsep-color-danger); }
      .documents .card.expiring { border-left-color: var(--koinsep-color-warning); }
      .documents .card.valid { border-left-color: var(--koinsep-color-verified); }
      .documents .actions { margin-top: var(--koinsep-space-2); }
      .files { padding-left: var(--koinsep-space-5); }
      #upload-title:focus { outline: none; }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _items: ComplianceDocumentView[] | null = null;
  @state() private _mode: UploadMode = { kind: 'new', documentKind: '' };
  @state() private _errors: Record<string, string> = {};
  @state() private _message = '';
  @state() private _error = '';
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._items = (await listMyDocuments()).items;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private _explain(error: unknown) {
    if (error instanceof ProblemError) {
      if (error.status === 413) return msg('Το αρχείο ξεπερνά τα 10 MB.', { id: 'my-documents.too-large' });
      if (error.status === 415) return msg('Το αρχείο δεν είναι PDF.', { id: 'my-documents.not-pdf' });
      if (error.invalidParams.length) {
        this._errors = error.fieldErrors();
        return msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-documents.fix' });
      }
    }
    return errorText(error);
  }

  /** Moves the one upload form to `mode` and takes the person there. */
  private async _startUpload(mode: UploadMode) {
    this._mode = mode;
    this._errors = {};
    this._message = '';
    await this.updateComplete;
    const form = this.renderRoot.querySelector('#upload');
    // The kind of the certificate being renewed (a select keeps the person's earlier choice over `selected`).
    const kind = form?.querySelector<HTMLSelectElement>('#doc-kind');
    if (kind && mode.kind === 'new' && mode.documentKind) kind.value = mode.documentKind;
    form?.scrollIntoView({ block: 'start' });
    form
      ?.querySelector<HTMLElement>(mode.kind === 'new' ? '#doc-issuedOn' : '#doc-file')
      ?.focus({ preventScroll: true });
  }

  private async _upload(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const errors: Record<string, string> = {};
    const mode = this._mode;
    if (mode.kind === 'new') {
      for (const field of ['issuedOn', 'validUntil'] as const) {
        const day = parseDate(String(data.get(field) ?? ''));
        if (day) data.set(field, day);
        else errors[field] = dateError();
      }
    }
    if (!(data.get('file') instanceof File) || (data.get('file') as File).size === 0)
      errors.file = msg('Διαλέξτε το αρχείο PDF.', { id: 'my-documents.choose-file' });
    this._errors = errors;
    this._message = '';
    this._error = '';
    if (Object.keys(errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#upload [aria-invalid="true"]')?.focus();
      return;
    }
    this._busy = true;
    try {
      if (mode.kind === 'new') await uploadDocument(data);
      else await replaceDocumentFile(mode.document.id, data);
      form.reset();
      this._message =
        mode.kind === 'new'
          ? msg('Το δικαιολογητικό ανέβηκε.', { id: 'my-documents.uploaded' })
          : msg('Το αρχείο αντικαταστάθηκε.', { id: 'my-documents.replaced' });
      this._mode = { kind: 'new', documentKind: '' };
      await this._reload();
    } catch (error) {
      this._error = this._explain(error);
    } finally {
      this._busy = false;
    }
  }

  /** The state in words and an icon: when it ended, in how many days it ends, or until when it holds. */
  private _badge(d: ComplianceDocumentView) {
    const until = formatDate(d.validUntil);
    if (d.state === 'expired')
      return html`<span class="badge danger">${expiredIcon()}${msg(str`Έληξε στις ${until}`, { id: 'my-documents.badge-expired' })}</span>`;
    if (d.state === 'expiring') {
      const days = daysBetween(todayInAthens(), d.validUntil);
      const text =
        days <= 0
          ? msg('Λήγει σήμερα', { id: 'my-documents.badge-today' })
          : msg(str`Λήγει σε ${days} ημέρες (${until})`, { id: 'my-documents.badge-expiring' });
      return html`<span class="badge warning">${warningIcon()}${text}</span>`;
    }
    return html`<span class="badge ok">${checkIcon()}${msg(str`Σε ισχύ έως ${until}`, { id: 'my-documents.badge-valid' })}</span>`;
  }

  private _files(d: ComplianceDocumentView) {
    return html`<ul class="files">
      ${d.files.map(
        (
          f,
        ) => html`<li><a href=${f.downloadUrl} download aria-label=${msg(str`Λήψη ${f.originalName}`, { id: 'my-documents.download' })}>${f.originalName}</a>
          (${f.current ? msg('τρέχον', { id: 'my-documents.current' }) : msg('παλαιότερο', { id: 'my-documents.older' })}, ${Math.ceil(f.sizeBytes / 1024)} kB, ${formatDateTime(f.uploadedAt)})</li>`,
      )}
    </ul>`;
  }

  private _card(d: ComplianceDocumentView) {
    const name = documentKindNames()[d.kind];
    return html`<li class="card ${d.state}">
      <h3>${name}</h3>
      <p>${this._badge(d)}</p>
      <p>${fieldLabel('issuedOn')}: ${formatDate(d.issuedOn)}${d.referenceNumber ? html` · ${fieldLabel('referenceNumber')}: ${d.referenceNumber}` : nothing}</p>
      ${this._files(d)}
      <div class="actions">
        <button type="button" class=${d.state === 'valid' ? '' : 'primary'} aria-label="${msg('Ανανέωση', { id: 'my-documents.renew' })}: ${name}"
          @click=${() => this._startUpload({ kind: 'new', documentKind: d.kind })}>${uploadIcon()}${msg('Ανανέωση', { id: 'my-documents.renew' })}</button>
        <button type="button" aria-label="${msg('Διόρθωση αρχείου', { id: 'my-documents.correct-file' })}: ${name}"
          @click=${() => this._startUpload({ kind: 'replace', document: d })}>${msg('Διόρθωση αρχείου', { id: 'my-documents.correct-file' })}</button>
      </div>
    </li>`;
  }

  private _input(name: string, type: string, options: { required?: boolean; hint?: string } = {}) {
    const error = this._errors[name];
    const describedBy = [options.hint ? `doc-${name}-hint` : '', error ? `doc-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<label for="doc-${name}">${fieldLabel(name)}</label>
      <input id="doc-${name}" name=${name} type=${type} ?required=${options.required ?? true} autocomplete="off" accept=${type === 'file' ? 'application/pdf' : nothing}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing} />
      ${options.hint ? html`<p class="hint" id="doc-${name}-hint">${options.hint}</p>` : nothing}
      ${error ? html`<p class="error" id="doc-${name}-error">${error}</p>` : nothing}`;
  }

  private _uploadForm() {
    const mode = this._mode;
    const replacing = mode.kind === 'replace' ? mode.document : null;
    return html`<form id="upload" class="card" @submit=${this._upload} novalidate aria-labelledby="upload-title">
      <h2 id="upload-title">${
        replacing
          ? msg(
              str`Διόρθωση αρχείου: ${documentKindNames()[replacing.kind]} (έως ${formatDate(replacing.validUntil)})`,
              { id: 'my-documents.replace-title' },
            )
          : msg('Ανέβασμα δικαιολογητικού', { id: 'my-documents.upload' })
      }</h2>
      ${
        replacing
          ? html`<p class="hint">${msg('Για λάθος ή δυσανάγνωστο αρχείο του ίδιου πιστοποιητικού. Για νέο πιστοποιητικό με νέες ημερομηνίες, «Ανανέωση».', { id: 'my-documents.replace-intro' })}</p>`
          : html`<label for="doc-kind">${fieldLabel('kind')}</label>
            <select id="doc-kind" name="kind" @change=${(e: Event) => (this._mode = { kind: 'new', documentKind: (e.target as HTMLSelectElement).value as DocumentKind })}>
              ${Object.entries(documentKindNames()).map(([v, name]) => html`<option value=${v} ?selected=${mode.kind === 'new' && v === mode.documentKind}>${name}</option>`)}
            </select>
            ${this._input('issuedOn', 'text', { hint: dateHint() })} ${this._input('validUntil', 'text', { hint: dateHint() })}
            ${this._input('referenceNumber', 'text', { required: false })}`
      }
      ${this._input('file', 'file', { hint: replacing ? msg('Το παλιό αρχείο φυλάσσεται στο ιστορικό.', { id: 'my-documents.replace-hint' }) : msg('PDF έως 10 MB.', { id: 'my-documents.file-hint' }) })}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this._busy}>${replacing ? msg('Αντικατάσταση αρχείου', { id: 'my-documents.replace' }) : msg('Ανέβασμα', { id: 'my-documents.send' })}</button>
        ${replacing ? html`<button type="button" @click=${() => this._startUpload({ kind: 'new', documentKind: '' })}>${msg('Άκυρο', { id: 'dialog.cancel' })}</button>` : nothing}
      </div>
    </form>`;
  }

  override render() {
    const { current, older } = byUrgency(this._items ?? []);
    const count = (state: ComplianceDocumentView['state']) => current.filter((d) => d.state === state).length;
    return html`<h1>${msg('Δικαιολογητικά', { id: 'my-documents.title' })}</h1>
      <p class="hint">${msg('Ανεβάστε τα πιστοποιητικά σε PDF (έως 10 MB) με τις ημερομηνίες όπως αναγράφονται σε αυτά. Θα λάβετε e-mail 30 ημέρες πριν λήξουν.', { id: 'my-documents.intro' })}</p>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <h2>${msg('Αρχείο δικαιολογητικών', { id: 'my-documents.list' })}</h2>
      ${
        this._items === null
          ? html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`
          : current.length === 0
            ? html`<p>${msg('Δεν έχετε ανεβάσει δικαιολογητικά.', { id: 'my-documents.none' })}</p>`
            : html`<p>${msg(str`${count('expired')} έληξαν · ${count('expiring')} λήγουν μέσα σε 30 ημέρες · ${count('valid')} σε ισχύ`, { id: 'my-documents.summary' })}</p>
              <ul class="documents">${current.map((d) => this._card(d))}</ul>
              ${
                older.length
                  ? html`<details class="card">
                    <summary>${msg(str`Παλαιότερα δικαιολογητικά (${older.length})`, { id: 'my-documents.older-list' })}</summary>
                    <ul>${older.map((d) => html`<li>${documentKindNames()[d.kind]} · ${fieldLabel('validUntil')} ${formatDate(d.validUntil)}${this._files(d)}</li>`)}</ul>
                  </details>`
                  : nothing
              }`
      }
      ${this._uploadForm()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-documents-page': KoinsepMyDocumentsPage;
  }
}
