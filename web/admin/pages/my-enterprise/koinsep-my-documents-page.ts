import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ComplianceDocumentView } from '../../../../api/contract.ts';
import { ProblemError } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listMyDocuments, replaceDocumentFile, uploadDocument } from '../../api/my-enterprise.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { documentKindNames, documentStateNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';


/** The enterprise's compliance-document vault: upload, list with validity, download, replace (issue 5). */
@localized()
@customElement('koinsep-my-documents-page')
export class KoinsepMyDocumentsPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _items: ComplianceDocumentView[] = [];
  @state() private _errors: Record<string, string> = {};
  @state() private _message = '';
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._items = (await listMyDocuments()).items;
    } catch (error) {
      this._error = (error as Error).message;
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
    return (error as Error).message;
  }

  private async _upload(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this._errors = {};
    this._message = '';
    this._error = '';
    try {
      await uploadDocument(new FormData(form));
      form.reset();
      this._message = msg('Το δικαιολογητικό ανέβηκε.', { id: 'my-documents.uploaded' });
      await this._reload();
    } catch (error) {
      this._error = this._explain(error);
    }
  }

  private async _replace(event: Event, id: string) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this._message = '';
    this._error = '';
    try {
      await replaceDocumentFile(id, new FormData(form));
      this._message = msg('Το αρχείο αντικαταστάθηκε.', { id: 'my-documents.replaced' });
      await this._reload();
    } catch (error) {
      this._error = this._explain(error);
    }
  }

  private _input(name: string, type: string, required = true) {
    const error = this._errors[name];
    return html`<label for="doc-${name}">${fieldLabel(name)}</label>
      <input id="doc-${name}" name=${name} type=${type} ?required=${required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `doc-${name}-error` : nothing} />
      ${error ? html`<p class="error" id="doc-${name}-error">${error}</p>` : nothing}`;
  }

  override render() {
    return html`<h1>${msg('Δικαιολογητικά', { id: 'my-documents.title' })}</h1>
      <p class="hint">${msg('Ανεβάστε τα πιστοποιητικά σε PDF (έως 10 MB) με τις ημερομηνίες όπως αναγράφονται σε αυτά. Θα λάβετε e-mail 30 ημέρες πριν λήξουν.', { id: 'my-documents.intro' })}</p>
      <form class="card" @submit=${this._upload} novalidate aria-labelledby="upload-title">
        <h2 id="upload-title">${msg('Νέο δικαιολογητικό', { id: 'my-documents.upload' })}</h2>
        <label for="doc-kind">${fieldLabel('kind')}</label>
        <select id="doc-kind" name="kind">${Object.entries(documentKindNames()).map(([v, name]) => html`<option value=${v}>${name}</option>`)}</select>
        ${this._input('issuedOn', 'date')} ${this._input('validUntil', 'date')} ${this._input('referenceNumber', 'text', false)} ${this._input('file', 'file')}
        <div class="actions"><button class="primary" type="submit">${msg('Ανέβασμα', { id: 'my-documents.send' })}</button></div>
      </form>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <h2>${msg('Αρχείο δικαιολογητικών', { id: 'my-documents.list' })}</h2>
      ${this._items.length === 0
        ? html`<p>${msg('Δεν έχετε ανεβάσει δικαιολογητικά.', { id: 'my-documents.none' })}</p>`
        : this._items.map(
            (d) => html`<article class="card">
              <h3>${documentKindNames()[d.kind]} — ${documentStateNames()[d.state]}</h3>
              <p>${fieldLabel('issuedOn')}: ${formatDate(d.issuedOn)} · ${fieldLabel('validUntil')}: <strong>${formatDate(d.validUntil)}</strong>${d.referenceNumber ? html` · ${d.referenceNumber}` : nothing}</p>
              <ul>
                ${d.files.map(
                  (f) => html`<li><a href=${f.downloadUrl} download aria-label=${msg(str`Λήψη ${f.originalName}`, { id: 'my-documents.download' })}>${f.originalName}</a> (${f.current ? msg('τρέχον', { id: 'my-documents.current' }) : msg('παλαιότερο', { id: 'my-documents.older' })}, ${Math.ceil(f.sizeBytes / 1024)} kB, ${formatDateTime(f.uploadedAt)})</li>`,
                )}
              </ul>
              <form @submit=${(e: Event) => this._replace(e, d.id)}>
                <label for="replace-${d.id}">${msg('Αντικατάσταση αρχείου', { id: 'my-documents.replace' })}</label>
                <input id="replace-${d.id}" name="file" type="file" accept="application/pdf" required aria-describedby="replace-${d.id}-hint" />
                <p class="hint" id="replace-${d.id}-hint">${msg('Το παλιό αρχείο φυλάσσεται στο ιστορικό.', { id: 'my-documents.replace-hint' })}</p>
                <div class="actions"><button type="submit">${msg('Αντικατάσταση αρχείου', { id: 'my-documents.replace' })}</button></div>
              </form>
            </article>`,
          )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-documents-page': KoinsepMyDocumentsPage;
  }
}
