import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { listOutbox, type OutboxMessage } from '../../api/mail-outbox.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { errorText } from '../../../shared/api-client.ts';
import { mailStatusNames } from '../../labels/lists.ts';

/** The mail the app sent or kept (without SMTP_URL this is where invitation links are read). Admins. */
@localized()
@customElement('koinsep-outbox-page')
export class KoinsepOutboxPage extends LitElement {
  static override styles = adminStyles;

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _items: OutboxMessage[] | null = null;
  @state() private _error = '';

  override connectedCallback(): void {
    super.connectedCallback();
    listOutbox().then(
      (r) => (this._items = r.items),
      (error: unknown) => (this._error = errorText(error)),
    );
  }

  override render() {
    return html`<h1>${msg('Εξερχόμενα μηνύματα', { id: 'outbox.title' })}</h1>
      <p class="hint">${msg('Χωρίς διακομιστή SMTP τα μηνύματα μένουν εδώ· με SMTP φαίνεται μόνο η αποστολή τους.', { id: 'outbox.hint' })}</p>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        this._items === null
          ? html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`
          : this._items.length === 0
            ? html`<p>${msg('Κανένα μήνυμα.', { id: 'outbox.empty' })}</p>`
            : this._items.map(
                (m) => html`<details class="card">
                <summary>${formatDateTime(m.createdAt)} · ${m.to} · ${m.subject} · ${mailStatusNames()[m.status]}</summary>
                ${m.text ? html`<pre>${m.text}</pre>` : html`<p class="hint">${msg('Το κείμενο δεν κρατείται όταν στέλνεται με SMTP.', { id: 'outbox.no-body' })}</p>`}
                ${m.error ? html`<p class="error">${m.error}</p>` : nothing}
              </details>`,
              )
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-outbox-page': KoinsepOutboxPage;
  }
}
