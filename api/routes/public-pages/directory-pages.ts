import { formatAthensDateTime } from '../../domain/consultations/athens-time.ts';
import { html } from '../../http/html.ts';
import type { EnterpriseSearchResult, EnterpriseSummary } from '../../http/directory-schemas.ts';
import { layout, type PageUrls } from './enterprise-page.ts';
import { PAGE_TEXT, formatDate, type PageLang } from './page-text.ts';
import { mapSection } from './map-section.ts';
import type { MapLocationList } from '../../http/map-schemas.ts';

/**
 * The residents' pages around the profiles (issue 16): the home page (search box, categories
 * with counts, recently verified enterprises) and /enterprises, the directory's own search
 * (the same search and facets as the widget) with filters and paging — plain HTML forms and
 * links, so everything works without JavaScript.
 */

/** What /enterprises was asked; the order of the keys is the order in canonical URLs. */
export interface SearchParams {
  q?: string;
  category?: string;
  area?: string;
  legalForm?: string;
  page: number;
}

/** `/enterprises?…` for these parameters (empty ones left out, page 1 implied), in `lang`. */
export function searchHref(params: SearchParams, lang: PageLang): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.category) query.set('category', params.category);
  if (params.area) query.set('area', params.area);
  if (params.legalForm) query.set('legalForm', params.legalForm);
  if (params.page > 1) query.set('page', String(params.page));
  if (lang === 'en') query.set('lang', 'en');
  const text = query.toString();
  return `/enterprises${text ? `?${text}` : ''}`;
}

const profileHref = (slug: string, lang: PageLang) =>
  `/enterprises/${encodeURIComponent(slug)}${lang === 'en' ? '?lang=en' : ''}`;

function searchForm(lang: PageLang, q = '', hidden: Record<string, string | undefined> = {}) {
  const t = PAGE_TEXT[lang];
  return html`<form class="search" role="search" action="/enterprises" method="get">
<label for="q">${t.searchLabel}</label>
<div class="search-row"><input id="q" name="q" type="search" value="${q}" maxlength="200" aria-describedby="q-hint" autocomplete="off">
<button type="submit">${t.searchButton}</button></div>
<p class="muted" id="q-hint">${t.searchHint}</p>
${Object.entries(hidden).map(([name, value]) => (value ? html`<input type="hidden" name="${name}" value="${value}">` : ''))}
${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
</form>`;
}

function enterpriseCard(item: EnterpriseSummary, lang: PageLang, headingLevel: 2 | 3) {
  const t = PAGE_TEXT[lang];
  const link = html`<a href="${profileHref(item.slug, lang)}">${item.name}</a>`;
  return html`<li>${headingLevel === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`}
<p class="muted">${item.legalForm.name}${item.municipality ? html` · ${item.municipality.name}` : ''}</p>
<p>${item.summary}</p>
${item.categories.length ? html`<p class="muted">${item.categories.map((c) => c.name).join(' · ')}</p>` : ''}
${item.verifiedAt ? html`<p class="verified-note">${t.verifiedOn(formatDate(item.verifiedAt, lang))}</p>` : ''}</li>`;
}

/** An open request for quotes listed publicly (issue 13; only when PUBLIC_CONSULTATIONS is on). */
export interface OpenRequest {
  id: string;
  title: string;
  category: { code: string; label: string };
  deadline: string;
  howToTakePart: string;
}

function openRequestsSection(requests: OpenRequest[], lang: PageLang) {
  if (requests.length === 0) return '';
  const t = PAGE_TEXT[lang];
  return html`<section aria-labelledby="open-requests-title">
<h2 id="open-requests-title">${t.openRequestsTitle}</h2>
<p>${t.openRequestsIntro}</p>
<ul class="cards">${requests.map(
    (r) => html`<li><h3>${r.title}</h3>
<dl><dt>${t.openRequestCategory}</dt><dd>${r.category.label} (${r.category.code})</dd>
<dt>${t.openRequestDeadline}</dt><dd><time datetime="${r.deadline}">${formatAthensDateTime(r.deadline)}</time> (${t.athensTime})</dd></dl>
<p>${r.howToTakePart}</p></li>`,
  )}</ul>
</section>`;
}

export interface HomeData {
  /** Open requests for quotes listed publicly; empty while the listing is off. */
  openRequests?: OpenRequest[];
  count: number;
  categories: Array<{ id: string; name: string; enterpriseCount: number }>;
  recent: EnterpriseSummary[];
  /** The published enterprises with a public address (issue 16). */
  map?: MapLocationList;
}

export function renderHomePage(data: HomeData, lang: PageLang, urls: PageUrls): string {
  const t = PAGE_TEXT[lang];
  const categories = data.categories.filter((c) => c.enterpriseCount > 0);
  const body = html`
<h1>${t.siteName}</h1>
<p class="lead">${t.homeIntro}</p>
${searchForm(lang)}
<p class="muted"><strong>${data.count}</strong> ${t.published} · <a href="${searchHref({ page: 1 }, lang)}">${t.allEnterprises}</a></p>
<section aria-labelledby="categories-title">
<h2 id="categories-title">${t.categoriesTitle}</h2>
<ul class="chips">
${categories.map((c) => html`<li><a href="${searchHref({ category: c.id, page: 1 }, lang)}">${c.name} <span class="count">${t.enterprisesCount(c.enterpriseCount)}</span></a></li>`)}
</ul>
</section>
${
  data.recent.length
    ? html`<section aria-labelledby="recent-title">
<h2 id="recent-title">${t.recentTitle}</h2>
<ul class="cards enterprise-list">${data.recent.map((item) => enterpriseCard(item, lang, 3))}</ul>
</section>`
    : ''
}
${openRequestsSection(data.openRequests ?? [], lang)}
${mapSection(data.map, lang)}`;
  return layout({ lang, title: t.siteName, description: t.homeIntro, urls, body });
}

function facetSelect(
  id: string,
  label: string,
  anyText: string,
  facets: Array<{ id: string; name: string; count: number }>,
  selected: string | undefined,
) {
  return html`<div><label for="${id}">${label}</label>
<select id="${id}" name="${id}">
<option value="">${anyText}</option>
${facets.map((f) => html`<option value="${f.id}"${f.id === selected ? html` selected` : ''}>${f.name} (${f.count})</option>`)}
</select></div>`;
}

type AreaFacet = EnterpriseSearchResult['facets']['areas'][number];

/** The areas with counts, grouped from the widest (the facet lists them in that order). */
function areaSelect(lang: PageLang, facets: AreaFacet[], selected: string | undefined) {
  const t = PAGE_TEXT[lang];
  const kinds = Object.keys(t.areaGroups) as Array<AreaFacet['kind']>;
  const option = (f: AreaFacet) =>
    html`<option value="${f.id}"${f.id === selected ? html` selected` : ''}>${f.name} (${f.count})</option>`;
  return html`<div><label for="area">${t.areaFilter}</label>
<select id="area" name="area">
<option value="">${t.any}</option>
${kinds.map((kind) => {
  const inGroup = facets.filter((f) => f.kind === kind);
  return inGroup.length ? html`<optgroup label="${t.areaGroups[kind]}">${inGroup.map(option)}</optgroup>` : '';
})}
</select></div>`;
}

export function renderSearchPage(
  result: EnterpriseSearchResult,
  params: SearchParams,
  lang: PageLang,
  urls: PageUrls,
  map?: MapLocationList,
): string {
  const t = PAGE_TEXT[lang];
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const filtered = Boolean(params.q || params.category || params.area || params.legalForm);
  const summary = params.q ? t.resultsFor(result.total, params.q) : t.results(result.total);
  const title = params.q ? t.searchTitle(params.q) : t.indexTitle;
  const pageTitle = pages > 1 ? `${title} · ${t.page(params.page, pages)}` : title;
  const body = html`
<h1>${t.indexTitle}</h1>
${searchForm(lang, params.q ?? '', { category: params.category, area: params.area, legalForm: params.legalForm })}
<form class="filters" action="/enterprises" method="get" aria-label="${t.filters}">
${params.q ? html`<input type="hidden" name="q" value="${params.q}">` : ''}
${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${facetSelect('category', t.category, t.any, result.facets.categories, params.category)}
${areaSelect(lang, result.facets.areas, params.area)}
${facetSelect('legalForm', t.legalFormFilter, t.any, result.facets.legalForms, params.legalForm)}
<div class="filter-actions"><button type="submit">${t.apply}</button>
${filtered ? html`<a href="${searchHref({ page: 1 }, lang)}">${t.clear}</a>` : ''}</div>
</form>
<p role="status"><strong>${summary}</strong>${pages > 1 ? html` · ${t.page(params.page, pages)}` : ''}</p>
${result.items.length === 0 ? html`<p>${t.noResults}</p>` : html`<ul class="cards enterprise-list">${result.items.map((item) => enterpriseCard(item, lang, 2))}</ul>`}
${
  pages > 1
    ? html`<nav aria-label="${t.pagination}" class="pagination">
${params.page > 1 ? html`<a href="${searchHref({ ...params, page: params.page - 1 }, lang)}" rel="prev">${t.previous}</a>` : ''}
<span>${t.page(params.page, pages)}</span>
${params.page < pages ? html`<a href="${searchHref({ ...params, page: params.page + 1 }, lang)}" rel="next">${t.next}</a>` : ''}
</nav>`
    : ''
}
${mapSection(map, lang)}`;
  return layout({ lang, title: pageTitle, description: summary, urls, body });
}
