import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { adminStyles } from '../../shared-styles.ts';
import { listMyDocuments, ProblemError, replaceDocumentFile, uploadDocument, type ComplianceDocumentView } from './self-service-api.ts';
import { DOCUMENT_KINDS, DOCUMENT_STATES, FIELD_LABELS, formatDateTime, type Lang } from './self-service-labels.ts';

const T = {
  el: {
    title: 'Δικαιολογητικά',
    intro: 'Ανεβάστε τα πιστοποιητικά σε PDF (έως 10 MB) με τις ημερομηνίες όπως αναγράφονται σε αυτά. Θα λάβετε e-mail 30 ημέρες πριν λήξουν.',
    upload: 'Νέο δικαιολογητικό',
    send: 'Ανέβασμα',
    list: 'Αρχείο δικαιολογητικών',
    none: 'Δεν έχετε ανεβάσει δικαιολογητικά.',
    state: 'Κατάσταση',
    files: 'Αρχεία',
    current: 'τρέχον',
    older: 'παλαιότερο',
    replace: 'Αντικατάσταση αρχείου',
    replaceHint: 'Το παλιό αρχείο φυλάσσεται στο ιστορικό.',
    uploaded: 'Το δικαιολογητικό ανέβηκε.',
    replaced: 'Το αρχείο αντικαταστάθηκε.',
    fix: 'Διορθώστε τα επισημασμένα πεδία.',
    tooLarge: 'Το αρχείο ξεπερνά τα 10 MB.',
    notPdf: 'Το αρχείο δεν είναι PDF.',
    download: (name: string) => `Λήψη ${name}`,
  },
  en: {
    title: 'Compliance documents',
    intro: 'Upload the certificates as PDF (up to 10 MB) with the dates as printed on them. You get an e-mail 30 days before they expire.',
    upload: 'New document',
    send: 'Upload',
    list: 'Documents on file',
    none: 'You have not uploaded any documents.',
    state: 'State',
    files: 'Files',
    current: 'current',
    older: 'older',
    replace: 'Replace the file',
    replaceHint: 'The old file is kept in the history.',
    uploaded: 'The document was uploaded.',
    replaced: 'The file was replaced.',
    fix: 'Correct the marked fields.',
    tooLarge: 'The file is larger than 10 MB.',
    notPdf: 'The file is not a PDF.',
    download: (name: string) => `Download ${name}`,
  },
};

/** The enterprise's compliance-document vault: upload, list with validity, download, replace (issue 5). */
@customElement('koinsep-my-documents-page')
export class KoinsepMyDocumentsPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = 'el';
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
    const t = T[this.lang];
    if (error instanceof ProblemError) {
      if (error.status === 413) return t.tooLarge;
      if (error.status === 415) return t.notPdf;
      if (error.invalidParams.length) {
        this._errors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
        return t.fix;
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
      this._message = T[this.lang].uploaded;
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
      this._message = T[this.lang].replaced;
      await this._reload();
    } catch (error) {
      this._error = this._explain(error);
    }
  }

  private _input(name: string, type: string, required = true) {
    const error = this._errors[name];
    return html`<label for="doc-${name}">${FIELD_LABELS[this.lang][name]}</label>
      <input id="doc-${name}" name=${name} type=${type} ?required=${required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `doc-${name}-error` : nothing} />
      ${error ? html`<p class="error" id="doc-${name}-error">${error}</p>` : nothing}`;
  }

  override render() {
    const t = T[this.lang];
    return html`<h1>${t.title}</h1>
      <p class="hint">${t.intro}</p>
      <form class="card" @submit=${this._upload} novalidate aria-labelledby="upload-title">
        <h2 id="upload-title">${t.upload}</h2>
        <label for="doc-kind">${FIELD_LABELS[this.lang].kind}</label>
        <select id="doc-kind" name="kind">${Object.entries(DOCUMENT_KINDS[this.lang]).map(([v, name]) => html`<option value=${v}>${name}</option>`)}</select>
        ${this._input('issuedOn', 'date')} ${this._input('validUntil', 'date')} ${this._input('referenceNumber', 'text', false)} ${this._input('file', 'file')}
        <div class="actions"><button class="primary" type="submit">${t.send}</button></div>
      </form>
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <h2>${t.list}</h2>
      ${this._items.length === 0
        ? html`<p>${t.none}</p>`
        : this._items.map(
            (d) => html`<article class="card">
              <h3>${DOCUMENT_KINDS[this.lang][d.kind]} — ${DOCUMENT_STATES[this.lang][d.state]}</h3>
              <p>${FIELD_LABELS[this.lang].issuedOn}: ${d.issuedOn} · ${FIELD_LABELS[this.lang].validUntil}: <strong>${d.validUntil}</strong>${d.referenceNumber ? html` · ${d.referenceNumber}` : nothing}</p>
              <ul>
                ${d.files.map(
                  (f) => html`<li><a href=${f.downloadUrl} download aria-label=${t.download(f.originalName)}>${f.originalName}</a> (${f.current ? t.current : t.older}, ${Math.ceil(f.sizeBytes / 1024)} kB, ${formatDateTime(f.uploadedAt, this.lang)})</li>`,
                )}
              </ul>
              <form @submit=${(e: Event) => this._replace(e, d.id)}>
                <label for="replace-${d.id}">${t.replace}</label>
                <input id="replace-${d.id}" name="file" type="file" accept="application/pdf" required aria-describedby="replace-${d.id}-hint" />
                <p class="hint" id="replace-${d.id}-hint">${t.replaceHint}</p>
                <div class="actions"><button type="submit">${t.replace}</button></div>
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
