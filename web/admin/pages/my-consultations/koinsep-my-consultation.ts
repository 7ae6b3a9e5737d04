import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { MyConsultation } from '../../../../api/contract.ts';
import { formatDate, formatDateTime, formatEuros, normaliseMoney, parseDate } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import {
  addOfferFile,
  declineConsultation,
  getMyConsultation,
  putOffer,
  withdrawOffer,
} from '../../api/consultations.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { consultationStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { consultationStyles } from '../consultations/consultation-styles.ts';
import { PageChange } from '../consultations/page-change.ts';

/** Greek VAT rates an offer may carry (api/domain/consultations/consultation-config.ts). */
const VAT_RATES = [24, 13, 6, 0];

/** Cents of a decimal euro string, for the total shown while typing (the server computes the real one). */
const cents = (decimal: string) => Math.round(Number(decimal) * 100);

/**
 * One invitation, the enterprise's side (issue 13): the call and its files; decline; submit,
 * revise or withdraw our offer (price net, VAT rate, total, validity, note, PDF files) until the
 * deadline — after it the server answers 409 and its message is shown.
 */
@localized()
@customElement('koinsep-my-consultation')
export class KoinsepMyConsultation extends LitElement {
  static override styles = [adminStyles, consultationStyles];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _c: MyConsultation | null = null;
  @state() private _price = '';
  @state() private _vat = 24;
  @state() private _validUntil = '';
  @state() private _note = '';
  @state() private _files: File[] = [];
  @state() private _declineReason = '';
  @state() private _errors: Record<string, string> = {};
  private readonly _change = new PageChange(this, () => this._load());

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private async _load() {
    try {
      this._c = await getMyConsultation(new URLSearchParams(location.search).get('id') ?? '');
      const offer = this._c.offer;
      if (offer?.state === 'submitted') {
        this._price = offer.priceNet;
        this._vat = offer.vatRate;
        this._validUntil = formatDate(offer.validUntil);
        this._note = offer.note ?? '';
      }
    } catch (error) {
      this._change.fail(error);
    }
  }

  private _total(): string | null {
    const net = normaliseMoney(this._price);
    if (net === null) return null;
    const total = cents(net) + Math.round((cents(net) * this._vat) / 100);
    return (total / 100).toFixed(2);
  }

  private _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const priceNet = normaliseMoney(this._price);
    const validUntil = parseDate(this._validUntil);
    this._errors = {
      ...(priceNet === null
        ? { priceNet: msg('Γράψτε ποσό σε ευρώ με έως δύο δεκαδικά.', { id: 'eligibility.invalid-money' }) }
        : {}),
      ...(validUntil === null ? { validUntil: dateError() } : {}),
    };
    if (priceNet === null || validUntil === null) return;
    const c = this._c!;
    const files = this._files;
    void this._change.run(
      async () => {
        await putOffer(c.id, { priceNet, vatRate: this._vat, validUntil, note: this._note.trim() || null }, c.offer);
        for (const file of files) await addOfferFile(c.id, file);
        this._files = [];
      },
      msg('Η προσφορά σας αποθηκεύτηκε.', { id: 'my-consultation.saved' }),
    );
  }

  override render() {
    const c = this._c;
    if (!c)
      return html`<h1>${msg('Πρόσκληση για προσφορά', { id: 'my-consultation.heading' })}</h1>
        ${this._change.render()}`;
    const offer = c.offer?.state === 'submitted' ? c.offer : null;
    const total = this._total();
    return html`<p><a href="/admin/my-consultations">${msg('Όλες οι προσκλήσεις', { id: 'my-consultation.back' })}</a></p>
      <h1>${c.title}</h1>
      <dl class="facts">
        <dt>${msg('Κατάσταση', { id: 'consultations.status' })}</dt><dd>${consultationStatusNames()[c.status]}</dd>
        <dt>${msg('Προθεσμία', { id: 'consultation.deadline' })}</dt><dd>${formatDateTime(c.deadline)}</dd>
        <dt>CPV</dt><dd>${c.cpv.join(', ')}</dd>
      </dl>
      ${c.description ? html`<p>${c.description}</p>` : nothing}
      ${
        c.attachments?.length
          ? html`<h2>${msg('Συνημμένα', { id: 'consultation.attachments' })}</h2>
            <ul>${c.attachments.map((a) => html`<li><a href=${a.url} download>${a.fileName}</a></li>`)}</ul>`
          : nothing
      }
      ${this._change.render()}
      <h2>${offer ? msg('Η προσφορά μας', { id: 'my-consultation.our-offer' }) : msg('Υποβολή προσφοράς', { id: 'my-consultation.submit-heading' })}</h2>
      ${offer ? html`<p>${msg('Τελευταία αλλαγή', { id: 'my-consultation.updated' })}: ${formatDateTime(offer.updatedAt)}</p>` : nothing}
      ${offer?.attachments?.length ? html`<ul>${offer.attachments.map((a) => html`<li><a href=${a.url} download>${a.fileName}</a></li>`)}</ul>` : nothing}
      <form @submit=${this._onSubmit} novalidate>
        <div class="field">
          <label for="priceNet">${msg('Τιμή χωρίς ΦΠΑ (€)', { id: 'my-consultation.price' })}</label>
          <input id="priceNet" inputmode="decimal" aria-invalid=${this._errors.priceNet ? 'true' : 'false'} .value=${this._price} @input=${(e: Event) => (this._price = (e.target as HTMLInputElement).value)} />
          ${this._errors.priceNet ? html`<span class="error">${this._errors.priceNet}</span>` : nothing}
        </div>
        <div class="field">
          <label for="vatRate">${msg('Συντελεστής ΦΠΑ', { id: 'my-consultation.vat' })}</label>
          <select id="vatRate" @change=${(e: Event) => (this._vat = Number((e.target as HTMLSelectElement).value))}>
            ${VAT_RATES.map((r) => html`<option value=${r} ?selected=${r === this._vat}>${r}%</option>`)}
          </select>
        </div>
        <p aria-live="polite">${msg('Σύνολο με ΦΠΑ', { id: 'consultation.total' })}: <strong>${total ? formatEuros(total, this.lang) : '—'}</strong></p>
        <div class="field">
          <label for="validUntil">${msg('Ισχύς προσφοράς έως', { id: 'my-consultation.valid-until' })}</label>
          <input id="validUntil" aria-describedby="validUntil-hint" aria-invalid=${this._errors.validUntil ? 'true' : 'false'} .value=${this._validUntil} @input=${(e: Event) => (this._validUntil = (e.target as HTMLInputElement).value)} />
          <span class="hint" id="validUntil-hint">${dateHint()}</span>
          ${this._errors.validUntil ? html`<span class="error">${this._errors.validUntil}</span>` : nothing}
        </div>
        <div class="field">
          <label for="note">${msg('Σημείωση', { id: 'my-consultation.note' })}</label>
          <textarea id="note" .value=${this._note} @input=${(e: Event) => (this._note = (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>
        <div class="field">
          <label for="offerFiles">${msg('Συνημμένα (PDF, έως 10 MB το καθένα)', { id: 'consultation.files' })}</label>
          <input id="offerFiles" type="file" accept="application/pdf" multiple @change=${(e: Event) => (this._files = [...((e.target as HTMLInputElement).files ?? [])])} />
        </div>
        <div class="actions">
          <button type="submit" class="primary">${offer ? msg('Αλλαγή προσφοράς', { id: 'my-consultation.revise' }) : msg('Υποβολή προσφοράς', { id: 'my-consultation.submit-heading' })}</button>
          ${
            offer
              ? html`<button type="button" class="danger" @click=${() => void this._change.run(() => withdrawOffer(c.id, offer), msg('Η προσφορά ανακλήθηκε.', { id: 'my-consultation.withdrawn' }))}>
                ${msg('Ανάκληση προσφοράς', { id: 'my-consultation.withdraw' })}
              </button>`
              : nothing
          }
        </div>
      </form>
      ${
        c.invitation && !offer && !c.invitation.declinedAt
          ? html`<h2>${msg('Δεν συμμετέχουμε', { id: 'my-consultations.declined' })}</h2>
            <div class="field">
              <label for="declineReason">${msg('Λόγος (προαιρετικό)', { id: 'my-consultation.decline-reason' })}</label>
              <input id="declineReason" .value=${this._declineReason} @input=${(e: Event) => (this._declineReason = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="actions">
              <button type="button" @click=${() => void this._change.run(() => declineConsultation(c.id, this._declineReason.trim()), msg('Δηλώσατε ότι δεν συμμετέχετε.', { id: 'my-consultation.declined-done' }))}>
                ${msg('Δήλωση μη συμμετοχής', { id: 'my-consultation.decline' })}
              </button>
            </div>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-consultation': KoinsepMyConsultation;
  }
}
