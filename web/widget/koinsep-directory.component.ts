import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { updateWhenLocaleChanges } from '@lit/localize';
import { createDirectoryApi, DirectoryApiError, type DirectoryApi, type EnterpriseList } from './directory-api.ts';
import { readHashState, sameState, writeHashState, type DirectoryState } from './hash-state.ts';
import { getLocale, setLocale, toWidgetLang, type WidgetLang } from './localization.ts';
import { directoryStyles } from './styles.ts';
import { renderLanguageSwitch, renderSearch, type FilterName } from './render-search.ts';
import { renderResults, resultsSentence } from './render-results.ts';
import { renderProfile } from './render-profile.ts';

/** Typing pauses this long before a search is sent; Enter or the button sends at once. */
const SEARCH_DEBOUNCE_MS = 250;

export interface KoinsepResultsDetail {
  total: number;
  query: string;
}
export interface KoinsepEnterpriseOpenDetail {
  slug: string;
}
export interface KoinsepLanguageChangeDetail {
  lang: WidgetLang;
}

/**
 * The public directory of social enterprises, embeddable on any site with one script and
 * one element. Search as you type (Greek with or without accents, capitals or Greeklish),
 * filters with counts, an enterprise's profile, Greek and English, and a URL hash that
 * reopens the same view. See README "Embed on your site".
 *
 * @fires koinsep-results - Results arrived. `detail: { total, query }`.
 * @fires koinsep-enterprise-open - A visitor opened an enterprise's profile. `detail: { slug }`.
 * @fires koinsep-language-change - A visitor switched language. `detail: { lang }`.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart button - Every button (search, retry, pagination).
 * @csspart search-button - The search button.
 * @csspart language-switch - The Ελληνικά / English switch.
 * @csspart filters - The filter panel.
 * @csspart select - Each filter's drop-down.
 * @csspart clear-filters - "Clear filters".
 * @csspart results-heading - The heading that states how many enterprises were found.
 * @csspart results - The list of result cards.
 * @csspart card - One enterprise in the results.
 * @csspart card-link - The enterprise name link in a card.
 * @csspart tag - A category label.
 * @csspart badge - A badge; also `verified` for "verified by the municipality".
 * @csspart verified - The "verified by the municipality" badge.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart pagination - Previous / next page navigation.
 * @csspart pagination-previous - The previous page button.
 * @csspart pagination-next - The next page button.
 * @csspart empty - The "nothing found" message.
 * @csspart error - The "could not load" message.
 * @csspart retry - The "try again" button.
 * @csspart profile - An enterprise's profile.
 * @csspart back - "Back to results".
 * @csspart service - One service in a profile.
 * @csspart contact - The contact panel of a profile.
 * @csspart areas - The areas-served panel of a profile.
 * @csspart registry - The registry-details panel of a profile.
 * @csspart permanent-link - The link to the enterprise's permanent page.
 *
 * @cssproperty --koinsep-font-family - Text font (default: the system UI font).
 * @cssproperty --koinsep-font-size - Base size; everything scales with it (default 16px).
 * @cssproperty --koinsep-color-text - Text colour (default #1b2430).
 * @cssproperty --koinsep-color-muted - Secondary text (default #4b5663).
 * @cssproperty --koinsep-color-background - Behind the widget (default transparent).
 * @cssproperty --koinsep-color-surface - Cards, inputs and panels (default #ffffff).
 * @cssproperty --koinsep-color-subtle - Filter panel and skeletons (default #f4f6f8).
 * @cssproperty --koinsep-color-border - Card and panel borders (default #d3d9e0).
 * @cssproperty --koinsep-color-control-border - Input and select borders; keep ≥ 3:1 contrast (default #6b7684).
 * @cssproperty --koinsep-color-accent - Links, buttons, names (default #1a4d8f).
 * @cssproperty --koinsep-color-accent-contrast - Text on accent buttons (default #ffffff).
 * @cssproperty --koinsep-color-accent-soft - Category labels and hover (default #e9f0f9).
 * @cssproperty --koinsep-color-focus - Keyboard focus ring (default #1a4d8f).
 * @cssproperty --koinsep-color-verified - "Verified" badge text (default #1d6b3c).
 * @cssproperty --koinsep-color-verified-soft - "Verified" badge background (default #e7f4ec).
 * @cssproperty --koinsep-color-danger - Error message accent (default #a4262c).
 * @cssproperty --koinsep-radius - Corner radius (default 0.5em).
 */
export class KoinsepDirectory extends LitElement {
  static override styles = directoryStyles;

  /** `el` or `en`; without it, the nearest `lang` of the page (else Greek). Mirrors the `lang` attribute. */
  @property({ attribute: 'lang' }) language?: string;
  /** Preset category id (e.g. `cleaning`). */
  @property() category?: string;
  /** Preset area id: `EL`, a region or regional unit NUTS code (`EL30`, `EL301`) or a municipality id. */
  @property() area?: string;
  /** Preset legal form id (e.g. `koinsep_integration_vulnerable`). */
  @property({ attribute: 'legal-form' }) legalForm?: string;
  /** Results per page, 1–100 (default 10). */
  @property({ attribute: 'page-size', type: Number }) pageSize?: number;
  /** Origin (and optional path) of the directory API; defaults to where this script was loaded from. */
  @property() api?: string;

  @state() private _lang: WidgetLang = 'el';
  @state() private _draft = '';
  @state() private _query = '';
  @state() private _category = '';
  @state() private _area = '';
  @state() private _legalForm = '';
  @state() private _page = 1;
  @state() private _enterprise = '';
  @state() private _announcement = '';

  /** Language the page asked for; a switch away from it is kept in the link. */
  private _pageLang: WidgetLang = 'el';
  private _localeReady: Promise<void> | undefined;
  private _writingLang = false;
  private _debounce: ReturnType<typeof setTimeout> | undefined;
  /** We pushed the history entry of the open profile, so "back" can pop it. */
  private _profilePushed = false;
  private _focusAfterRender: 'results' | 'profile' | 'back' | { slug: string } | null = null;
  private _apiClient: { base: string; api: DirectoryApi } | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private _client(): DirectoryApi {
    const base = this.api?.trim() || new URL(import.meta.url).origin;
    if (this._apiClient?.base !== base) this._apiClient = { base, api: createDirectoryApi(base) };
    return this._apiClient.api;
  }

  private get _size(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 100) : 10;
  }

  private _results = new Task(this, {
    // The query travels with its results: while a newer search is pending, the list on
    // screen (and its heading) still belongs to the older query.
    task: async ([query, category, area, legalForm, page, lang, pageSize], { signal }) => ({
      query,
      list: await this._client().searchEnterprises({ q: query || undefined, category, area, legalForm, page, pageSize, lang }, signal),
    }),
    args: () =>
      [this._query, this._category, this._area, this._legalForm, this._page, this._lang, this._size] as const,
    onComplete: ({ query, list }: { query: string; list: EnterpriseList }) => {
      this._announcement = resultsSentence(this._lang, list.total, query);
      this._emit<KoinsepResultsDetail>('koinsep-results', { total: list.total, query });
    },
  });

  private _profile = new Task(this, {
    task: ([slug, lang], { signal }) => (slug ? this._client().enterprise(slug, lang, signal) : Promise.resolve(undefined)),
    args: () => [this._enterprise, this._lang] as const,
  });

  private _areas = new Task(this, {
    task: ([lang], { signal }) => this._client().areas(lang, signal),
    args: () => [this._lang] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this._pageLang = this._inheritedLang();
    this._applyState(readHashState(location.hash));
    window.addEventListener('popstate', this._onLocationChange);
    window.addEventListener('hashchange', this._onLocationChange);
    window.addEventListener('lit-localize-status', this._onLocaleStatus);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._debounce);
    window.removeEventListener('popstate', this._onLocationChange);
    window.removeEventListener('hashchange', this._onLocationChange);
    window.removeEventListener('lit-localize-status', this._onLocaleStatus);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected && value !== old && !this._writingLang) {
      this._pageLang = this._inheritedLang();
      this._setLang(this._pageLang);
    }
    if ((name === 'category' || name === 'area' || name === 'legal-form') && this.isConnected && readHashState(location.hash) === null) {
      // A host changing a preset while the visitor has not searched yet: show the new preset.
      this.updateComplete.then(() => this._applyState(null));
    }
  }

  /** Waits for the language's strings before rendering, so a page never flashes the other language. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this._localeReady) await this._localeReady;
    super.scheduleUpdate();
  }

  private _inheritedLang(): WidgetLang {
    const own = this.getAttribute('lang');
    const inherited = own || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return toWidgetLang(inherited);
  }

  private _setLang(lang: WidgetLang) {
    this._lang = lang;
    if (getLocale() !== lang) this._localeReady = setLocale(lang);
    // The element's `lang` tells screen readers how to pronounce what it shows.
    if (this.getAttribute('lang') !== lang) {
      this._writingLang = true;
      this.setAttribute('lang', lang);
      this._writingLang = false;
    }
  }

  /** Another directory on the page switched the (shared) language: follow it. */
  private _onLocaleStatus = (event: Event) => {
    const detail = (event as CustomEvent<{ status: string }>).detail;
    if (detail.status === 'ready' && getLocale() !== this._lang) this._lang = toWidgetLang(getLocale());
  };

  private _presets(): DirectoryState {
    return { category: this.category || undefined, area: this.area || undefined, legalForm: this.legalForm || undefined };
  }

  private _currentState(): DirectoryState {
    return {
      q: this._query || undefined,
      category: this._category || undefined,
      area: this._area || undefined,
      legalForm: this._legalForm || undefined,
      page: this._page > 1 ? this._page : undefined,
      enterprise: this._enterprise || undefined,
      lang: this._lang !== this._pageLang ? this._lang : undefined,
    };
  }

  /** `null` = the link does not mention us: start from the presets. */
  private _applyState(hashState: DirectoryState | null) {
    const s = hashState ?? this._presets();
    this._query = s.q ?? '';
    this._draft = this._query;
    this._category = s.category ?? '';
    this._area = s.area ?? '';
    this._legalForm = s.legalForm ?? '';
    this._page = s.page ?? 1;
    this._enterprise = s.enterprise ?? '';
    this._setLang(s.lang ?? this._pageLang);
  }

  /**
   * Records the view in the page URL without touching anything else: History API only
   * (setting location.hash would scroll to an anchor and wake the host's router), the
   * host's history.state kept as it was, other hash parts untouched.
   */
  private _writeLocation(mode: 'push' | 'replace') {
    const current = this._currentState();
    const hash = writeHashState(location.hash, sameState(current, this._presets()) ? null : current);
    if (hash === location.hash || (hash === '' && !location.href.includes('#'))) return;
    const url = `${location.pathname}${location.search}${hash}`;
    try {
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // Sandboxed or opaque-origin pages may refuse history changes; the widget still works.
    }
  }

  private _onLocationChange = () => {
    const hashState = readHashState(location.hash);
    if (sameState(hashState ?? this._presets(), this._currentState())) return;
    const previous = this._enterprise;
    const focusInside = this.matches(':focus-within');
    this._applyState(hashState);
    this._profilePushed = false;
    if (focusInside && previous && !this._enterprise) this._focusAfterRender = { slug: previous };
    else if (focusInside && this._enterprise) this._focusAfterRender = 'back';
  };

  private _emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** A real link for each card: it works in a new tab, and can be copied and shared. */
  private _hrefFor = (slug: string) =>
    `${location.pathname}${location.search}${writeHashState(location.hash, { ...this._currentState(), enterprise: slug })}`;

  private _onOpen = (event: MouseEvent, slug: string) => {
    // Ctrl/Cmd/middle click: let the browser open the link in a new tab.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this._openEnterprise(slug);
  };

  private _openEnterprise(slug: string) {
    this._enterprise = slug;
    this._writeLocation('push');
    this._profilePushed = true;
    this._focusAfterRender = 'back';
    this._emit<KoinsepEnterpriseOpenDetail>('koinsep-enterprise-open', { slug });
  }

  private _onBack = () => {
    const slug = this._enterprise;
    if (this._profilePushed) {
      // Pop our own entry so the browser's Back button and ours agree; popstate does the rest.
      this._focusAfterRender = { slug };
      this._profilePushed = false;
      history.back();
      return;
    }
    this._enterprise = '';
    this._focusAfterRender = { slug };
    this._writeLocation('replace');
  };

  private _onInput = (value: string) => {
    this._draft = value;
    clearTimeout(this._debounce);
    this._debounce = setTimeout(() => this._commitQuery(), SEARCH_DEBOUNCE_MS);
  };

  private _onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    clearTimeout(this._debounce);
    this._commitQuery();
  };

  private _commitQuery() {
    const query = this._draft.trim();
    if (query === this._query) return;
    this._query = query;
    this._page = 1;
    this._writeLocation('replace');
  }

  private _onFilter = (name: FilterName, value: string) => {
    if (name === 'category') this._category = value;
    else if (name === 'area') this._area = value;
    else this._legalForm = value;
    this._page = 1;
    this._writeLocation('replace');
  };

  private _onClearFilters = () => {
    this._category = '';
    this._area = '';
    this._legalForm = '';
    this._page = 1;
    this._writeLocation('replace');
    this._focusAfterRender = null;
    this.renderRoot.querySelector<HTMLSelectElement>('#filter-category')?.focus();
  };

  private _onPage = (page: number) => {
    this._page = Math.max(1, page);
    this._writeLocation('push');
    this._focusAfterRender = 'results';
  };

  private _onLanguage = () => {
    const lang: WidgetLang = this._lang === 'el' ? 'en' : 'el';
    this._setLang(lang);
    this._writeLocation('replace');
    this._emit<KoinsepLanguageChangeDetail>('koinsep-language-change', { lang });
  };

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Selects follow the state even when their options were re-rendered after the value.
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const wanted = { category: this._category, area: this._area, legalForm: this._legalForm }[select.dataset.filter as FilterName] ?? '';
      if (select.value !== wanted) select.value = wanted;
    }
    this._moveFocus();
  }

  private _moveFocus() {
    const target = this._focusAfterRender;
    if (!target) return;
    const root = this.renderRoot;
    if (target === 'back') {
      const heading = root.querySelector<HTMLElement>('#profile-heading');
      if (heading) {
        heading.focus();
        this._focusAfterRender = null;
      } else {
        root.querySelector<HTMLElement>('[part~="back"]')?.focus();
        // Keep the target: the heading takes focus when the profile arrives.
        this._focusAfterRender = 'profile';
      }
    } else if (target === 'profile') {
      const heading = root.querySelector<HTMLElement>('#profile-heading');
      if (heading) {
        const active = (root as ShadowRoot).activeElement;
        if (active === null || active === root.querySelector('[part~="back"]')) heading.focus();
        this._focusAfterRender = null;
      }
    } else if (target === 'results') {
      if (this._results.status === TaskStatus.COMPLETE) {
        root.querySelector<HTMLElement>('#results-heading')?.focus();
        this._focusAfterRender = null;
      }
    } else {
      const link = root.querySelector<HTMLElement>(`a[data-slug="${CSS.escape(target.slug)}"]`);
      if (link || this._results.status !== TaskStatus.PENDING) {
        (link ?? root.querySelector<HTMLElement>('#search-input'))?.focus();
        this._focusAfterRender = null;
      }
    }
  }

  override render() {
    const lang = this._lang;
    const results = this._results;
    const list = results.value?.list;
    const hasFilters = Boolean(this._category || this._area || this._legalForm);
    const languageSwitch = renderLanguageSwitch(lang, this._onLanguage);
    const body = this._enterprise
      ? renderProfile({
          lang,
          profile: this._profile.status === TaskStatus.COMPLETE ? this._profile.value : undefined,
          notFound: this._profile.status === TaskStatus.ERROR && this._profile.error instanceof DirectoryApiError && this._profile.error.status === 404,
          failed:
            this._profile.status === TaskStatus.ERROR && !(this._profile.error instanceof DirectoryApiError && this._profile.error.status === 404),
          onBack: this._onBack,
          onRetry: () => void this._profile.run(),
          languageSwitch,
        })
      : html`${renderSearch({
          lang,
          draft: this._draft,
          category: this._category,
          area: this._area,
          legalForm: this._legalForm,
          facets: list?.facets,
          areas: this._areas.value?.items,
          onInput: this._onInput,
          onSubmit: this._onSubmit,
          onFilter: this._onFilter,
          onClearFilters: this._onClearFilters,
          languageSwitch,
        })}
        ${renderResults({
          lang,
          list,
          pending: results.status === TaskStatus.PENDING,
          failed: results.status === TaskStatus.ERROR,
          query: results.value?.query ?? this._query,
          hasFilters,
          hrefFor: this._hrefFor,
          onOpen: this._onOpen,
          onPage: this._onPage,
          onRetry: () => void results.run(),
          onClearFilters: this._onClearFilters,
        })}`;
    return html`<div class="root" part="root">
      ${body}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._enterprise ? nothing : this._announcement}</div>
    </div>`;
  }
}
