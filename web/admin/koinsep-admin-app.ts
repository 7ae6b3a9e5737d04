import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from './shared-styles.ts';
import type { UserDto } from '../../api/contract.ts';
import { LANGUAGES, currentLang, storedLang, switchLang, type Lang } from '../shared/language.ts';
import { roleNames } from '../shared/role-names.ts';
import { currentSession, logout } from './api/auth.ts';
import { pagesFor, PAGES, type AdminPage } from './pages.ts';
import './pages/accounts/koinsep-sign-in.ts';

/** Pages reachable without signing in (links from e-mails, the sign-in itself). */
const PUBLIC_ROUTES: Record<string, () => Promise<unknown>> = {
  'sign-in': async () => undefined,
  invitation: () => import('./pages/accounts/koinsep-invitation-accept.ts'),
  'reset-password': () => import('./pages/accounts/koinsep-password-reset.ts'),
};

/**
 * The staff app shell at /admin/: who is signed in, navigation by role from pages.ts,
 * client-side routes (History API), language switch (one button per other language) and sign-out.
 */
@localized()
@customElement('koinsep-admin-app')
export class KoinsepAdminApp extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { min-height: 100vh; display: flex; flex-direction: column; }
      .skip { position: absolute; left: -999px; top: 0; background: #fff; color: #1d4f91; padding: 0.5rem; z-index: 10; }
      .skip:focus { left: 0.5rem; }
      header { background: #1d4f91; color: #fff; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
      header .brand { font-weight: 700; font-size: 1.1rem; color: #fff; text-decoration: none; margin-right: auto; }
      header button { border-color: #fff; color: #fff; background: transparent; }
      header .who { font-size: 0.95rem; }
      nav ul { list-style: none; margin: 0; padding: 0.25rem 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; background: #e8eef7; }
      nav a { display: inline-block; padding: 0.6rem 0.25rem; min-height: 2.75rem; box-sizing: border-box; }
      nav a[aria-current='page'] { font-weight: 700; text-decoration-thickness: 3px; }
      main { flex: 1; padding: 1rem; max-width: 72rem; width: 100%; box-sizing: border-box; margin: 0 auto; }
      main:focus { outline: none; }
      footer { padding: 1rem; color: #4a4a4a; font-size: 0.9rem; text-align: center; }
    `,
  ];

  @state() private _user: UserDto | null = null;
  @state() private _loading = true;
  @state() private _path = '';
  @state() private _pageError = '';
  private readonly _pageElements = new Map<string, HTMLElement>();

  override connectedCallback(): void {
    super.connectedCallback();
    void switchLang(storedLang());
    this._path = this._currentPath();
    window.addEventListener('popstate', this._onPopState);
    void this._loadSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this._onPopState);
    super.disconnectedCallback();
  }

  private _currentPath(): string {
    return location.pathname.replace(/^\/admin\/?/, '').replace(/\/$/, '');
  }

  private readonly _onPopState = () => {
    this._path = this._currentPath();
  };

  private async _loadSession() {
    try {
      this._user = (await currentSession()).user;
    } catch {
      this._user = null;
    }
    this._loading = false;
  }

  /** Client-side navigation for links inside the app. */
  navigate(path: string) {
    const target = `/admin/${path}`;
    if (location.pathname + location.hash !== target) history.pushState(null, '', target);
    this._path = path.split('#')[0]!.replace(/\/$/, '');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus());
  }

  private _onNavClick(event: MouseEvent) {
    const link = (event.composedPath()[0] as HTMLElement).closest?.('a');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/admin/') || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    this.navigate(href.slice('/admin/'.length));
  }

  private async _onSignedIn(event: CustomEvent<{ user: UserDto }>) {
    this._user = event.detail.user;
    this._pageElements.clear();
    this.navigate(this._path === 'sign-in' || PUBLIC_ROUTES[this._path] ? '' : this._path);
  }

  private async _onSignOut() {
    try {
      await logout();
    } finally {
      this._user = null;
      this._pageElements.clear();
      this.navigate('sign-in');
    }
  }

  private async _onLang(lang: Lang) {
    await switchLang(lang);
    for (const element of this._pageElements.values()) (element as HTMLElement & { lang: string }).lang = lang;
    this.requestUpdate();
  }

  private _page(page: AdminPage) {
    let element = this._pageElements.get(page.path);
    if (!element) {
      element = document.createElement(page.tag);
      this._pageElements.set(page.path, element);
      page.load().catch(() => {
        this._pageError = msg('Η σελίδα δεν φορτώθηκε. Ανανεώστε τη σελίδα.', { id: 'shell.page-load-failed' });
      });
    }
    Object.assign(element, { lang: currentLang(), user: this._user });
    return element;
  }

  private _main() {
    if (this._loading) return html`<p role="status">${msg('Φόρτωση…', { id: 'shell.loading' })}</p>`;
    const publicRoute = PUBLIC_ROUTES[this._path];
    if (this._path === 'invitation' || this._path === 'reset-password') {
      void publicRoute!();
      return this._path === 'invitation'
        ? html`<koinsep-invitation-accept @navigate=${(e: CustomEvent<string>) => this.navigate(e.detail)}></koinsep-invitation-accept>`
        : html`<koinsep-password-reset @navigate=${(e: CustomEvent<string>) => this.navigate(e.detail)}></koinsep-password-reset>`;
    }
    if (!this._user) {
      return html`<koinsep-sign-in @signed-in=${this._onSignedIn} @navigate=${(e: CustomEvent<string>) => this.navigate(e.detail)}></koinsep-sign-in>`;
    }
    if (this._path === '' || this._path === 'sign-in') return this._home();
    const page = PAGES.find((p) => p.path === this._path);
    if (!page || !page.roles.includes(this._user.role)) {
      return html`<h1>${msg('Η σελίδα δεν βρέθηκε', { id: 'shell.not-found' })}</h1>
        <p><a href="/admin/">${msg('Αρχική', { id: 'shell.home' })}</a></p>`;
    }
    return html`${this._pageError ? html`<p class="error" role="alert">${this._pageError}</p>` : nothing}${this._page(page)}`;
  }

  private _home() {
    const user = this._user!;
    return html`<h1>${msg('Καλώς ήρθατε', { id: 'shell.welcome' })}, ${user.name}</h1>
      <p>${roleNames()[user.role]}${user.enterprise ? html` · ${user.enterprise.name}` : nothing}</p>
      <ul>
        ${pagesFor(user.role).map((p) => html`<li><a href="/admin/${p.path}">${p.label()}</a></li>`)}
      </ul>`;
  }

  override updated() {
    const page = PAGES.find((p) => p.path === this._path);
    const app = msg('Μητρώο ΚοινΣΕπ', { id: 'shell.brand' });
    document.title = page && this._user ? `${page.label()} — ${app}` : app;
  }

  override render() {
    const lang = currentLang();
    const user = this._user;
    return html`
      <header @click=${this._onNavClick}>
        <!-- A button, not a #main link: fragment links cannot reach into the shadow root. -->
        <button type="button" class="skip" @click=${() => this.renderRoot.querySelector<HTMLElement>('main')?.focus()}>${msg('Μετάβαση στο περιεχόμενο', { id: 'shell.skip' })}</button>
        <a class="brand" href="/admin/">${msg('Μητρώο ΚοινΣΕπ', { id: 'shell.brand' })}</a>
        ${user ? html`<span class="who">${user.name} · ${roleNames()[user.role]}</span>` : nothing}
        ${LANGUAGES.filter((l) => l.id !== lang).map((l) => html`<button type="button" lang=${l.id} @click=${() => this._onLang(l.id)}>${l.name}</button>`)}
        ${user ? html`<button type="button" @click=${this._onSignOut}>${msg('Αποσύνδεση', { id: 'shell.sign-out' })}</button>` : nothing}
      </header>
      ${user
        ? html`<nav aria-label=${msg('Κύρια πλοήγηση', { id: 'shell.nav' })} @click=${this._onNavClick}>
            <ul>
              ${pagesFor(user.role).filter((p) => p.nav !== false).map(
                (p) => html`<li><a href="/admin/${p.path}" aria-current=${p.path === this._path ? 'page' : 'false'}>${p.label()}</a></li>`,
              )}
            </ul>
          </nav>`
        : nothing}
      <main id="main" tabindex="-1" @click=${this._onNavClick}>${this._main()}</main>
      <footer>${msg('Δήμος Χαλανδρίου · Μητρώο Κοινωνικών Επιχειρήσεων', { id: 'shell.footer' })}</footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-admin-app': KoinsepAdminApp;
  }
}
