import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import type { UserDto } from '../../../../api/contract.ts';
import { currentSession, login, verifyMfa } from '../../api/auth.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { fire } from './fire.ts';
import './koinsep-mfa-enrolment.ts';

type Step = 'password' | 'mfa' | 'enrol';

/**
 * Sign-in: e-mail and password, then the authenticator code (or a recovery code), or —
 * for staff without one — setting up the authenticator. As a page (/admin/sign-in), or inside
 * the shell's "signed out" dialog (`in-dialog`, with the person's `email` fixed), where the
 * dialog gives the title.
 * @fires signed-in - detail: { user }
 * @fires navigate - detail: path under /admin/
 */
@localized()
@customElement('koinsep-sign-in')
export class KoinsepSignIn extends LitElement {
  static override styles = adminStyles;

  /** The account to sign in again (the e-mail field is then read-only); '' = anyone. */
  @property() email = '';
  /** Inside a dialog: no card and no page title, no link away from the page. */
  @property({ type: Boolean, attribute: 'in-dialog' }) inDialog = false;
  @state() private _step: Step = 'password';
  @state() private _error = '';
  @state() private _busy = false;
  private _user: UserDto | null = null;

  private _message(error: unknown): string {
    if (!(error instanceof ProblemError)) return errorText(error);
    if (error.status === 429)
      return msg('Πάρα πολλές προσπάθειες. Δοκιμάστε ξανά σε λίγα λεπτά.', { id: 'signin.too-many' });
    if (error.code === 'invalid_credentials') return msg('Λάθος e-mail ή κωδικός πρόσβασης.', { id: 'signin.wrong' });
    if (error.code === 'invalid_code') return msg('Λάθος ή ήδη χρησιμοποιημένος κωδικός.', { id: 'signin.wrong-code' });
    return error.detail;
  }

  private async _focusFirst() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, h2')?.focus();
  }

  /** The first field still to fill in (the password when the e-mail is given). */
  override focus(options?: FocusOptions): void {
    const fields = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:not([readonly])')];
    (fields.find((f) => !f.value) ?? fields[0])?.focus(options);
  }

  private async _onPassword(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this._busy = true;
    this._error = '';
    try {
      const result = await login(String(form.get('email')), String(form.get('password')));
      this._user = result.user;
      if (result.mfaRequired) this._step = 'mfa';
      else if (result.mfaEnrolmentRequired) this._step = 'enrol';
      else fire(this, 'signed-in', { user: result.user });
      void this._focusFirst();
    } catch (error) {
      this._error = this._message(error);
    } finally {
      this._busy = false;
    }
  }

  private async _onCode(event: SubmitEvent) {
    event.preventDefault();
    const code = String(new FormData(event.target as HTMLFormElement).get('code')).trim();
    this._busy = true;
    this._error = '';
    try {
      const result = await verifyMfa(code);
      fire(this, 'signed-in', { user: result.user });
    } catch (error) {
      if (
        error instanceof ProblemError &&
        (error.body.restartSignIn || (error.status === 401 && error.code === 'unauthenticated'))
      ) {
        this._step = 'password';
      }
      this._error = this._message(error);
    } finally {
      this._busy = false;
    }
  }

  private async _onEnrolled() {
    const session = await currentSession();
    fire(this, 'signed-in', { user: session.user ?? this._user });
  }

  override render() {
    const step =
      this._step === 'password'
        ? this._passwordForm()
        : this._step === 'mfa'
          ? this._codeForm()
          : html`<p>${msg('Οι λογαριασμοί του Δήμου χρειάζονται δεύτερο βήμα επαλήθευσης. Ρυθμίστε το τώρα.', { id: 'signin.enrol-needed' })}</p>
              <koinsep-mfa-enrolment @mfa-enrolled=${this._onEnrolled}></koinsep-mfa-enrolment>`;
    if (this.inDialog) return step;
    return html`<div class="card"><h1>${msg('Είσοδος', { id: 'signin.title' })}</h1>${step}</div>`;
  }

  private _passwordForm() {
    return html`<form @submit=${this._onPassword}>
      <label for="email">${msg('E-mail', { id: 'signin.email' })}</label>
      <input id="email" name="email" type="email" autocomplete="username" required aria-describedby="signin-error" .value=${this.email} ?readonly=${Boolean(this.email)} />
      <label for="password">${msg('Κωδικός πρόσβασης', { id: 'signin.password' })}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="signin-error" />
      <p id="signin-error" class="error" role="alert">${this._error || nothing}</p>
      <div class="actions">
        <button class="primary" ?disabled=${this._busy}>${msg('Είσοδος', { id: 'signin.submit' })}</button>
        ${this.inDialog ? nothing : html`<a href="/admin/reset-password">${msg('Ξεχάσατε τον κωδικό;', { id: 'signin.forgot' })}</a>`}
      </div>
    </form>`;
  }

  private _codeForm() {
    return html`<form @submit=${this._onCode}>
      <p>${msg('Γράψτε τον εξαψήφιο κωδικό από την εφαρμογή επαλήθευσης ή έναν κωδικό ανάκτησης.', { id: 'signin.code-hint' })}</p>
      <label for="code">${msg('Κωδικός επαλήθευσης', { id: 'signin.code' })}</label>
      <input id="code" name="code" autocomplete="one-time-code" inputmode="text" required aria-describedby="signin-error"
        aria-invalid=${this._error ? 'true' : 'false'} />
      <p id="signin-error" class="error" role="alert">${this._error || nothing}</p>
      <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Συνέχεια', { id: 'signin.continue' })}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-sign-in': KoinsepSignIn;
  }
}
