import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { confirmPasswordReset, requestPasswordReset } from '../../api/auth.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { currentLang } from '../../../shared/language.ts';
import { fire, tokenFromHash } from './fire.ts';

/**
 * Forgotten password (/admin/reset-password): without a token, ask for a link by e-mail;
 * with the token from that link (#token=…), choose a new password.
 * @fires navigate - to the sign-in when done
 */
@localized()
@customElement('koinsep-password-reset')
export class KoinsepPasswordReset extends LitElement {
  static override styles = adminStyles;

  @state() private _sent = false;
  @state() private _done = false;
  @state() private _error = '';
  @state() private _busy = false;
  @state() private _token = tokenFromHash();

  private readonly _onHashChange = () => {
    this._token = tokenFromHash();
    this._done = false;
    this._sent = false;
    this._error = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this._onHashChange);
    super.disconnectedCallback();
  }

  private async _run(work: () => Promise<void>) {
    this._busy = true;
    this._error = '';
    try {
      await work();
    } catch (error) {
      this._error = error instanceof ProblemError ? (error.invalidParams[0]?.reason ?? error.detail) : errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private _onRequest(event: SubmitEvent) {
    event.preventDefault();
    const email = String(new FormData(event.target as HTMLFormElement).get('email'));
    void this._run(async () => {
      await requestPasswordReset(email, currentLang());
      this._sent = true;
    });
  }

  private _onConfirm(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    if (form.get('password') !== form.get('confirm')) {
      this._error = msg('Οι δύο κωδικοί δεν είναι ίδιοι.', { id: 'password.mismatch' });
      return;
    }
    void this._run(async () => {
      await confirmPasswordReset(this._token, String(form.get('password')));
      this._done = true;
      history.replaceState(null, '', location.pathname);
    });
  }

  override render() {
    const title = html`<h1>${msg('Επαναφορά κωδικού πρόσβασης', { id: 'reset.title' })}</h1>`;
    if (this._done) {
      return html`<div class="card">${title}<p class="ok" role="status">${msg('Ο νέος κωδικός ορίστηκε. Όλες οι παλιές συνδέσεις τερματίστηκαν.', { id: 'reset.done' })}</p>
        <div class="actions"><button class="primary" type="button" @click=${() => fire(this, 'navigate', 'sign-in')}>${msg('Είσοδος', { id: 'signin.submit' })}</button></div></div>`;
    }
    if (this._token) {
      return html`<div class="card">${title}<form @submit=${this._onConfirm} novalidate>
        <label for="password">${msg('Νέος κωδικός πρόσβασης', { id: 'password.new' })}</label>
        <input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-hint reset-error" aria-invalid=${this._error ? 'true' : 'false'} />
        <p id="password-hint" class="hint">${msg('Τουλάχιστον 12 χαρακτήρες. Μια φράση με λίγες λέξεις είναι εύκολη στη μνήμη και δύσκολη να μαντευτεί.', { id: 'password.hint' })}</p>
        <label for="confirm">${msg('Επανάληψη κωδικού', { id: 'password.confirm' })}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required aria-describedby="reset-error" />
        <p id="reset-error" class="error" role="alert">${this._error || nothing}</p>
        <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Ορισμός κωδικού', { id: 'reset.set' })}</button></div>
      </form></div>`;
    }
    if (this._sent) {
      return html`<div class="card">${title}<p class="ok" role="status">${msg('Αν υπάρχει λογαριασμός με αυτή τη διεύθυνση, στάλθηκε σύνδεσμος επαναφοράς. Ισχύει μία ώρα.', { id: 'reset.sent' })}</p></div>`;
    }
    return html`<div class="card">${title}<form @submit=${this._onRequest}>
      <p>${msg('Γράψτε το e-mail του λογαριασμού σας. Θα σας στείλουμε σύνδεσμο για νέο κωδικό.', { id: 'reset.intro' })}</p>
      <label for="email">${msg('E-mail', { id: 'signin.email' })}</label>
      <input id="email" name="email" type="email" autocomplete="username" required aria-describedby="reset-error" />
      <p id="reset-error" class="error" role="alert">${this._error || nothing}</p>
      <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Αποστολή συνδέσμου', { id: 'reset.send' })}</button>
        <a href="/admin/sign-in">${msg('Πίσω στην είσοδο', { id: 'reset.back' })}</a></div>
    </form></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-password-reset': KoinsepPasswordReset;
  }
}
