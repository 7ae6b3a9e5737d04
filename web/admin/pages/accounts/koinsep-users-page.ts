import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../../shared-styles.ts';
import type { InvitationDto, Role, UserDto } from '../../../../api/contract.ts';
import {
  deactivateUser,
  endUserSessions,
  listUsers,
  reactivateUser,
  resetUserMfa,
  updateUser,
} from '../../api/users.ts';
import { createInvitation, listInvitations, revokeInvitation } from '../../api/invitations.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { allRoles, roleNames } from '../../../shared/role-names.ts';
import { LANGUAGES, currentLang, toLang, type Lang } from '../../../shared/language.ts';
import { formatDateTime } from '../../../shared/format.ts';
import './koinsep-enterprise-picker.ts';

const isEnterpriseRole = (role: Role) => role === 'enterprise_manager' || role === 'enterprise_member';

/**
 * People and invitations. Admins manage everyone; staff see everyone and invite
 * enterprise people; a manager sees their enterprise and invites members to it.
 */
@localized()
@customElement('koinsep-users-page')
export class KoinsepUsersPage extends LitElement {
  static override styles = adminStyles;

  @property({ attribute: false }) user: UserDto | null = null;
  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _users: UserDto[] = [];
  @state() private _invitations: InvitationDto[] = [];
  @state() private _status = '';
  @state() private _error = '';
  @state() private _fieldErrors: Record<string, string> = {};
  @state() private _busy = false;
  @state() private _inviteRole: Role | null = null;
  @state() private _inviteEnterpriseId = '';
  /** The account whose role is being changed (admins only). */
  @state() private _editing: { id: string; role: Role; enterpriseId: string; error: Record<string, string> } | null =
    null;

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
      this._error = errorText(error);
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
    const enterpriseId = this._inviteEnterpriseId;
    this._fieldErrors = {};
    if (isEnterpriseRole(role) && this.user!.role !== 'enterprise_manager' && !enterpriseId) {
      this._fieldErrors = { enterpriseId: msg('Διαλέξτε επιχείρηση από τη λίστα.', { id: 'users.choose-enterprise' }) };
      return;
    }
    this._busy = true;
    try {
      const invitation = await createInvitation({
        email: String(form.get('email')),
        role,
        ...(enterpriseId && role.startsWith('enterprise') ? { enterpriseId } : {}),
        locale: toLang(String(form.get('locale'))),
      });
      this._status = msg(str`Στάλθηκε πρόσκληση στο ${invitation.email}.`, { id: 'users.invited' });
      formElement.reset();
      this._inviteRole = null;
      this._inviteEnterpriseId = '';
      this.renderRoot.querySelector('koinsep-enterprise-picker')?.clear();
      await this._reload();
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length) {
        this._fieldErrors = Object.fromEntries(error.invalidParams.map((p) => [p.name, p.reason]));
      } else this._error = errorText(error);
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
      this._error = errorText(error);
    }
  }

  private _startRoleChange(person: UserDto) {
    this._editing = { id: person.id, role: person.role, enterpriseId: person.enterprise?.id ?? '', error: {} };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLSelectElement>('#role-change-role')?.focus());
  }

  private _cancelRoleChange(person: UserDto) {
    this._editing = null;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-role-change="${person.id}"]`)?.focus(),
    );
  }

  private async _onRoleChange(event: SubmitEvent, person: UserDto) {
    event.preventDefault();
    const editing = this._editing!;
    this._error = '';
    if (isEnterpriseRole(editing.role) && !editing.enterpriseId) {
      this._editing = {
        ...editing,
        error: { enterpriseId: msg('Διαλέξτε επιχείρηση από τη λίστα.', { id: 'users.choose-enterprise' }) },
      };
      return;
    }
    this._busy = true;
    try {
      await updateUser(person.id, {
        role: editing.role,
        enterpriseId: isEnterpriseRole(editing.role) ? editing.enterpriseId || null : null,
      });
      if (person.id === this.user!.id) {
        // Our own sessions ended with the change: sign in again to get the new role.
        location.assign('/admin/');
        return;
      }
      this._editing = null;
      this._status = msg(str`Ο ρόλος του ${person.email} άλλαξε. Οι συνδέσεις του τερματίστηκαν.`, {
        id: 'users.role-changed',
      });
      await this._reload();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-role-change="${person.id}"]`)?.focus(),
      );
    } catch (error) {
      if (error instanceof ProblemError && error.invalidParams.length) {
        const lastAdmin = msg('Είστε ο τελευταίος ενεργός διαχειριστής: ορίστε πρώτα άλλον διαχειριστή.', {
          id: 'users.last-admin',
        });
        this._editing = {
          ...editing,
          error: Object.fromEntries(
            error.invalidParams.map((p) => [p.name, error.code === 'last_admin' ? lastAdmin : p.reason]),
          ),
        };
      } else this._error = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private _roleChangeForm(person: UserDto) {
    const editing = this._editing!;
    return html`<form class="role-change" @submit=${(e: SubmitEvent) => this._onRoleChange(e, person)} novalidate
        aria-label=${msg(str`Αλλαγή ρόλου: ${person.email}`, { id: 'users.change-role-of' })}>
      <label for="role-change-role">${msg('Νέος ρόλος', { id: 'users.new-role' })}</label>
      <select id="role-change-role" aria-invalid=${editing.error.role ? 'true' : 'false'} aria-describedby="role-change-role-error role-change-hint"
        @change=${(e: Event) => (this._editing = { ...editing, role: (e.target as HTMLSelectElement).value as Role, error: {} })}>
        ${allRoles().map((r) => html`<option value=${r} ?selected=${r === editing.role}>${roleNames()[r]}</option>`)}
      </select>
      <p id="role-change-role-error" class="error">${editing.error.role ?? nothing}</p>
      ${
        isEnterpriseRole(editing.role)
          ? html`<koinsep-enterprise-picker
            .label=${msg('Επιχείρηση', { id: 'users.enterprise' })}
            .value=${editing.enterpriseId}
            .error=${editing.error.enterpriseId ?? ''}
            @enterprise-change=${(e: CustomEvent<string | null>) => (this._editing = { ...this._editing!, enterpriseId: e.detail ?? '', error: {} })}
          ></koinsep-enterprise-picker>`
          : nothing
      }
      <p class="hint" id="role-change-hint">${msg('Η αλλαγή τερματίζει όλες τις συνδέσεις του λογαριασμού.', { id: 'users.role-change-hint' })}</p>
      <div class="actions">
        <button class="primary" ?disabled=${this._busy}>${msg('Αποθήκευση ρόλου', { id: 'users.save-role' })}</button>
        <button type="button" @click=${() => this._cancelRoleChange(person)}>${msg('Άκυρο', { id: 'users.cancel' })}</button>
      </div>
    </form>`;
  }

  private _actions(person: UserDto) {
    const me = this.user!;
    const isAdmin = me.role === 'admin';
    if (isAdmin && this._editing?.id === person.id) return this._roleChangeForm(person);
    const changeRole = isAdmin
      ? html`<button type="button" data-role-change=${person.id} @click=${() => this._startRoleChange(person)}>
          ${msg('Αλλαγή ρόλου', { id: 'users.change-role' })}<span class="visually-hidden"> ${person.email}</span></button>`
      : nothing;
    if (person.id === me.id) return isAdmin ? html`<div class="actions">${changeRole}</div>` : nothing;
    const managesMember = me.role === 'enterprise_manager' && person.role === 'enterprise_member';
    if (!isAdmin && !managesMember) return nothing;
    return html`<div class="actions">
      ${changeRole}
      ${
        person.status === 'active'
          ? html`<button class="danger" type="button" @click=${() => this._act(() => deactivateUser(person.id), msg(str`Ο λογαριασμός ${person.email} απενεργοποιήθηκε.`, { id: 'users.deactivated' }))}>
            ${msg('Απενεργοποίηση', { id: 'users.deactivate' })}<span class="visually-hidden"> ${person.email}</span></button>`
          : html`<button type="button" @click=${() => this._act(() => reactivateUser(person.id), msg(str`Ο λογαριασμός ${person.email} ενεργοποιήθηκε.`, { id: 'users.reactivated' }))}>
            ${msg('Ενεργοποίηση', { id: 'users.reactivate' })}<span class="visually-hidden"> ${person.email}</span></button>`
      }
      <button type="button" @click=${() => this._act(() => endUserSessions(person.id), msg(str`Οι συνδέσεις του ${person.email} τερματίστηκαν.`, { id: 'users.sessions-ended' }))}>
        ${msg('Τερματισμός συνδέσεων', { id: 'users.end-sessions' })}<span class="visually-hidden"> ${person.email}</span></button>
      ${
        isAdmin && person.mfaEnabled
          ? html`<button type="button" @click=${() => this._act(() => resetUserMfa(person.id), msg(str`Το δεύτερο βήμα του ${person.email} καταργήθηκε.`, { id: 'users.mfa-was-reset' }))}>
            ${msg('Επαναφορά 2ου βήματος', { id: 'users.reset-mfa' })}<span class="visually-hidden"> ${person.email}</span></button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    if (!this.user) return nothing;
    const roles = this._invitableRoles();
    const inviteRole = this._inviteRole ?? roles[0]!;
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
          <select id="invite-role" name="role" @change=${(e: Event) => (this._inviteRole = (e.target as HTMLSelectElement).value as Role)}>
            ${roles.map((r) => html`<option value=${r}>${roleNames()[r]}</option>`)}
          </select>
          ${
            this.user.role !== 'enterprise_manager' && isEnterpriseRole(inviteRole)
              ? html`<koinsep-enterprise-picker
                .label=${msg('Επιχείρηση', { id: 'users.enterprise' })}
                .value=${this._inviteEnterpriseId}
                .error=${err('enterpriseId') ?? ''}
                @enterprise-change=${(e: CustomEvent<string | null>) => (this._inviteEnterpriseId = e.detail ?? '')}
              ></koinsep-enterprise-picker>`
              : nothing
          }
          <label for="invite-locale">${msg('Γλώσσα μηνύματος', { id: 'users.mail-language' })}</label>
          <select id="invite-locale" name="locale">${LANGUAGES.map((l) => html`<option value=${l.id} lang=${l.id}>${l.name}</option>`)}</select>
          <div class="actions"><button class="primary" ?disabled=${this._busy}>${msg('Αποστολή πρόσκλησης', { id: 'users.send-invite' })}</button></div>
        </form>
      </section>
      <h2>${msg('Εκκρεμείς προσκλήσεις', { id: 'users.pending' })}</h2>
      ${
        this._invitations.length === 0
          ? html`<p>${msg('Καμία.', { id: 'users.none' })}</p>`
          : html`<div class="table-wrap"><table>
            <thead><tr><th scope="col">${msg('E-mail', { id: 'signin.email' })}</th><th scope="col">${msg('Ρόλος', { id: 'users.role' })}</th><th scope="col">${msg('Λήγει', { id: 'users.expires' })}</th><th scope="col"><span class="visually-hidden">${msg('Ενέργειες', { id: 'users.actions' })}</span></th></tr></thead>
            <tbody>${this._invitations.map(
              (i) => html`<tr>
              <td>${i.email}</td><td>${roleNames()[i.role]}${i.enterprise ? html`<br />${i.enterprise.name}` : nothing}</td><td>${formatDateTime(i.expiresAt)}</td>
              <td><button type="button" @click=${() => this._act(() => revokeInvitation(i.id), msg('Η πρόσκληση ανακλήθηκε.', { id: 'users.revoked' }))}>
                ${msg('Ανάκληση', { id: 'users.revoke' })}<span class="visually-hidden"> ${i.email}</span></button></td></tr>`,
            )}
            </tbody></table></div>`
      }
      <h2>${msg('Λογαριασμοί', { id: 'users.accounts' })}</h2>
      <div class="table-wrap"><table>
        <thead><tr><th scope="col">${msg('Όνομα', { id: 'users.name' })}</th><th scope="col">${msg('Ρόλος', { id: 'users.role' })}</th><th scope="col">${msg('Κατάσταση', { id: 'users.status' })}</th><th scope="col">${msg('Τελευταία είσοδος', { id: 'users.last-sign-in' })}</th><th scope="col"><span class="visually-hidden">${msg('Ενέργειες', { id: 'users.actions' })}</span></th></tr></thead>
        <tbody>${this._users.map(
          (u) => html`<tr>
          <td>${u.name}<br /><small>${u.email}</small></td>
          <td>${roleNames()[u.role]}${u.enterprise ? html`<br />${u.enterprise.name}` : nothing}</td>
          <td>${u.status === 'active' ? msg('Ενεργός', { id: 'users.active' }) : msg('Ανενεργός', { id: 'users.inactive' })}${u.mfaEnabled ? html`<br />${msg('με 2ο βήμα', { id: 'users.with-mfa' })}` : nothing}</td>
          <td>${formatDateTime(u.lastSignInAt)}</td>
          <td>${this._actions(u)}</td></tr>`,
        )}
        </tbody></table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-users-page': KoinsepUsersPage;
  }
}
