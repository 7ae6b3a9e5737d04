import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import type { MySession, UserDto } from '../../../../api/contract.ts';
import {
  changePassword,
  currentSession,
  disableMfa,
  endMySession,
  mySessions,
  replaceRecoveryCodes,
  updateMe,
} from '../../api/auth.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { LANGUAGES, toLang } from '../../../shared/languages.ts';
import { formatDateTime } from '../../../shared/format.ts';
import './koinsep-mfa-enrolment.ts';
import type { KoinsepDialog } from '../../components/koinsep-dialog.ts';
import '../../components/koinsep-dialog.ts';

/** My account: password, the language of my e-mail, second factor, and the devices where I am signed in. */
@localized()
@customElement('koinsep-my-account')
export class KoinsepMyAccount extends LitElement {
  static override styles = adminStyles;

  @property({ attribute: false }) user: UserDto | null = null;
  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _sessions: MySession[] = [];
  @state() private _status = '';
  @state() private _fieldErrors: Record<string, string> = {};
  @state() private _error = '';
  @state() private _enrolling = false;
  @state() private _codes: string[] = [];
  /** What the password dialog is open for (its confirming button says so). */
  @state() private _confirming: { action: string; password: string; error: string } | null = null;
  @query('#confirm-password') private _passwordDialogElement!: KoinsepDialog;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      this._sessions = (await mySessions()).items;
      this.user = (await currentSession()).user;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  private async _guard(work: () => Promise<void>) {
    this._fieldErrors = {};
    this._error = '';
    try {
      await work();
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._fieldErrors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
      } else this._error = errorText(error);
    }
  }

  private _onPassword(event: SubmitEvent) {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    if (form.get('newPassword') !== form.get('confirm')) {
      this._fieldErrors = { confirm: msg('Οι δύο κωδικοί δεν είναι ίδιοι.', { id: 'password.mismatch' }) };
      return;
    }
    void this._guard(async () => {
      await changePassword(String(form.get('currentPassword')), String(form.get('newPassword')));
      formElement.reset();
      this._status = msg('Ο κωδικός άλλαξε. Οι άλλες συνδέσεις σας τερματίστηκαν.', { id: 'account.password-changed' });
      await this._reload();
    });
  }

  /** The language the directory's mail is written in for me (issue 13); the app's own language is separate. */
  private _onMailLanguage(event: SubmitEvent) {
    event.preventDefault();
    const locale = toLang(String(new FormData(event.target as HTMLFormElement).get('locale')));
    void this._guard(async () => {
      this.user = (await updateMe({ locale })).user;
      const name = LANGUAGES.find((l) => l.id === this.user!.locale)!.name;
      this._status = msg(str`Η γλώσσα των e-mail σας είναι πλέον: ${name}.`, { id: 'account.mail-language-changed' });
    });
  }

  /** Asks for the password in a dialog; null when cancelled. */
  private async _askPassword(action: string): Promise<string | null> {
    this._confirming = { action, password: '', error: '' };
    await this.updateComplete;
    const confirmed = await this._passwordDialogElement.open();
    const password = this._confirming.password;
    this._confirming = null;
    return confirmed ? password : null;
  }

  private _onPasswordConfirm(event: Event) {
    if (this._confirming?.password) return;
    event.preventDefault();
    this._confirming = {
      ...this._confirming!,
      error: msg('Γράψτε τον κωδικό πρόσβασής σας.', { id: 'account.password-needed' }),
    };
    this.renderRoot.querySelector<HTMLInputElement>('#confirm-password-input')?.focus();
  }

  private async _onDisableMfa() {
    const password = await this._askPassword(msg('Απενεργοποίηση', { id: 'users.deactivate' }));
    if (!password) return;
    void this._guard(async () => {
      await disableMfa(password);
      this._status = msg('Το δεύτερο βήμα απενεργοποιήθηκε.', { id: 'account.mfa-disabled' });
      await this._reload();
    });
  }

  private async _onNewCodes() {
    const password = await this._askPassword(msg('Νέοι κωδικοί ανάκτησης', { id: 'account.new-codes' }));
    if (!password) return;
    void this._guard(async () => {
      this._codes = (await replaceRecoveryCodes(password)).recoveryCodes;
    });
  }

  private _passwordDialog() {
    const c = this._confirming;
    return html`<koinsep-dialog id="confirm-password" .heading=${msg('Επιβεβαίωση με τον κωδικό σας', { id: 'account.confirm-title' })} .confirmLabel=${c?.action ?? ''}
        @dialog-confirm=${this._onPasswordConfirm}>
      ${
        c
          ? // Enter confirms (two text fields, the hidden user name and the password, block a form's own implicit submission).
            html`<form @submit=${(e: Event) => e.preventDefault()} novalidate
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this._passwordDialogElement.confirm())}>
            <input type="email" name="username" autocomplete="username" value=${this.user?.email ?? ''} hidden />
            <label for="confirm-password-input">${msg('Κωδικός πρόσβασης', { id: 'signin.password' })}</label>
            <input id="confirm-password-input" type="password" autocomplete="current-password" required .value=${c.password}
              aria-invalid=${c.error ? 'true' : 'false'} aria-describedby="confirm-password-error"
              @input=${(e: Event) => (this._confirming = { ...c, password: (e.target as HTMLInputElement).value, error: '' })} />
            <p id="confirm-password-error" class="error">${c.error || nothing}</p>
          </form>`
          : nothing
      }
    </koinsep-dialog>`;
  }

  override render() {
    const user = this.user;
    if (!user) return nothing;
    const err = (f: string) => this._fieldErrors[f];
    const municipal = user.role === 'admin' || user.role === 'staff';
    return html`<h1>${msg('Ο λογαριασμός μου', { id: 'account.title' })}</h1>
      <p role="status" class="ok">${this._status}</p>
      ${this._error ? html`<p role="alert" class="error">${this._error}</p>` : nothing}
      <section class="card" aria-labelledby="password-heading">
        <h2 id="password-heading">${msg('Αλλαγή κωδικού', { id: 'account.password-title' })}</h2>
        <form @submit=${this._onPassword} novalidate>
          <input type="email" name="username" autocomplete="username" value=${user.email} hidden />
          <label for="current">${msg('Τρέχων κωδικός', { id: 'account.current' })}</label>
          <input id="current" name="currentPassword" type="password" autocomplete="current-password" required aria-invalid=${err('currentPassword') ? 'true' : 'false'} aria-describedby="current-error" />
          <p id="current-error" class="error">${err('currentPassword') ?? nothing}</p>
          <label for="new">${msg('Νέος κωδικός πρόσβασης', { id: 'password.new' })}</label>
          <input id="new" name="newPassword" type="password" autocomplete="new-password" required aria-invalid=${err('newPassword') ? 'true' : 'false'} aria-describedby="new-hint new-error" />
          <p id="new-hint" class="hint">${msg('Τουλάχιστον 12 χαρακτήρες. Μια φράση με λίγες λέξεις είναι εύκολη στη μνήμη και δύσκολη να μαντευτεί.', { id: 'password.hint' })}</p>
          <p id="new-error" class="error">${err('newPassword') ?? nothing}</p>
          <label for="confirm">${msg('Επανάληψη κωδικού', { id: 'password.confirm' })}</label>
          <input id="confirm" name="confirm" type="password" autocomplete="new-password" required aria-invalid=${err('confirm') ? 'true' : 'false'} aria-describedby="confirm-error" />
          <p id="confirm-error" class="error">${err('confirm') ?? nothing}</p>
          <div class="actions"><button class="primary">${msg('Αλλαγή κωδικού', { id: 'account.password-title' })}</button></div>
        </form>
      </section>
      <section class="card" aria-labelledby="mail-language-heading">
        <h2 id="mail-language-heading">${msg('Γλώσσα των e-mail', { id: 'account.mail-language-title' })}</h2>
        <form @submit=${this._onMailLanguage} novalidate>
          <label for="mail-language">${msg('Σας γράφουμε στα', { id: 'account.mail-language' })}</label>
          <select id="mail-language" name="locale" aria-describedby="mail-language-hint mail-language-error"
            aria-invalid=${err('locale') ? 'true' : 'false'}>
            ${LANGUAGES.map((l) => html`<option value=${l.id} lang=${l.id} ?selected=${l.id === user.locale}>${l.name}</option>`)}
          </select>
          <p id="mail-language-hint" class="hint">${msg('Σε αυτή τη γλώσσα σάς στέλνουμε κάθε μήνυμα: επαναφορά κωδικού, προσκλήσεις υποβολής προσφορών, ειδοποιήσεις λήξης πιστοποιητικών.', { id: 'account.mail-language-hint' })}</p>
          <p id="mail-language-error" class="error">${err('locale') ?? nothing}</p>
          <div class="actions"><button class="primary">${msg('Αποθήκευση γλώσσας', { id: 'account.mail-language-save' })}</button></div>
        </form>
      </section>
      <section class="card" aria-labelledby="mfa-heading">
        <h2 id="mfa-heading">${msg('Δεύτερο βήμα επαλήθευσης', { id: 'account.mfa-title' })}</h2>
        ${
          user.mfaEnabled
            ? html`<p>${msg('Ενεργό: η είσοδος ζητά κωδικό από την εφαρμογή επαλήθευσης.', { id: 'account.mfa-on' })}</p>
              ${this._codes.length ? html`<ul class="codes">${this._codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>` : nothing}
              <div class="actions">
                <button type="button" @click=${this._onNewCodes}>${msg('Νέοι κωδικοί ανάκτησης', { id: 'account.new-codes' })}</button>
                ${municipal ? nothing : html`<button class="danger" type="button" @click=${this._onDisableMfa}>${msg('Απενεργοποίηση', { id: 'users.deactivate' })}</button>`}
              </div>`
            : this._enrolling
              ? html`<koinsep-mfa-enrolment @mfa-enrolled=${() => {
                  this._enrolling = false;
                  void this._reload();
                }}></koinsep-mfa-enrolment>`
              : html`<p>${msg('Ανενεργό. Με εφαρμογή επαλήθευσης στο κινητό, ο λογαριασμός σας προστατεύεται ακόμη κι αν διαρρεύσει ο κωδικός.', { id: 'account.mfa-off' })}</p>
                <div class="actions"><button class="primary" type="button" @click=${() => (this._enrolling = true)}>${msg('Ενεργοποίηση', { id: 'users.reactivate' })}</button></div>`
        }
      </section>
      <section class="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">${msg('Συνδέσεις', { id: 'account.sessions-title' })}</h2>
        <ul>${this._sessions.map(
          (s) => html`<li>
          ${s.userAgent ?? '—'} · ${s.ip ?? ''} · ${formatDateTime(s.lastSeenAt)}
          ${
            s.current
              ? html`<strong> (${msg('αυτή η συσκευή', { id: 'account.this-device' })})</strong>`
              : html`<button type="button" @click=${() =>
                  this._guard(async () => {
                    await endMySession(s.id);
                    await this._reload();
                  })}>${msg('Τερματισμός', { id: 'account.end' })}</button>`
          }
        </li>`,
        )}</ul>
      </section>
      ${this._passwordDialog()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-account': KoinsepMyAccount;
  }
}
