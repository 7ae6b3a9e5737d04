import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { EnterpriseList } from './directory-api.ts';
import { formatCount, formatDate, type WidgetLang } from './localization.ts';
import { backIcon, checkIcon, nextIcon, orgIcon, placeIcon } from './icons.ts';

/** What the result list needs from the element: data, and what to do on user actions. */
export interface ResultsViewModel {
  lang: WidgetLang;
  /** The last results received (kept while a newer search is on its way). */
  list: EnterpriseList | undefined;
  pending: boolean;
  failed: boolean;
  query: string;
  hrefFor(slug: string): string;
  onOpen(event: MouseEvent, slug: string): void;
  onPage(page: number): void;
  onRetry(): void;
  /** The visitor points at or focuses a card: the profile is likely next. */
  onOpenIntent(): void;
  /** Category offer, did-you-mean and ways on, the empty result's hint too (views/search-help-view.ts), once its chunk is there. */
  help: TemplateResult | undefined;
}

/** "12 enterprises found for «x»" — both the visible heading and the screen-reader announcement. */
export function resultsSentence(lang: WidgetLang, total: number, query: string): string {
  const n = formatCount(lang, total);
  // PluralRules needs no number data: cheap even as the page's first Intl object. The language
  // alone names the rules (el-GR and en-GB count as el and en do).
  const one = new Intl.PluralRules(lang).select(total) === 'one';
  if (total === 0) {
    return query
      ? msg(str`Δεν βρέθηκαν επιχειρήσεις για «${query}»`, { id: 'results.none-for' })
      : msg('Δεν βρέθηκαν επιχειρήσεις', { id: 'results.none' });
  }
  if (query) {
    return one
      ? msg(str`Βρέθηκε ${n} επιχείρηση για «${query}»`, { id: 'results.count-for.one' })
      : msg(str`Βρέθηκαν ${n} επιχειρήσεις για «${query}»`, { id: 'results.count-for.other' });
  }
  return one
    ? msg(str`${n} επιχείρηση`, { id: 'results.count.one' })
    : msg(str`${n} επιχειρήσεις`, { id: 'results.count.other' });
}

export function verifiedLabel(lang: WidgetLang, verifiedAt: string): string {
  const date = new Date(verifiedAt);
  if (Number.isNaN(date.getTime())) return msg('Επαληθευμένη από τον Δήμο', { id: 'verified' });
  const formatted = formatDate(lang, date);
  return msg(str`Επαληθεύτηκε από τον Δήμο, ${formatted}`, { id: 'verified.on' });
}

/** Category labels, on a card and on each service of a profile. */
export function categoryTags(categories: Array<{ name: string }>): TemplateResult | typeof nothing {
  return categories.length
    ? html`<ul class="tags" aria-label=${msg('Κατηγορίες', { id: 'card.categories' })}>
        ${categories.map((category) => html`<li class="tag" part="tag">${category.name}</li>`)}
      </ul>`
    : nothing;
}

/** "Not available right now" with a retry, for the results and for a profile (whose heading takes focus). */
export function errorMessage(onRetry: () => void, headingId?: string): TemplateResult {
  return html`<div class="message error" part="error" role="alert">
    <h2 id=${headingId ?? nothing} tabindex=${headingId ? '-1' : nothing}>${msg('Ο κατάλογος δεν είναι διαθέσιμος αυτή τη στιγμή', { id: 'error.title' })}</h2>
    <p>${msg('Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά σε λίγο.', { id: 'error.hint' })}</p>
    <button type="button" class="button" part="button retry" @click=${onRetry}>${msg('Δοκιμάστε ξανά', { id: 'error.retry' })}</button>
  </div>`;
}

/** Placeholder cards while results (or a profile) load. */
export function skeletonCard(): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    <div class="bone title"></div>
    <div class="bone short"></div>
    <div class="bone"></div>
    <div class="bone"></div>
  </div>`;
}

function skeleton(): TemplateResult {
  const card = html`<li>${skeletonCard()}</li>`;
  return html`<ul class="results" aria-hidden="true">${card}${card}${card}${card}</ul>`;
}

function pagination(view: ResultsViewModel, list: EnterpriseList): TemplateResult | typeof nothing {
  const pages = Math.ceil(list.total / list.pageSize);
  if (pages <= 1) return nothing;
  const page = Math.min(list.page, pages);
  return html`<nav class="pagination" part="pagination" aria-label=${msg('Σελίδες αποτελεσμάτων', { id: 'pagination.label' })}>
    <button
      type="button"
      class="button secondary"
      part="button pagination-previous"
      aria-label=${msg('Προηγούμενη σελίδα', { id: 'pagination.previous-page' })}
      ?disabled=${page <= 1 || view.pending}
      @click=${() => view.onPage(page - 1)}
    >
      ${backIcon()}${msg('Προηγούμενη', { id: 'pagination.previous' })}
    </button>
    <p class="muted">${msg(str`Σελίδα ${page} από ${pages}`, { id: 'pagination.position' })}</p>
    <button
      type="button"
      class="button secondary"
      part="button pagination-next"
      aria-label=${msg('Επόμενη σελίδα', { id: 'pagination.next-page' })}
      ?disabled=${page >= pages || view.pending}
      @click=${() => view.onPage(page + 1)}
    >
      ${msg('Επόμενη', { id: 'pagination.next' })}${nextIcon()}
    </button>
  </nav>`;
}

function card(view: ResultsViewModel, enterprise: EnterpriseList['items'][number]): TemplateResult {
  return html`<li>
    <article class="card" part="card">
      <h3>
        <a part="card-link" data-slug=${enterprise.slug} href=${view.hrefFor(enterprise.slug)} @click=${(event: MouseEvent) => view.onOpen(event, enterprise.slug)}
          >${enterprise.name}</a
        >
      </h3>
      <p class="meta">
        <span>${orgIcon()}${enterprise.legalForm.name}</span>
        ${enterprise.municipality ? html`<span>${placeIcon()}${enterprise.municipality.name}</span>` : nothing}
      </p>
      ${enterprise.summary ? html`<p class="summary">${enterprise.summary}</p>` : nothing}
      ${
        enterprise.verifiedAt
          ? html`<p class="verified" part="badge verified">${checkIcon()}${verifiedLabel(view.lang, enterprise.verifiedAt)}</p>`
          : nothing
      }
      ${categoryTags(enterprise.categories)}
    </article>
  </li>`;
}

/** Results, or the skeleton, the empty hint or the error with a retry. */
export function renderResults(view: ResultsViewModel): TemplateResult {
  const { list } = view;
  if (view.failed) return errorMessage(view.onRetry);
  if (!list) {
    return html`<div class="results-region" aria-busy="true">
      <p class="muted">${msg('Φόρτωση επιχειρήσεων…', { id: 'results.loading' })}</p>
      ${skeleton()}
    </div>`;
  }
  if (list.total === 0) {
    return html`<div class="message" part="empty">
      <h2 id="results-heading" tabindex="-1">${resultsSentence(view.lang, 0, view.query)}</h2>
      ${view.help}
    </div>`;
  }
  return html`<div class="results-region" aria-busy=${view.pending ? 'true' : 'false'}>
    <div class="results-head">
      <h2 id="results-heading" part="results-heading" tabindex="-1">${resultsSentence(view.lang, list.total, view.query)}</h2>
      ${view.help}
    </div>
    <ul class="results ${view.pending ? 'stale' : ''}" part="results" @pointerover=${view.onOpenIntent} @focusin=${view.onOpenIntent}>
      ${list.items.map((enterprise) => card(view, enterprise))}
    </ul>
    ${pagination(view, list)}
  </div>`;
}
