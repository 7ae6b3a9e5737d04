import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { MyConsultation } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listMyConsultations } from '../../api/consultations.ts';
import { consultationStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { consultationStyles } from '../consultations/consultation-styles.ts';

/** The enterprise's invitations to submit an offer (issue 13), for managers and members. */
@localized()
@customElement('koinsep-my-consultations-page')
export class KoinsepMyConsultationsPage extends LitElement {
  static override styles = [adminStyles, consultationStyles];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _items: MyConsultation[] | null = null;
  @state() private _failure = '';

  override connectedCallback(): void {
    super.connectedCallback();
    listMyConsultations().then(
      (r) => (this._items = r.items),
      (error) => (this._failure = errorText(error)),
    );
  }

  private _state(c: MyConsultation): string {
    if (c.offer?.state === 'submitted') return msg('Υποβλήθηκε προσφορά', { id: 'my-consultations.offered' });
    if (c.invitation?.declinedAt) return msg('Δεν συμμετέχουμε', { id: 'my-consultations.declined' });
    return consultationStatusNames()[c.status];
  }

  override render() {
    return html`<h1>${msg('Προσκλήσεις για προσφορά', { id: 'my-consultations.title' })}</h1>
      ${this._failure ? html`<p class="error" role="alert">${this._failure}</p>` : nothing}
      ${this._items?.length === 0 ? html`<p role="status">${msg('Καμία πρόσκληση.', { id: 'my-consultations.none' })}</p>` : nothing}
      ${
        this._items?.length
          ? html`<ul class="plain">
            ${this._items.map(
              (c) => html`<li>
                <a href=${`/admin/my-consultation?id=${encodeURIComponent(c.id)}`}>${c.title}</a>
                <span class="hint">· ${msg('Προθεσμία', { id: 'consultation.deadline' })}: ${formatDateTime(c.deadline)} · ${this._state(c)}</span>
              </li>`,
            )}
          </ul>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-consultations-page': KoinsepMyConsultationsPage;
  }
}
