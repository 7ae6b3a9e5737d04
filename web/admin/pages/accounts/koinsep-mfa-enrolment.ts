import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import type { EnrolmentConfirmResponse, EnrolmentResponse } from '../../../../api/contract.ts';
import { confirmMfaEnrolment, startMfaEnrolment } from '../../api/auth.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { fire } from './fire.ts';

/**
 * Setting up an authenticator app: QR code (and the secret as text for typing in), a code
 * to confirm, then the 10 recovery codes, shown once.
 * @fires mfa-enrolled - detail: EnrolmentConfirmResponse, once the person has seen the codes
 */
@localized()
@customElement('koinsep-mfa-enrolment')
export class KoinsepMfaEnrolment extends LitElement {
  static override styles = adminStyles;

  @state() private _enrolment: EnrolmentResponse | null = null;
  @state() private _result: EnrolmentConfirmResponse | null = null;
  @state() private _error = '';
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    startMfaEnrolment().then(
      (enrolment) => (this._enrolment = enrolment),
      (error: ProblemError) => (this._error = error.detail),
    );
  }

  private async _onConfirm(event: SubmitEvent) {
    event.preventDefault();
    const code = new FormData(event.target as HTMLFormElement).get('code') as string;
    this._busy = true;
    this._error = '';
    try {
      this._result = await confirmMfaEnrolment(code.trim());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#codes-heading')?.focus();
    } catch (error) {
      this._error =
        error instanceof ProblemError && error.code === 'invalid_code'
          ? msg('Ο κωδικός δεν ταιριάζει. Ελέγξτε την ώρα του κινητού και δώστε τον τρέχοντα κωδικό.', {
              id: 'mfa.wrong-enrolment-code',
            })
          : errorText(error);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    if (this._result) {
      return html`<h2 id="codes-heading" tabindex="-1">${msg('Κωδικοί ανάκτησης', { id: 'mfa.codes-title' })}</h2>
        <p>${msg('Φυλάξτε τους κάπου ασφαλές (π.χ. εκτυπωμένους). Ο καθένας ισχύει μία φορά αν χάσετε το κινητό. Δεν θα εμφανιστούν ξανά.', { id: 'mfa.codes-text' })}</p>
        <ul class="codes" aria-label=${msg('Κωδικοί ανάκτησης', { id: 'mfa.codes-title' })}>${this._result.recoveryCodes.map((c) => html`<li><code>${c}</code></li>`)}</ul>
        <div class="actions"><button class="primary" type="button" @click=${() => fire(this, 'mfa-enrolled', this._result)}>${msg('Τους φύλαξα, συνέχεια', { id: 'mfa.codes-done' })}</button></div>`;
    }
    if (!this._enrolment) {
      return this._error
        ? html`<p class="error" role="alert">${this._error}</p>`
        : html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`;
    }
    const qr = `data:image/svg+xml;base64,${btoa(this._enrolment.qrCodeSvg)}`;
    return html`<h2>${msg('Ρύθμιση εφαρμογής επαλήθευσης', { id: 'mfa.enrol-title' })}</h2>
      <ol>
        <li>${msg('Ανοίξτε μια εφαρμογή επαλήθευσης (π.χ. Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis).', { id: 'mfa.enrol-step1' })}</li>
        <li>${msg('Σαρώστε τον κωδικό QR ή πληκτρολογήστε το μυστικό κλειδί.', { id: 'mfa.enrol-step2' })}</li>
        <li>${msg('Γράψτε τον εξαψήφιο κωδικό που δείχνει η εφαρμογή.', { id: 'mfa.enrol-step3' })}</li>
      </ol>
      <img src=${qr} width="200" height="200" alt=${msg('Κωδικός QR για την εφαρμογή επαλήθευσης', { id: 'mfa.qr-alt' })} />
      <p>${msg('Μυστικό κλειδί:', { id: 'mfa.secret' })} <code data-testid="totp-secret">${this._enrolment.secret}</code></p>
      <form @submit=${this._onConfirm} novalidate>
        <label for="enrol-code">${msg('Κωδικός από την εφαρμογή', { id: 'mfa.code-label' })}</label>
        <input id="enrol-code" name="code" inputmode="numeric" autocomplete="one-time-code" required pattern="[0-9 ]{6,7}"
          aria-invalid=${this._error ? 'true' : 'false'} aria-describedby="enrol-error" />
        <p id="enrol-error" class="error" role="alert">${this._error || nothing}</p>
        <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Επιβεβαίωση', { id: 'mfa.confirm' })}</button></div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-mfa-enrolment': KoinsepMfaEnrolment;
  }
}
