import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { createDirectoryApi, DirectoryApiError, type DirectoryApi, type EnterpriseList } from './directory-api.ts';
import { readHashState, sameState, writeHashState, type DirectoryState, type DirectoryView } from './hash-state.ts';
import { getLocale, onLocaleChange, setLocale, toWidgetLang, type WidgetLang } from './localization.ts';
import { directoryStyles } from './styles.ts';
import { renderLanguageSwitch, renderSearch, type FilterName } from './render-search.ts';
import { renderResults, resultsSentence } from './render-results.ts';
import { renderProfileFrame } from './render-profile.ts';
import { LazyView } from './lazy-view.ts';
import { ApiTask } from './api-task.ts';
import { moveFocus, type FocusTarget } from './move-focus.ts';
import type { ProfileModel } from './views/profile-view.ts';
import type { SearchHelpModel } from './views/search-help-view.ts';
import type { MapViewModel } from './views/map-view.ts';
import type { OpenRequestsModel } from './views/requests-view.ts';
import { renderViewSwitch } from './render-view-switch.ts';

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
 * filters with counts, the category the words name and did-you-mean, an enterprise's profile,
 * Greek and English, and a URL hash that reopens the same view. See README "Embed on your site".
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
 * @csspart filters-toggle - The "Filters (n)" button that folds the filters in narrow containers (≤ 30em).
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
 * @csspart search-help - What a search offers besides its results: the category offer, did-you-mean, ways on.
 * @csspart did-you-mean - "Did you mean: «…»", the words the directory knows for a misspelt query.
 * @csspart suggestion - One suggested query in did-you-mean.
 * @csspart category-offer - "Show the category «…»" when the words name a category.
 * @csspart browse-categories - On an empty result: every enterprise, with the category filter to choose from.
 * @csspart error - The "could not load" message.
 * @csspart retry - The "try again" button.
 * @csspart profile - An enterprise's profile.
 * @csspart back - "Back to results".
 * @csspart service - One service in a profile.
 * @csspart contact - The contact panel of a profile.
 * @csspart areas - The areas-served panel of a profile.
 * @csspart registry - The registry-details panel of a profile.
 * @csspart permanent-link - The link to the enterprise's permanent page.
 * @csspart view-switch - The "Map" toggle button (pressed: the results show on a map).
 * @csspart map - The map view (the map and the list of mapped enterprises).
 * @csspart map-canvas - The map itself.
 * @csspart map-list - The list of the enterprises on the map.
 * @csspart open-requests-switch - "Open requests for quotes (n)", shown while the municipality lists some publicly (issue 13).
 * @csspart open-requests - The view of the open requests for quotes.
 * @csspart open-request - One open request (title, category, deadline, how to take part).
 * @csspart how-to-take-part - How to take part in a request, with the register's address as a link.
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

  /**
   * Reactive properties, declared here rather than with @property/@state decorators: the
   * decorator runtime and helpers cost about 0.35 kB gzip of the first screen's 16 kB
   * (issue 17). Public ones mirror attributes; `state: true` ones are private.
   */
  static override properties = {
    language: { attribute: 'lang' },
    category: {},
    area: {},
    legalForm: { attribute: 'legal-form' },
    pageSize: { attribute: 'page-size', type: Number },
    api: {},
    _lang: { state: true },
    _draft: { state: true },
    _query: { state: true },
    _category: { state: true },
    _area: { state: true },
    _legalForm: { state: true },
    _sort: { state: true },
    _page: { state: true },
    _enterprise: { state: true },
    _filtersOpen: { state: true },
    _announced: { state: true },
    _view: { state: true },
  };

  /** `el` or `en`; without it, the nearest `lang` of the page (else Greek). Mirrors the `lang` attribute. */
  language?: string;
  /** Preset category id (e.g. `cleaning`). */
  category?: string;
  /** Preset area id: `EL`, a region or regional unit NUTS code (`EL30`, `EL301`) or a municipality id. */
  area?: string;
  /** Preset legal form id (e.g. `koinsep_integration_vulnerable`). */
  legalForm?: string;
  /** Results per page, 1–100 (default 10). */
  pageSize?: number;
  /** Origin (and optional path) of the directory API; defaults to where this script was loaded from. */
  api?: string;

  private _lang: WidgetLang = 'el';
  private _draft = '';
  private _query = '';
  private _category = '';
  private _area = '';
  private _legalForm = '';
  /** '' = relevance. */
  private _sort = '';
  private _page = 1;
  private _enterprise = '';
  private _filtersOpen = false;
  /** The last results, announced in words at render time (so in the language on screen). */
  private _announced: { total: number; query: string } | null = null;
  /** What shows instead of the result list: the map (issue 16), the open requests for quotes (issue 13); '' = the list. */
  private _view: DirectoryView | '' = '';

  /** Language the page asked for; a switch away from it is kept in the link. */
  private _pageLang: WidgetLang = 'el';
  private _localeReady: Promise<void> | undefined;
  private _writingLang = false;
  private _stopLocale: (() => void) | undefined;
  private _debounce: ReturnType<typeof setTimeout> | undefined;
  /** We pushed the history entry of the open profile, so "back" can pop it. */
  private _profilePushed = false;
  private _focusAfterRender: FocusTarget | null = null;
  private _apiClient: { base: string; api: DirectoryApi } | undefined;

  private _client(): DirectoryApi {
    const base = this.api?.trim() || new URL(import.meta.url).origin;
    if (this._apiClient?.base !== base) this._apiClient = { base, api: createDirectoryApi(base) };
    return this._apiClient.api;
  }

  private get _size(): number {
    const size = Math.trunc(Number(this.pageSize));
    return Number.isFinite(size) && size >= 1 ? Math.min(size, 100) : 10;
  }

  private _results = new ApiTask(this, {
    // The query travels with its results: while a newer search is pending, the list on
    // screen (and its heading) still belongs to the older query.
    task: async ([query, category, area, legalForm, sort, page, lang, pageSize], { signal }) => ({
      query,
      list: await this._client().searchEnterprises(
        { q: query || undefined, category, area, legalForm, sort, page, pageSize, lang },
        signal,
      ),
    }),
    args: () =>
      [
        this._query,
        this._category,
        this._area,
        this._legalForm,
        this._sort,
        this._page,
        this._lang,
        this._size,
      ] as const,
    onComplete: ({ query, list }: { query: string; list: EnterpriseList }) => {
      if (!list.total || list.matchedCategories.length || list.suggestions.length) this._help.load();
      this._announced = { total: list.total, query };
      this._emit<KoinsepResultsDetail>('koinsep-results', { total: list.total, query });
    },
  });

  private _profile = new ApiTask(this, {
    task: ([slug, lang], { signal }) =>
      slug ? this._client().enterprise(slug, lang, signal) : Promise.resolve(undefined),
    args: () => [this._enterprise, this._lang] as const,
  });

  /** The profile view is a chunk of its own (views/profile-view.ts), loaded on the first intent to open one. */
  private _profileView = new LazyView<ProfileModel>(this, () => import('./views/profile-view.ts'));

  /** "Show the category", "did you mean" and an empty result's ways on: a chunk, loaded when an answer has something to offer. */
  private _help = new LazyView<SearchHelpModel>(this, () => import('./views/search-help-view.ts'));

  /**
   * The views shown instead of the list, a chunk each, loaded when the visitor first opens one:
   * the map (views/map-view.ts, with Leaflet) and the open requests for quotes (views/requests-view.ts).
   */
  private _views = {
    map: new LazyView<MapViewModel & OpenRequestsModel>(this, () => import('./views/map-view.ts')),
    requests: new LazyView<MapViewModel & OpenRequestsModel>(this, () => import('./views/requests-view.ts')),
  };

  /** The map, the open requests or the list: a history entry of its own (Back returns to the other; a reload keeps it). */
  private _onView = (view: DirectoryView) => {
    this._view = this._view === view ? '' : view;
    this._writeLocation('push');
  };

  /** The view while it shows (its chunk is asked for on the first render that needs it, from a click or a link). */
  private _viewContent(lang: WidgetLang) {
    const view = this._views[this._view as DirectoryView];
    view.load();
    return view.view?.render({
      lang,
      host: this,
      api: this.api,
      state: this._currentState(),
      hrefFor: this._hrefFor,
      onOpen: this._onOpen,
      onClose: this._onView,
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._pageLang = this._inheritedLang();
    this._applyState(readHashState(location.hash));
    window.addEventListener('popstate', this._onLocationChange);
    window.addEventListener('hashchange', this._onLocationChange);
    this._stopLocale = onLocaleChange(this._onLocaleChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._debounce);
    window.removeEventListener('popstate', this._onLocationChange);
    window.removeEventListener('hashchange', this._onLocationChange);
    this._stopLocale?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected && value !== old && !this._writingLang) {
      this._pageLang = this._inheritedLang();
      this._setLang(this._pageLang);
    }
    if (
      (name === 'category' || name === 'area' || name === 'legal-form') &&
      this.isConnected &&
      readHashState(location.hash) === null
    ) {
      // A host changing a preset while the visitor has not searched yet: show the new preset.
      this.updateComplete.then(() => this._applyState(null));
    }
  }

  /**
   * Waits for the language's strings before rendering, so a page never flashes the other
   * language; the data requests start meanwhile (a task only runs when its arguments changed,
   * so the update that follows does not ask twice).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this._localeReady) {
      for (const task of [this._results, this._profile]) task.hostUpdate();
      await this._localeReady;
    }
    super.scheduleUpdate();
  }

  private _inheritedLang(): WidgetLang {
    const own = this.getAttribute('lang');
    const inherited =
      own || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return toWidgetLang(inherited);
  }

  private _setLang(lang: WidgetLang) {
    this._lang = lang;
    // Always asked, so that a switch back wins over one still loading.
    const switching = setLocale(lang);
    if (getLocale() !== lang) {
      // The English chunk may fail to load (offline, a blocked request): stay in Greek, working.
      const ready = switching.then(
        () => undefined,
        () => {
          this._lang = getLocale();
        },
      );
      this._localeReady = ready;
      void ready.then(() => {
        if (this._localeReady === ready) this._localeReady = undefined;
      });
    }
    // The element's `lang` tells screen readers how to pronounce what it shows.
    if (this.getAttribute('lang') !== lang) {
      this._writingLang = true;
      this.setAttribute('lang', lang);
      this._writingLang = false;
    }
  }

  /** The language's texts are ready (render them); if another directory on the page switched the (shared) language, follow it. */
  private _onLocaleChange = () => {
    this._lang = getLocale();
    this.requestUpdate();
  };

  private _presets(): DirectoryState {
    return {
      category: this.category || undefined,
      area: this.area || undefined,
      legalForm: this.legalForm || undefined,
    };
  }

  private _currentState(): DirectoryState {
    return {
      q: this._query || undefined,
      category: this._category || undefined,
      area: this._area || undefined,
      legalForm: this._legalForm || undefined,
      sort: this._sort || undefined,
      page: this._page > 1 ? this._page : undefined,
      view: this._view || undefined,
      enterprise: this._enterprise || undefined,
      lang: this._lang !== this._pageLang ? this._lang : undefined,
    };
  }

  /** `null` = the link does not mention us: start from the presets. `keepLang`: Back and Forward keep the visitor's language. */
  private _applyState(hashState: DirectoryState | null, keepLang = false) {
    const s = hashState ?? this._presets();
    this._query = s.q ?? '';
    this._draft = this._query;
    this._category = s.category ?? '';
    this._area = s.area ?? '';
    this._legalForm = s.legalForm ?? '';
    this._sort = s.sort ?? '';
    this._page = s.page ?? 1;
    this._enterprise = s.enterprise ?? '';
    if (this._enterprise) this._profileView.load();
    this._view = s.view ?? '';
    if (!keepLang) this._setLang(s.lang ?? this._pageLang);
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

  /**
   * Back, Forward, or a link that changes the hash. The language is the visitor's choice,
   * not part of the view they go back to: it stays, and the entry's link is rewritten to
   * say it (issue 16: "Back to results" used to switch the language back).
   */
  private _onLocationChange = () => {
    const hashState = readHashState(location.hash);
    const target = hashState ?? this._presets();
    if (sameState({ ...target, lang: undefined }, { ...this._currentState(), lang: undefined })) return;
    const previous = this._enterprise;
    const focusInside = this.matches(':focus-within');
    this._applyState(hashState, true);
    if ((target.lang ?? this._pageLang) !== this._lang) this._writeLocation('replace');
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

  /** Pointing at or focusing a card: fetch the profile's chunk before the click. */
  private _onOpenIntent = () => this._profileView.load();

  private _onOpen = (event: MouseEvent, slug: string) => {
    // Ctrl/Cmd/middle click: let the browser open the link in a new tab.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this._openEnterprise(slug);
  };

  private _openEnterprise(slug: string) {
    this._enterprise = slug;
    this._profileView.load();
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
    else if (name === 'sort') this._sort = value;
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

  private _onApply = (q: string, category: string) => {
    this._query = this._draft = q;
    this._category = category;
    this._page = 1;
    this._writeLocation('replace');
    this._focusAfterRender = 'results';
  };

  private _onBrowse = async () => {
    this._onApply('', '');
    this._focusAfterRender = null;
    this._filtersOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('#filter-category')?.focus();
  };

  private _onToggleFilters = () => {
    this._filtersOpen = !this._filtersOpen;
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
      const wanted =
        { category: this._category, area: this._area, legalForm: this._legalForm, sort: this._sort }[
          select.dataset.filter as FilterName
        ] ?? '';
      if (select.value !== wanted) select.value = wanted;
    }
    if (this._focusAfterRender)
      this._focusAfterRender = moveFocus(this.renderRoot, this._focusAfterRender, this._results.status);
  }

  private get _profileNotFound(): boolean {
    return (
      this._profile.status === 'error' &&
      this._profile.error instanceof DirectoryApiError &&
      this._profile.error.status === 404
    );
  }

  private _profileFailed(): boolean {
    return (this._profile.status === 'error' && !this._profileNotFound) || this._profileView.status === 'failed';
  }

  private _profileContent(lang: WidgetLang) {
    const { view } = this._profileView;
    if (!view) return undefined;
    if (this._profileNotFound) return view.render({ lang, profile: undefined });
    return this._profile.status === 'complete' && this._profile.value
      ? view.render({ lang, profile: this._profile.value })
      : undefined;
  }

  private _onRetryProfile = () => {
    this._profileView.load();
    if (this._profile.status === 'error') void this._profile.run();
  };

  override render() {
    const lang = this._lang;
    const results = this._results;
    const list = results.value?.list;
    const hasFilters = Boolean(this._category || this._area || this._legalForm);
    const languageSwitch = renderLanguageSwitch(lang, this._onLanguage);
    const body = this._enterprise
      ? renderProfileFrame({
          content: this._profileContent(lang),
          failed: this._profileFailed(),
          onBack: this._onBack,
          onRetry: this._onRetryProfile,
          languageSwitch,
        })
      : html`${renderSearch({
          lang,
          draft: this._draft,
          category: this._category,
          area: this._area,
          legalForm: this._legalForm,
          sort: this._sort,
          facets: list?.facets,
          onInput: this._onInput,
          onSubmit: this._onSubmit,
          onFilter: this._onFilter,
          onClearFilters: this._onClearFilters,
          filtersOpen: this._filtersOpen,
          onToggleFilters: this._onToggleFilters,
          languageSwitch,
        })}
        ${renderViewSwitch(this._view, list?.openRequests, this._onView)}
        ${
          (this._view && this._viewContent(lang)) ||
          renderResults({
            lang,
            list,
            pending: results.status === 'pending',
            failed: results.status === 'error',
            query: results.value?.query ?? this._query,
            hrefFor: this._hrefFor,
            onOpen: this._onOpen,
            onPage: this._onPage,
            onRetry: () => void results.run(),
            onOpenIntent: this._onOpenIntent,
            help:
              list &&
              this._help.view?.render({
                lang,
                list,
                category: this._category,
                narrowed: Boolean(this._area || this._legalForm),
                filtered: hasFilters,
                onClearFilters: this._onClearFilters,
                onApply: this._onApply,
                onBrowse: this._onBrowse,
              }),
          })
        }`;
    return html`<div class="root" part="root">
      ${body}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this._enterprise || !this._announced ? nothing : resultsSentence(lang, this._announced.total, this._announced.query)}</div>
    </div>`;
  }
}
