import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { acceptInvitation, previewInvitation, type InvitationPreview } from '../../api/invitations.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { roleNames } from '../../../shared/role-names.ts';
import { fire, tokenFromHash } from './fire.ts';

/**
 * The page an invitation e-mail links to (/admin/invitation#token=…): shows what the
 * invitation is for, then the person chooses their name and password.
 * @fires navigate - to the sign-in once the account exists
 */
@localized()
@customElement('koinsep-invitation-accept')
export class KoinsepInvitationAccept extends LitElement {
  static override styles = adminStyles;

  @state() private _preview: InvitationPreview | null = null;
  @state() private _error = '';
  @state() private _fieldErrors: Record<string, string> = {};
  @state() private _done = false;
  @state() private _busy = false;
  @state() private _token = tokenFromHash();

  private readonly _onHashChange = () => {
    this._token = tokenFromHash();
    this._preview = null;
    this._done = false;
    this._load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    this._load();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this._onHashChange);
    super.disconnectedCallback();
  }

  private _load() {
    this._error = '';
    previewInvitation(this._token).then(
      (preview) => (this._preview = preview),
      (error: ProblemError) => (this._error = error.detail),
    );
  }

  private async _onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const password = String(form.get('password'));
    this._fieldErrors = {};
    this._error = '';
    if (password !== String(form.get('confirm'))) {
      this._fieldErrors = { confirm: msg('Οι δύο κωδικοί δεν είναι ίδιοι.', { id: 'password.mismatch' }) };
      return;
    }
    this._busy = true;
    try {
      await acceptInvitation(this._token, String(form.get('name')), password);
      this._done = true;
      history.replaceState(null, '', location.pathname);
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._fieldErrors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
      } else this._error = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    if (this._done) {
      return html`<div class="card"><h1>${msg('Ο λογαριασμός δημιουργήθηκε', { id: 'invite.done' })}</h1>
        <p class="ok" role="status">${msg('Μπορείτε τώρα να συνδεθείτε.', { id: 'invite.done-text' })}</p>
        ${this._preview?.mfaRequired ? html`<p>${msg('Στην πρώτη είσοδο θα ρυθμίσετε εφαρμογή επαλήθευσης στο κινητό σας.', { id: 'invite.mfa-next' })}</p>` : nothing}
        <div class="actions"><button class="primary" type="button" @click=${() => fire(this, 'navigate', 'sign-in')}>${msg('Είσοδος', { id: 'signin.submit' })}</button></div></div>`;
    }
    if (!this._preview) {
      return html`<div class="card"><h1>${msg('Πρόσκληση', { id: 'invite.title' })}</h1>
        ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`}</div>`;
    }
    const p = this._preview;
    const err = (field: string) => this._fieldErrors[field];
    return html`<div class="card">
      <h1>${msg('Αποδοχή πρόσκλησης', { id: 'invite.accept-title' })}</h1>
      <p>${p.email} · ${roleNames()[p.role]}${p.enterprise ? html` · ${p.enterprise.name}` : nothing}</p>
      <form @submit=${this._onSubmit} novalidate>
        <label for="name">${msg('Ονοματεπώνυμο', { id: 'invite.name' })}</label>
        <input id="name" name="name" autocomplete="name" required minlength="2" aria-invalid=${err('name') ? 'true' : 'false'} aria-describedby="name-error" />
        <p id="name-error" class="error">${err('name') ?? nothing}</p>
        <label for="password">${msg('Νέος κωδικός πρόσβασης', { id: 'password.new' })}</label>
        <input id="password" name="password" type="password" autocomplete="new-password" required aria-invalid=${err('password') ? 'true' : 'false'} aria-describedby="password-hint password-error" />
        <p id="password-hint" class="hint">${msg('Τουλάχιστον 12 χαρακτήρες. Μια φράση με λίγες λέξεις είναι εύκολη στη μνήμη και δύσκολη να μαντευτεί.', { id: 'password.hint' })}</p>
        <p id="password-error" class="error">${err('password') ?? nothing}</p>
        <label for="confirm">${msg('Επανάληψη κωδικού', { id: 'password.confirm' })}</label>
        <input id="confirm" name="confirm" type="password" autocomplete="new-password" required aria-invalid=${err('confirm') ? 'true' : 'false'} aria-describedby="confirm-error" />
        <p id="confirm-error" class="error">${err('confirm') ?? nothing}</p>
        <p class="error" role="alert">${this._error || nothing}</p>
        <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Δημιουργία λογαριασμού', { id: 'invite.submit' })}</button></div>
      </form></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-invitation-accept': KoinsepInvitationAccept;
  }
}
