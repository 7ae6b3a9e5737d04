import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from './shared-styles.ts';
import type { UserDto } from '../../api/contract.ts';
import { LANGUAGES, currentLang, storedLang, switchLang, type Lang } from '../shared/language.ts';
import { roleNames } from '../shared/role-names.ts';
import { currentSession, logout } from './api/auth.ts';
import { navigationFor, PAGES, type AdminPage } from './pages.ts';
import { closeIcon, menuIcon } from '../shared/icons.ts';
import { onSessionEnded } from '../shared/api-client.ts';
import type { KoinsepDialog } from './components/koinsep-dialog.ts';
import './components/koinsep-dialog.ts';
import './pages/accounts/koinsep-sign-in.ts';

/** Pages reachable without signing in (links from e-mails, the sign-in itself). */
const PUBLIC_ROUTES: Record<string, () => Promise<unknown>> = {
  'sign-in': async () => undefined,
  invitation: () => import('./pages/accounts/koinsep-invitation-accept.ts'),
  'reset-password': () => import('./pages/accounts/koinsep-password-reset.ts'),
};

/**
 * The staff app shell at /admin/: who is signed in, the navigation by role from pages.ts in
 * groups (a side column; on phones folded behind a menu button), client-side routes (History
 * API), language switch (one button per other language), sign-out, and the sign-in-again
 * dialog when the session ends under an open page (installed as the API client's hook).
 */
@localized()
@customElement('koinsep-admin-app')
export class KoinsepAdminApp extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { min-height: 100vh; display: flex; flex-direction: column; background: var(--koinsep-color-background); }
      .skip { position: absolute; left: -999px; top: 0; background: var(--koinsep-color-surface); color: var(--koinsep-color-accent); padding: var(--koinsep-space-2); z-index: 10; }
      .skip:focus { left: var(--koinsep-space-2); }
      header {
        background: var(--koinsep-color-accent); color: var(--koinsep-color-accent-contrast);
        padding: var(--koinsep-space-2) var(--koinsep-space-4); display: flex; align-items: center; gap: var(--koinsep-space-2) var(--koinsep-space-4);
      }
      header .brand { font-weight: 700; font-size: var(--koinsep-font-size-large); color: inherit; text-decoration: none; margin-right: auto; padding: var(--koinsep-space-2) 0; }
      header button { border-color: var(--koinsep-color-accent-contrast); color: inherit; background: transparent; }
      header :focus-visible { outline-color: var(--koinsep-color-focus-inverse); }
      .icon { flex: none; }
      .short { display: none; }
      #menu-toggle { display: none; }
      .layout { flex: 1; display: flex; align-items: flex-start; width: 100%; max-width: 84rem; margin: 0 auto; box-sizing: border-box; }
      #site-menu {
        flex: none; width: 16rem; box-sizing: border-box; padding: var(--koinsep-space-4); position: sticky; top: 0;
        max-height: 100vh; overflow-y: auto;
      }
      .who { margin: 0 0 var(--koinsep-space-4); padding-bottom: var(--koinsep-space-3); border-bottom: 1px solid var(--koinsep-color-border); }
      .who .name { font-weight: 700; display: block; }
      .who .role { color: var(--koinsep-color-muted); font-size: var(--koinsep-font-size-small); display: block; margin-bottom: var(--koinsep-space-2); }
      .group-name {
        margin: var(--koinsep-space-4) 0 var(--koinsep-space-1); font-size: var(--koinsep-font-size-small); font-weight: 700;
        text-transform: uppercase; letter-spacing: 0.04em; color: var(--koinsep-color-muted);
      }
      nav ul { list-style: none; margin: 0; padding: 0; }
      nav a {
        display: flex; align-items: center; min-height: var(--koinsep-target-size); box-sizing: border-box; padding: var(--koinsep-space-1) var(--koinsep-space-3);
        border-radius: var(--koinsep-radius-small); text-decoration: none; color: var(--koinsep-color-accent);
      }
      nav a:hover { background: var(--koinsep-color-accent-soft); text-decoration: underline; }
      /* The current page: a bar and bold text, not colour alone. */
      nav a[aria-current='page'] { font-weight: 700; background: var(--koinsep-color-accent-soft); box-shadow: inset 4px 0 0 var(--koinsep-color-accent); }
      main { flex: 1; min-width: 0; padding: var(--koinsep-space-4); box-sizing: border-box; }
      main:focus { outline: none; }
      footer { padding: var(--koinsep-space-4); color: var(--koinsep-color-muted); font-size: var(--koinsep-font-size-small); text-align: center; }
      .home-groups { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: var(--koinsep-space-4); padding: 0; margin: 0; list-style: none; }
      .home-groups > li { margin: 0; }
      .home-groups h2 { margin-top: 0; }
      .home-groups ul { padding-left: var(--koinsep-space-5); }
      .home-groups li li { margin: var(--koinsep-space-2) 0; }
      /* Phones and narrow windows: the navigation folds behind the menu button (a disclosure). */
      @media (max-width: 56rem) {
        .long { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .short { display: inline; }
        #menu-toggle { display: inline-flex; }
        header { padding: var(--koinsep-space-2) var(--koinsep-space-3); gap: var(--koinsep-space-2); }
        header .brand { font-size: var(--koinsep-font-size-base); white-space: nowrap; }
        header button { padding: 0.4rem 0.75rem; }
        .layout { display: block; }
        #site-menu { width: auto; position: static; max-height: none; background: var(--koinsep-color-surface); border-bottom: 1px solid var(--koinsep-color-border); }
        #site-menu:not(.open) { display: none; }
        .groups { columns: 2 14rem; column-gap: var(--koinsep-space-5); }
        nav .group { break-inside: avoid; }
      }
    `,
  ];

  @state() private _user: UserDto | null = null;
  @state() private _loading = true;
  @state() private _path = '';
  @state() private _pageError = '';
  /** The navigation is open (phones and narrow windows; wider, it is always shown). */
  @state() private _menuOpen = false;
  /** The session ended under the page: the sign-in-again dialog is showing. */
  @state() private _signedOut = false;
  /** The sign-in-again in progress; every request refused meanwhile waits for it. */
  private _signingInAgain: Promise<boolean> | null = null;
  private readonly _pageElements = new Map<string, HTMLElement>();

  override connectedCallback(): void {
    super.connectedCallback();
    void switchLang(storedLang());
    this._path = this._currentPath();
    window.addEventListener('popstate', this._onPopState);
    onSessionEnded(this._onSessionEnded);
    void this._loadSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this._onPopState);
    onSessionEnded(null);
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
    this._path = path.split(/[?#]/)[0]!.replace(/\/$/, '');
    this._menuOpen = false;
    void this.updateComplete.then(() => {
      // A new page starts at its top, with the focus on it (for screen readers: where the page begins).
      window.scrollTo(0, 0);
      this.renderRoot.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
    });
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

  /**
   * A request was refused because the session ended (idle or absolute limit, ended elsewhere):
   * ask for the password (and second factor) over the page, so the page, its forms and what was
   * typed in them stay; the API client then sends the request again. Without a signed-in
   * person (the sign-in page itself) there is nothing to resume.
   */
  private readonly _onSessionEnded = (): Promise<boolean> => {
    if (!this._user) return Promise.resolve(false);
    this._signingInAgain ??= this._signInAgain().finally(() => (this._signingInAgain = null));
    return this._signingInAgain;
  };

  private async _signInAgain(): Promise<boolean> {
    this._signedOut = true;
    await this.updateComplete;
    const signedIn = await this.renderRoot.querySelector<KoinsepDialog>('#session-dialog')!.open();
    this._signedOut = false;
    return signedIn;
  }

  private _onSignedInAgain(event: CustomEvent<{ user: UserDto }>) {
    event.stopPropagation();
    // Another account would see this one's page: start afresh instead.
    if (event.detail.user.id !== this._user?.id) {
      location.assign('/admin/');
      return;
    }
    this._user = event.detail.user;
    this.renderRoot.querySelector<KoinsepDialog>('#session-dialog')!.close(true);
  }

  private _sessionDialog() {
    const user = this._user;
    return html`<koinsep-dialog id="session-dialog" .heading=${msg('Η σύνδεσή σας έληξε', { id: 'session.title' })}>
      ${
        this._signedOut && user
          ? html`<p>${msg('Για την ασφάλειά σας, η σύνδεση λήγει όταν η εφαρμογή μένει αχρησιμοποίητη για λίγο. Συνδεθείτε ξανά για να συνεχίσετε: η σελίδα και ό,τι γράψατε μένουν όπως ήταν.', { id: 'session.intro' })}</p>
            <koinsep-sign-in in-dialog autofocus .email=${user.email} @signed-in=${this._onSignedInAgain}></koinsep-sign-in>`
          : nothing
      }
    </koinsep-dialog>`;
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
    const municipal = user.role === 'admin' || user.role === 'staff';
    if (municipal) void import('./pages/home/koinsep-staff-home.ts');
    return html`<h1>${msg('Καλώς ήρθατε', { id: 'shell.welcome' })}, ${user.name}</h1>
      <p>${roleNames()[user.role]}${user.enterprise ? html` · ${user.enterprise.name}` : nothing}</p>
      ${municipal ? html`<koinsep-staff-home .lang=${currentLang()}></koinsep-staff-home>` : nothing}
      <ul class="home-groups">
        ${navigationFor(user.role).map(
          (g) => html`<li class="card">
            <h2 id="home-${g.group}">${g.name}</h2>
            <ul aria-labelledby="home-${g.group}">${g.pages.map((p) => html`<li><a href="/admin/${p.path}">${p.label()}</a></li>`)}</ul>
          </li>`,
        )}
      </ul>`;
  }

  /** A disclosure: the focus stays on the button, and the next Tab enters the opened menu. */
  private _toggleMenu() {
    this._menuOpen = !this._menuOpen;
  }

  /** Escape closes the open menu and gives the focus back to its button (WAI-ARIA disclosure). */
  private _onMenuKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this._menuOpen) return;
    event.preventDefault();
    this._menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('#menu-toggle')?.focus();
  }

  private _menu(user: UserDto) {
    return html`<div id="site-menu" class=${this._menuOpen ? 'open' : ''} @keydown=${this._onMenuKeydown} @click=${this._onNavClick}>
      <nav aria-label=${msg('Κύρια πλοήγηση', { id: 'shell.nav' })}>
        <div class="who">
          <span class="name">${user.name}</span>
          <span class="role">${roleNames()[user.role]}${user.enterprise ? html` · ${user.enterprise.name}` : nothing}</span>
          <button type="button" @click=${this._onSignOut}>${msg('Αποσύνδεση', { id: 'shell.sign-out' })}</button>
        </div>
        <div class="groups">
          ${navigationFor(user.role).map(
            (g) => html`<div class="group">
              <p class="group-name" id="nav-${g.group}">${g.name}</p>
              <ul aria-labelledby="nav-${g.group}">
                ${g.pages.map((p) => html`<li><a href="/admin/${p.path}" aria-current=${p.path === this._path ? 'page' : 'false'}>${p.label()}</a></li>`)}
              </ul>
            </div>`,
          )}
        </div>
      </nav>
    </div>`;
  }

  override render() {
    const lang = currentLang();
    const user = this._user;
    return html`
      <header @click=${this._onNavClick} @keydown=${this._onMenuKeydown}>
        <!-- A button, not a #main link: fragment links cannot reach into the shadow root. -->
        <button type="button" class="skip" @click=${() => this.renderRoot.querySelector<HTMLElement>('main')?.focus()}>${msg('Μετάβαση στο περιεχόμενο', { id: 'shell.skip' })}</button>
        <a class="brand" href="/admin/">${msg('Μητρώο ΚοινΣΕπ', { id: 'shell.brand' })}</a>
        ${LANGUAGES.filter((l) => l.id !== lang).map(
          (l) =>
            html`<button type="button" lang=${l.id} @click=${() => this._onLang(l.id)}><span class="long">${l.name}</span><span class="short" aria-hidden="true">${l.id.toUpperCase()}</span></button>`,
        )}
        ${
          user
            ? html`<button id="menu-toggle" type="button" aria-expanded=${this._menuOpen ? 'true' : 'false'} aria-controls="site-menu" @click=${this._toggleMenu}>
              ${this._menuOpen ? closeIcon() : menuIcon()}${msg('Μενού', { id: 'shell.menu' })}
            </button>`
            : nothing
        }
      </header>
      <div class="layout">
        ${user ? this._menu(user) : nothing}
        <main id="main" tabindex="-1" @click=${this._onNavClick} @navigate=${(e: CustomEvent<string>) => this.navigate(e.detail)}>${this._main()}</main>
      </div>
      <footer>${msg('Δήμος Χαλανδρίου · Μητρώο Κοινωνικών Επιχειρήσεων', { id: 'shell.footer' })}</footer>
      ${this._sessionDialog()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-admin-app': KoinsepAdminApp;
  }
}
