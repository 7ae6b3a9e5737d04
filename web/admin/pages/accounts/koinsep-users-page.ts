import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import { deactivateUser, endUserSessions, listUsers, reactivateUser, resetUserMfa, type UserDto } from '../../api/users.ts';
import { createInvitation, listInvitations, revokeInvitation, type InvitationDto, type Role } from '../../api/invitations.ts';
import { ProblemError } from '../../api/http.ts';
import { ROLE_NAMES } from '../../koinsep-admin-app.ts';
import { intlLocale, type AdminLang } from '../../localization.ts';
import type { ShellUser } from '../../pages.ts';

/**
 * People and invitations. Admins manage everyone; staff see everyone and invite
 * enterprise people; a manager sees their enterprise and invites members to it.
 */
@localized()
@customElement('koinsep-users-page')
export class KoinsepUsersPage extends LitElement {
  static override styles = adminStyles;

  @property({ attribute: false }) user: ShellUser | null = null;
  @property({ reflect: true }) override lang: AdminLang = 'el';
  @state() private _users: UserDto[] = [];
  @state() private _invitations: InvitationDto[] = [];
  @state() private _status = '';
  @state() private _error = '';
  @state() private _fieldErrors: Record<string, string> = {};
  @state() private _busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this._reload();
  }

  private async _reload() {
    try {
      const [users, invitations] = await Promise.all([listUsers(), listInvitations('pending')]);
      this._users = users.items;
      this._invitations = invitations.items;
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _invitableRoles(): Role[] {
    switch (this.user?.role) {
      case 'admin':
        return ['staff', 'admin', 'enterprise_manager', 'enterprise_member'];
      case 'staff':
        return ['enterprise_manager', 'enterprise_member'];
      default:
        return ['enterprise_member'];
    }
  }

  private async _onInvite(event: SubmitEvent) {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const role = String(form.get('role')) as Role;
    const enterpriseId = String(form.get('enterpriseId') ?? '').trim();
    this._fieldErrors = {};
    this._busy = true;
    try {
      const invitation = await createInvitation({
        email: String(form.get('email')),
        role,
        ...(enterpriseId && role.startsWith('enterprise') ? { enterpriseId } : {}),
        locale: String(form.get('locale')) === 'en' ? 'en' : 'el',
      });
      this._status = msg(str`Στάλθηκε πρόσκληση στο ${invitation.email}.`, { id: 'users.invited' });
      formElement.reset();
      await this._reload();
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._fieldErrors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
      } else this._error = (error as Error).message;
    } finally {
      this._busy = false;
    }
  }

  private async _act(work: () => Promise<unknown>, done: string) {
    this._error = '';
    try {
      await work();
      this._status = done;
      await this._reload();
    } catch (error) {
      this._error = (error as Error).message;
    }
  }

  private _date(iso: string | null) {
    return iso ? new Date(iso).toLocaleString(intlLocale(this.lang), { dateStyle: 'short', timeStyle: 'short' }) : '—';
  }

  private _actions(person: UserDto) {
    const me = this.user!;
    if (person.id === me.id) return nothing;
    const isAdmin = me.role === 'admin';
    const managesMember = me.role === 'enterprise_manager' && person.role === 'enterprise_member';
    if (!isAdmin && !managesMember) return nothing;
    return html`<div class="actions">
      ${person.status === 'active'
        ? html`<button class="danger" type="button" @click=${() => this._act(() => deactivateUser(person.id), msg(str`Ο λογαριασμός ${person.email} απενεργοποιήθηκε.`, { id: 'users.deactivated' }))}>
            ${msg('Απενεργοποίηση', { id: 'users.deactivate' })}<span class="visually-hidden"> ${person.email}</span></button>`
        : html`<button type="button" @click=${() => this._act(() => reactivateUser(person.id), msg(str`Ο λογαριασμός ${person.email} ενεργοποιήθηκε.`, { id: 'users.reactivated' }))}>
            ${msg('Ενεργοποίηση', { id: 'users.reactivate' })}<span class="visually-hidden"> ${person.email}</span></button>`}
      <button type="button" @click=${() => this._act(() => endUserSessions(person.id), msg(str`Οι συνδέσεις του ${person.email} τερματίστηκαν.`, { id: 'users.sessions-ended' }))}>
        ${msg('Τερματισμός συνδέσεων', { id: 'users.end-sessions' })}<span class="visually-hidden"> ${person.email}</span></button>
      ${isAdmin && person.mfaEnabled
        ? html`<button type="button" @click=${() => this._act(() => resetUserMfa(person.id), msg(str`Το δεύτερο βήμα του ${person.email} καταργήθηκε.`, { id: 'users.mfa-was-reset' }))}>
            ${msg('Επαναφορά 2ου βήματος', { id: 'users.reset-mfa' })}<span class="visually-hidden"> ${person.email}</span></button>`
        : nothing}
    </div>`;
  }

  override render() {
    if (!this.user) return nothing;
    const roles = this._invitableRoles();
    const err = (f: string) => this._fieldErrors[f];
    return html`
      <h1>${msg('Χρήστες και προσκλήσεις', { id: 'users.title' })}</h1>
      <p role="status" class="ok">${this._status}</p>
      ${this._error ? html`<p role="alert" class="error">${this._error}</p>` : nothing}
      <section class="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">${msg('Νέα πρόσκληση', { id: 'users.invite-title' })}</h2>
        <form @submit=${this._onInvite} novalidate>
          <label for="invite-email">${msg('E-mail', { id: 'signin.email' })}</label>
          <input id="invite-email" name="email" type="email" required aria-invalid=${err('email') ? 'true' : 'false'} aria-describedby="invite-email-error" />
          <p id="invite-email-error" class="error">${err('email') ?? nothing}</p>
          <label for="invite-role">${msg('Ρόλος', { id: 'users.role' })}</label>
          <select id="invite-role" name="role">${roles.map((r) => html`<option value=${r}>${ROLE_NAMES()[r]}</option>`)}</select>
          ${this.user.role === 'enterprise_manager'
            ? nothing
            : html`<label for="invite-enterprise">${msg('Κωδικός επιχείρησης (για ρόλους επιχείρησης)', { id: 'users.enterprise-id' })}</label>
                <input id="invite-enterprise" name="enterpriseId" aria-invalid=${err('enterpriseId') ? 'true' : 'false'} aria-describedby="invite-enterprise-error" />
                <p id="invite-enterprise-error" class="error">${err('enterpriseId') ?? nothing}</p>`}
          <label for="invite-locale">${msg('Γλώσσα μηνύματος', { id: 'users.mail-language' })}</label>
          <select id="invite-locale" name="locale"><option value="el">Ελληνικά</option><option value="en" lang="en">English</option></select>
          <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Αποστολή πρόσκλησης', { id: 'users.send-invite' })}</button></div>
        </form>
      </section>
      <h2>${msg('Εκκρεμείς προσκλήσεις', { id: 'users.pending' })}</h2>
      ${this._invitations.length === 0
        ? html`<p>${msg('Καμία.', { id: 'users.none' })}</p>`
        : html`<div class="table-wrap"><table>
            <thead><tr><th scope="col">${msg('E-mail', { id: 'signin.email' })}</th><th scope="col">${msg('Ρόλος', { id: 'users.role' })}</th><th scope="col">${msg('Λήγει', { id: 'users.expires' })}</th><th scope="col"><span class="visually-hidden">${msg('Ενέργειες', { id: 'users.actions' })}</span></th></tr></thead>
            <tbody>${this._invitations.map((i) => html`<tr>
              <td>${i.email}</td><td>${ROLE_NAMES()[i.role]}${i.enterprise ? html`<br />${i.enterprise.name}` : nothing}</td><td>${this._date(i.expiresAt)}</td>
              <td><button type="button" @click=${() => this._act(() => revokeInvitation(i.id), msg('Η πρόσκληση ανακλήθηκε.', { id: 'users.revoked' }))}>
                ${msg('Ανάκληση', { id: 'users.revoke' })}<span class="visually-hidden"> ${i.email}</span></button></td></tr>`)}
            </tbody></table></div>`}
      <h2>${msg('Λογαριασμοί', { id: 'users.accounts' })}</h2>
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">${msg('Όνομα', { id: 'users.name' })}</th><th scope="col">${msg('Ρόλος', { id: 'users.role' })}</th><th scope="col">${msg('Κατάσταση', { id: 'users.status' })}</th><th scope="col">${msg('Τελευταία είσοδος', { id: 'users.last-sign-in' })}</th><th scope="col"><span class="visually-hidden">${msg('Ενέργειες', { id: 'users.actions' })}</span></th></tr></thead>
        <tbody>${this._users.map((u) => html`<tr>
          <td>${u.name}<br /><small>${u.email}</small></td>
          <td>${ROLE_NAMES()[u.role]}${u.enterprise ? html`<br />${u.enterprise.name}` : nothing}</td>
          <td>${u.status === 'active' ? msg('Ενεργός', { id: 'users.active' }) : msg('Ανενεργός', { id: 'users.inactive' })}${u.mfaEnabled ? html`<br />${msg('με 2ο βήμα', { id: 'users.with-mfa' })}` : nothing}</td>
          <td>${this._date(u.lastSignInAt)}</td>
          <td>${this._actions(u)}</td></tr>`)}
        </tbody></table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-users-page': KoinsepUsersPage;
  }
}
