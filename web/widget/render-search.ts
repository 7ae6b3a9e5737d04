import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { EnterpriseList } from './directory-api.ts';
import { formatCount, prefetchEnglish, type WidgetLang } from './localization.ts';
import { filterIcon, searchIcon } from './icons.ts';

/** The selects above the results: three filters and the order. */
export type FilterName = 'category' | 'area' | 'legalForm' | 'sort';

export interface SearchViewModel {
  lang: WidgetLang;
  draft: string;
  category: string;
  area: string;
  legalForm: string;
  /** '' = relevance. */
  sort: string;
  facets: EnterpriseList['facets'] | undefined;
  onInput(value: string): void;
  onSubmit(event: SubmitEvent): void;
  onFilter(name: FilterName, value: string): void;
  onClearFilters(): void;
  /** On narrow containers (phones) the filters hide behind a "Filters (n)" button; wider, they are always shown. */
  filtersOpen: boolean;
  onToggleFilters(): void;
  languageSwitch: TemplateResult;
}

/** The Ελληνικά / English switch, named in the language it switches to; pointing at "English" fetches the English texts. */
export function renderLanguageSwitch(lang: WidgetLang, onLanguage: () => void): TemplateResult {
  const intent = lang === 'el' ? prefetchEnglish : undefined;
  return html`<button
    type="button"
    class="language"
    part="language-switch"
    lang=${lang === 'el' ? 'en' : 'el'}
    @pointerenter=${intent}
    @focus=${intent}
    @click=${onLanguage}
  >
    ${lang === 'el' ? 'English' : 'Ελληνικά'}
  </button>`;
}

type Facet = EnterpriseList['facets']['categories'][number];

/** A facet's options with counts; the chosen value stays listed even when nothing matches it now. */
function facetOptions(lang: WidgetLang, facet: Facet[] | undefined, selected: string): TemplateResult[] {
  const options = [...(facet ?? [])];
  if (selected && !options.some((o) => o.id === selected)) options.push({ id: selected, name: selected, count: 0 });
  return options.map(
    (o) =>
      html`<option value=${o.id} ?selected=${o.id === selected}>${o.name} (${formatCount(lang, o.count)})</option>`,
  );
}

const AREA_GROUPS = ['country', 'region', 'regional_unit', 'municipality'] as const;

function areaGroupLabel(kind: (typeof AREA_GROUPS)[number]): string {
  switch (kind) {
    case 'country':
      return msg('Χώρα', { id: 'area.country' });
    case 'region':
      return msg('Περιφέρειες', { id: 'area.regions' });
    case 'regional_unit':
      return msg('Περιφερειακές ενότητες', { id: 'area.regional-units' });
    case 'municipality':
      return msg('Δήμοι', { id: 'area.municipalities' });
  }
}

/** The areas the results serve, with counts, grouped from the widest (the API lists them in that order). */
function areaOptions(lang: WidgetLang, areas: EnterpriseList['facets']['areas'] = [], selected: string) {
  return [
    ...AREA_GROUPS.map((kind) => {
      const inGroup = areas.filter((a) => a.kind === kind);
      return inGroup.length
        ? html`<optgroup label=${areaGroupLabel(kind)}>${facetOptions(lang, inGroup, selected)}</optgroup>`
        : html``;
    }),
    // The chosen area stays listed when the results no longer serve it.
    ...(areas.some((a) => a.id === selected) ? [] : facetOptions(lang, [], selected)),
  ];
}

export function renderSearch(view: SearchViewModel): TemplateResult {
  const active = [view.category, view.area, view.legalForm].filter(Boolean).length;
  const hasFilters = active > 0;
  const legend = msg('Φίλτρα', { id: 'filters.legend' });
  const select = (name: FilterName, label: string, all: string, options: TemplateResult[], value: string) =>
    html`<div class="field">
      <label for="filter-${name}">${label}</label>
      <select
        id="filter-${name}"
        part="select"
        data-filter=${name}
        @change=${(event: Event) => view.onFilter(name, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!value}>${all}</option>
        ${options}
      </select>
    </div>`;
  return html`<form class="search" part="search" role="search" @submit=${view.onSubmit}>
      <div class="toolbar">
        <label class="search-label" for="search-input">${msg('Αναζήτηση επιχείρησης ή υπηρεσίας', { id: 'search.label' })}</label>
        ${view.languageSwitch}
      </div>
      <div class="search-row">
        <input
          id="search-input"
          class="search-input"
          part="search-input"
          type="search"
          name="q"
          maxlength="200"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="search-hint"
          placeholder=${msg('π.χ. καθαριότητα, σίτιση, κηπουρική', { id: 'search.placeholder' })}
          .value=${view.draft}
          @input=${(event: Event) => view.onInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button" part="button search-button">
          ${searchIcon()}<span class="search-button-text">${msg('Αναζήτηση', { id: 'search.submit' })}</span>
        </button>
      </div>
      <p id="search-hint" class="hint">
        ${msg('Τα αποτελέσματα εμφανίζονται καθώς γράφετε. Τόνοι, κεφαλαία και λατινικοί χαρακτήρες γίνονται δεκτοί.', { id: 'search.hint' })}
      </p>
    </form>
    <button
      type="button"
      class="button secondary filters-toggle"
      part="button filters-toggle"
      aria-expanded=${view.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${view.onToggleFilters}
    >
      ${filterIcon()}${active ? `${legend} (${active})` : legend}
    </button>
    <fieldset id="filters" class="filters ${view.filtersOpen ? 'open' : ''}" part="filters">
      <legend>${legend}</legend>
      ${select(
        'category',
        msg('Κατηγορία υπηρεσίας', { id: 'filters.category' }),
        msg('Όλες οι κατηγορίες', { id: 'filters.category.all' }),
        facetOptions(view.lang, view.facets?.categories, view.category),
        view.category,
      )}
      ${select(
        'area',
        msg('Περιοχή εξυπηρέτησης', { id: 'filters.area' }),
        msg('Όλες οι περιοχές', { id: 'filters.area.all' }),
        areaOptions(view.lang, view.facets?.areas, view.area),
        view.area,
      )}
      ${select(
        'legalForm',
        msg('Νομική μορφή', { id: 'filters.legal-form' }),
        msg('Όλες οι νομικές μορφές', { id: 'filters.legal-form.all' }),
        facetOptions(view.lang, view.facets?.legalForms, view.legalForm),
        view.legalForm,
      )}
      ${select(
        'sort',
        msg('Ταξινόμηση', { id: 'sort.label' }),
        msg('Συνάφεια', { id: 'sort.relevance' }),
        // The chosen one is set after each render (updated() in the component).
        [
          html`<option value="name">${msg('Όνομα', { id: 'sort.name' })}</option>`,
          html`<option value="verified">${msg('Πρόσφατα επαληθευμένες', { id: 'sort.verified' })}</option>`,
        ],
        view.sort,
      )}
      ${
        hasFilters
          ? html`<div class="filters-actions">
            <button type="button" class="link-button" part="clear-filters" @click=${view.onClearFilters}>
              ${msg('Καθαρισμός φίλτρων', { id: 'filters.clear' })}
            </button>
          </div>`
          : nothing
      }
    </fieldset>`;
}
