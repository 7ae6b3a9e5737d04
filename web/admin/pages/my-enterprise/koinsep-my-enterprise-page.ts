import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ChangeRequestView, MyEnterprise } from '../../../../api/contract.ts';
import { ProblemError, errorText } from '../../../shared/api-client.ts';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { externalIcon } from '../../../shared/icons.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import { listChangeRequests } from '../../api/change-requests.ts';
import { listAreas } from '../../api/directory.ts';
import { getMyEnterprise, patchMyEnterprise, uploadLogo } from '../../api/my-enterprise.ts';
import { fieldLabel, showValue } from '../../labels/field-labels.ts';
import { changeRequestStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { focusField, ProfileDraft, profileFieldStyles, type Values } from './profile-draft.ts';
import { fieldsOf, sectionNote, sectionOf, sections, type Section, type SectionId } from './profile-sections.ts';

/**
 * The enterprise's profile editor (issue 5, issue 16): five sections (identity, contact, about,
 * places, workforce) as tabs, each saying once which of its changes wait for the municipality;
 * the seat municipality chosen by name; the position on the map (koinsep-position-field, the
 * map picker's seam); a link to the public page; the pending proposal; the logo; the status of
 * the enterprise's requests. One draft for all sections: switching sections loses nothing, and
 * Save sends every changed field. On a 412 it shows what changed on the server and reloads
 * without losing what the user typed.
 */
@localized()
@customElement('koinsep-my-enterprise-page')
export class KoinsepMyEnterprisePage extends LitElement {
  static override styles = [
    adminStyles,
    profileFieldStyles,
    css`
      .pending { background: var(--koinsep-color-warning-soft); border-color: var(--koinsep-color-warning); }
      .conflict { background: var(--koinsep-color-danger-soft); border-color: var(--koinsep-color-danger); }
      .note ul { margin: 0; padding-left: 1.2rem; }
      .note p { margin: var(--koinsep-space-1) 0 0; }
      [role='tablist'] { display: flex; flex-wrap: wrap; gap: var(--koinsep-space-2); margin: var(--koinsep-space-5) 0 0; padding: 0; max-width: 44rem; }
      [role='tab'] { border-radius: var(--koinsep-radius-pill); }
      [role='tab'][aria-selected='true'] { background: var(--koinsep-color-accent); color: var(--koinsep-color-accent-contrast); font-weight: 700; }
      [role='tabpanel'] { margin-top: var(--koinsep-space-3); }
      [role='tabpanel'] h2 { margin-top: 0; }
      .preview { display: inline-flex; align-items: center; gap: var(--koinsep-space-1); }
    `,
  ];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _server: MyEnterprise | null = null;
  /** The draft, the changed fields, the reasons by field, dates as typed; and each field's control. */
  private readonly _profile = new ProfileDraft(this);
  @state() private _message = '';
  @state() private _error = '';
  @state() private _busy = false;
  @state() private _conflict: { current: MyEnterprise; fields: string[] } | null = null;
  @state() private _requests: ChangeRequestView[] = [];
  @state() private _section: SectionId = 'identity';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
    listAreas(this.lang).then(
      (r) => ((this._profile.areas = r.items), this.requestUpdate()),
      () => undefined,
    );
  }

  /** What the editor starts from: the server's values with the pending proposal laid over them. */
  private _base(server: MyEnterprise): Values {
    return { ...server.profile, ...(server.pendingChange?.proposed ?? {}) };
  }

  private async _load(keepMine = false) {
    try {
      const server = await getMyEnterprise();
      this._profile.reset(this._base(server), keepMine);
      this._server = server;
      this._conflict = null;
      this._requests = (await listChangeRequests()).items;
    } catch (error) {
      this._error = errorText(error);
    }
  }

  /** Goes to the section of `field` and puts the focus on it (or on its group). */
  private async _focusField(field: string) {
    this._section = sectionOf(field);
    await this.updateComplete;
    focusField(this.renderRoot, field);
  }

  private async _save(event: Event) {
    event.preventDefault();
    if (!this._server) return;
    const base = this._base(this._server);
    const changes = this._profile.changesFrom(base);
    this._message = '';
    this._error = '';
    const ownErrors = this._profile.ownErrors(changes);
    if (ownErrors.length) {
      this._error = msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-enterprise.fix' });
      await this._focusField(ownErrors[0]!);
      return;
    }
    this._profile.setErrors({});
    if (Object.keys(changes).length === 0) {
      this._message = msg('Δεν αλλάξατε κάτι.', { id: 'my-enterprise.nothing' });
      return;
    }
    this._busy = true;
    try {
      const result = await patchMyEnterprise(changes, this._server.etag);
      const names = (fields: string[]) => fields.map((f) => fieldLabel(f)).join(', ');
      this._message = [
        result.appliedFields.length
          ? msg(str`Αποθηκεύτηκαν: ${names(result.appliedFields)}.`, { id: 'my-enterprise.applied' })
          : '',
        result.pendingFields.length
          ? msg(str`Στάλθηκε για έγκριση: ${names(result.pendingFields)}.`, { id: 'my-enterprise.sent' })
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      await this._load();
    } catch (error) {
      if (error instanceof ProblemError && error.status === 412) {
        const current = error.body.current as MyEnterprise;
        const theirs = this._base(current);
        const fields = Object.keys(theirs).filter(
          (f) => JSON.stringify(theirs[f] ?? null) !== JSON.stringify(base[f] ?? null),
        );
        this._conflict = { current, fields };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#conflict')?.focus();
      } else if (error instanceof ProblemError && error.invalidParams.length) {
        this._profile.setErrors(error.fieldErrors());
        this._error = msg('Διορθώστε τα επισημασμένα πεδία.', { id: 'my-enterprise.fix' });
        await this._focusField(error.invalidParams[0]!.name);
      } else this._error = errorText(error);
    } finally {
      this._busy = false;
    }
  }

  private async _uploadLogo(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this._error = '';
    try {
      const { logoId } = await uploadLogo(new FormData(form));
      this._profile.change({ logoId });
      await this._save(event);
      form.reset();
    } catch (error) {
      this._error = errorText(error);
    }
  }

  /** A value as the person reads it: the seat municipality by name. */
  private _shown(field: string, value: unknown): string {
    if (field === 'municipalityId' && typeof value === 'string')
      return this._profile.areas.find((a) => a.id === value)?.name ?? value;
    return showValue(value);
  }

  /** When the municipality last verified the profile, or null. */
  private _verification(v: MyEnterprise['verification']): string | null {
    if (!v.assuredDate) return null;
    return v.stale
      ? msg(
          str`Επαληθεύτηκε από τον Δήμο στις ${formatDate(v.assuredDate)} (πάνω από 12 μήνες: χρειάζεται νέα επαλήθευση).`,
          { id: 'my-enterprise.verified-stale' },
        )
      : msg(str`Επαληθεύτηκε από τον Δήμο στις ${formatDate(v.assuredDate)}.`, { id: 'my-enterprise.verified' });
  }

  /** Tabs (WAI-ARIA APG): arrows, Home and End move between them and show their section. */
  private _onTabKeydown(event: KeyboardEvent, all: Section[]) {
    const index = all.findIndex((s) => s.id === this._section);
    const next = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: all.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this._section = all[(next + all.length) % all.length]!.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this._section}`)?.focus());
  }

  private _tabs(all: Section[]) {
    return html`<div role="tablist" aria-label=${msg('Ενότητες του προφίλ', { id: 'my-enterprise.sections' })} @keydown=${(e: KeyboardEvent) => this._onTabKeydown(e, all)}>
      ${all.map((section) => {
        const selected = section.id === this._section;
        const changed =
          fieldsOf(section).some((f) => this._profile.dirty.has(f)) ||
          (section.id === 'about' && this._profile.dirty.has('logoId'));
        return html`<button type="button" role="tab" id="tab-${section.id}" aria-controls="panel-${section.id}" aria-selected=${selected ? 'true' : 'false'}
          tabindex=${selected ? '0' : '-1'} @click=${() => (this._section = section.id)}>
          ${section.title}${changed ? html`<span aria-hidden="true"> •</span><span class="visually-hidden"> (${msg('με αλλαγές που δεν αποθηκεύτηκαν', { id: 'my-enterprise.unsaved' })})</span>` : nothing}
        </button>`;
      })}
    </div>`;
  }

  private _panel(section: Section, server: MyEnterprise) {
    const noteId = `note-${section.id}`;
    return html`<div role="tabpanel" id="panel-${section.id}" aria-labelledby="tab-${section.id}" ?hidden=${section.id !== this._section}>
      <form class="card" @submit=${this._save} novalidate aria-labelledby="title-${section.id}" aria-describedby=${noteId}>
        <h2 id="title-${section.id}">${section.title}</h2>
        ${sectionNote(section, server.moderation, noteId)}
        ${section.fields.map((f) => this._profile.field(f))}
        <div class="actions"><button class="primary" type="submit" ?disabled=${this._busy}>${this._busy ? msg('Αποθήκευση…', { id: 'my-enterprise.saving' }) : msg('Αποθήκευση', { id: 'my-enterprise.save' })}</button></div>
      </form>
      ${section.id === 'about' ? this._logo(server) : nothing}
    </div>`;
  }

  private _logo(server: MyEnterprise) {
    return html`<section class="card" aria-labelledby="logo-title">
      <h2 id="logo-title">${msg('Λογότυπο', { id: 'my-enterprise.logo' })}</h2>
      ${server.logoUrl ? html`<img src=${server.logoUrl} alt="${msg('Λογότυπο', { id: 'my-enterprise.logo' })}: ${server.profile.tradeName ?? server.profile.legalName}" width="96" height="96" style="object-fit: contain" />` : nothing}
      <form @submit=${this._uploadLogo}>
        <label for="logo-file">${msg('Ανέβασμα λογοτύπου', { id: 'my-enterprise.upload' })}</label>
        <input id="logo-file" name="file" type="file" accept="image/png,image/jpeg,image/webp" required aria-describedby="logo-hint" />
        <p class="hint" id="logo-hint">${msg('PNG, JPEG ή WebP έως 2 MB. Δημοσιεύεται μετά την έγκριση.', { id: 'my-enterprise.logo-hint' })}</p>
        <div class="actions"><button type="submit">${msg('Ανέβασμα λογοτύπου', { id: 'my-enterprise.upload' })}</button></div>
      </form>
    </section>`;
  }

  /** The public page as residents see it (approved values only), once the profile is published. */
  private _preview(server: MyEnterprise) {
    if (server.profile.status !== 'published')
      return html`<p class="hint">${msg('Η δημόσια σελίδα θα υπάρξει όταν ο Δήμος δημοσιεύσει το προφίλ.', { id: 'my-enterprise.no-public-page' })}</p>`;
    return html`<p><a class="preview" href="/enterprises/${encodeURIComponent(server.slug)}" target="_blank" rel="noopener">
        ${externalIcon()}${msg('Προβολή της δημόσιας σελίδας', { id: 'my-enterprise.preview' })}<span class="visually-hidden"> (${msg('ανοίγει σε νέα καρτέλα', { id: 'my-enterprise.new-tab' })})</span></a>
      <span class="hint">${msg('Δείχνει ό,τι έχει εγκριθεί· όχι τις αλλαγές που περιμένουν.', { id: 'my-enterprise.preview-hint' })}</span></p>`;
  }

  private _conflictCard() {
    const conflict = this._conflict!;
    return html`<section class="card conflict" id="conflict" tabindex="-1" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">${msg('Κάποιος άλλος άλλαξε το προφίλ στο μεταξύ', { id: 'my-enterprise.conflict-title' })}</h2>
      <p>${msg('Δεν αποθηκεύτηκε τίποτα. Τα πεδία που διαφέρουν τώρα στον διακομιστή:', { id: 'my-enterprise.conflict-intro' })}</p>
      <ul>
        ${conflict.fields.map(
          (f) =>
            html`<li><strong>${fieldLabel(f)}</strong>: ${msg('Στον διακομιστή', { id: 'my-enterprise.server-value' })} «${this._shown(f, this._base(conflict.current)[f])}»${this._profile.dirty.has(f) ? html` · ${msg('Η τιμή σας', { id: 'my-enterprise.your-value' })} «${this._shown(f, this._profile.draft[f])}»` : nothing}</li>`,
        )}
      </ul>
      <div class="actions">
        <button class="primary" @click=${() => this._load(true)}>${msg('Ανανέωση κρατώντας τις αλλαγές μου', { id: 'my-enterprise.keep' })}</button>
        <button @click=${() => this._load(false)}>${msg('Ανανέωση χωρίς τις αλλαγές μου', { id: 'my-enterprise.discard' })}</button>
      </div>
    </section>`;
  }

  private _requestsTable() {
    if (this._requests.length === 0) return html`<p>${msg('Κανένα αίτημα ακόμη.', { id: 'my-enterprise.none' })}</p>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Τα αιτήματά μας', { id: 'my-enterprise.requests' })}><table>
      <thead><tr><th scope="col">${msg('Υποβλήθηκε', { id: 'my-enterprise.when' })}</th><th scope="col">${msg('Τι', { id: 'my-enterprise.what' })}</th><th scope="col">${msg('Κατάσταση', { id: 'my-enterprise.status' })}</th><th scope="col">${msg('Σχόλιο Δήμου', { id: 'my-enterprise.comment' })}</th></tr></thead>
      <tbody>${this._requests.map(
        (r) => html`<tr>
          <td>${formatDateTime(r.createdAt)}</td>
          <td>${r.kind === 'profile' ? msg('Προφίλ', { id: 'my-enterprise.profile' }) : msg('Υπηρεσία', { id: 'my-enterprise.service' })}: ${Object.keys(
            r.proposed,
          )
            .map((f) => fieldLabel(f))
            .join(', ')}</td>
          <td>${changeRequestStatusNames()[r.status]}</td>
          <td>${r.reviewComment ?? ''}</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
  }

  override render() {
    const server = this._server;
    if (!server)
      return html`<h1>${msg('Το προφίλ μας', { id: 'my-enterprise.title' })}</h1>${this._error ? html`<p class="error" role="alert">${this._error}</p>` : html`<p role="status">${msg('Φόρτωση…', { id: 'my-enterprise.loading' })}</p>`}`;
    const pending = server.pendingChange;
    const all = sections();
    return html`<h1>${msg('Το προφίλ μας', { id: 'my-enterprise.title' })}</h1>
      <p class="hint">${msg('Οι αλλαγές σε ό,τι βλέπει το κοινό ελέγχονται από τον Δήμο πριν δημοσιευτούν· τα ιδιωτικά στοιχεία επικοινωνίας αποθηκεύονται αμέσως.', { id: 'my-enterprise.intro' })}</p>
      <p>${this._verification(server.verification) ?? msg('Δεν έχει επαληθευτεί ακόμη από τον Δήμο.', { id: 'my-enterprise.not-verified' })}</p>
      ${this._preview(server)}
      ${
        pending
          ? html`<section class="card pending" aria-labelledby="pending-title">
            <h2 id="pending-title">${msg('Εκκρεμεί αίτημα αλλαγής', { id: 'my-enterprise.pending' })}</h2>
            <p>${msg('Τα πεδία αυτά εμφανίζονται με τις τιμές που προτείνατε· θα δημοσιευτούν όταν εγκριθούν.', { id: 'my-enterprise.pending-intro' })}</p>
            <details>
              <summary>${Object.keys(pending.proposed)
                .map((f) => fieldLabel(f))
                .join(', ')}</summary>
              <ul>${Object.entries(pending.proposed).map(([f, v]) => html`<li><strong>${fieldLabel(f)}</strong>: ${this._shown(f, v)}</li>`)}</ul>
            </details>
          </section>`
          : nothing
      }
      ${this._conflict ? this._conflictCard() : nothing}
      ${this._tabs(all)}
      ${all.map((section) => this._panel(section, server))}
      <div role="status" aria-live="polite">${this._message ? html`<p class="ok">${this._message}</p>` : nothing}</div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <h2>${msg('Τα αιτήματά μας', { id: 'my-enterprise.requests' })}</h2>
      ${this._requestsTable()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-my-enterprise-page': KoinsepMyEnterprisePage;
  }
}
