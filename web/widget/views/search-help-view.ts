import type { TemplateResult } from 'lit';
import type { EnterpriseList } from '../directory-api.ts';
import type { WidgetLang } from '../localization.ts';
import type { ViewKit, WidgetView } from '../view-kit.ts';

/**
 * Ways on from a search (issue 12): "Show the category «…»" when the words name a category,
 * "Did you mean «…»" from the server's spelling suggestions, and on an empty result a way to
 * browse the categories. A chunk of its own, loaded only when an answer carries something to
 * offer (or finds nothing): the first screen, with no query, never needs it. Only types are
 * imported; Lit and the message function come through the kit (view-kit.ts).
 */
export interface SearchHelpModel {
  lang: WidgetLang;
  list: EnterpriseList;
  /** The category filter on screen: it is not offered again. */
  category: string;
  /** An area or legal form is chosen: a category's count (all its enterprises) would not be what shows. */
  narrowed: boolean;
  /** Some filter is chosen: an empty result offers to search without them. */
  filtered: boolean;
  onClearFilters: () => void;
  /** Show these words and this category instead ('' = none), from the first page. */
  onApply: (q: string, category: string) => void;
  /** No query, no category: the whole directory, with the category filter to choose from. */
  onBrowse: () => void;
}

export default function searchHelpView(kit: ViewKit): WidgetView<SearchHelpModel> {
  const { html, nothing, css, msg, str } = kit;

  function render(model: SearchHelpModel): TemplateResult {
    const { list } = model;
    const n = (count: number) => kit.formatCount(model.lang, count);
    const offers = list.matchedCategories.filter((c) => c.id !== model.category).slice(0, 2);
    const empty = list.total === 0;
    if (!offers.length && !list.suggestions.length && !empty) return html``;
    const suggestion = (s: EnterpriseList['suggestions'][number], i: number) =>
      html`${i ? ', ' : ''}<button type="button" class="link-button" part="suggestion" @click=${() => model.onApply(s.q, model.category)}>«${s.q}»</button> (${n(s.total)})`;
    return html`<div class="help" part="search-help">
      ${
        empty
          ? html`<p>${msg(
              'Δοκιμάστε μια πιο γενική λέξη, π.χ. «καθαριότητα» αντί για «καθαρισμός γραφείων», ή γράψτε με λατινικούς χαρακτήρες (katharismos).',
              { id: 'empty.hint' },
            )}</p>`
          : nothing
      }
      ${list.suggestions.length ? html`<p part="did-you-mean">${msg('Μήπως εννοείτε:', { id: 'help.did-you-mean' })} ${list.suggestions.map(suggestion)}</p>` : nothing}
      ${offers.map(
        (
          c,
        ) => html`<button type="button" class="button secondary" part="button category-offer" @click=${() => model.onApply('', c.id)}>
          ${
            model.narrowed
              ? msg(str`Εμφάνιση της κατηγορίας «${c.name}»`, { id: 'help.show-category' })
              : msg(str`Εμφάνιση της κατηγορίας «${c.name}» (${n(c.count)})`, { id: 'help.show-category-count' })
          }
        </button>`,
      )}
      ${
        empty && model.filtered
          ? html`<button type="button" class="button secondary" part="button clear-filters" @click=${model.onClearFilters}>
            ${msg('Αναζήτηση χωρίς φίλτρα', { id: 'empty.clear-filters' })}
          </button>`
          : nothing
      }
      ${
        empty
          ? html`<button type="button" class="link-button" part="browse-categories" @click=${model.onBrowse}>
            ${msg('Όλες οι επιχειρήσεις, ανά κατηγορία', { id: 'help.browse-categories' })}
          </button>`
          : nothing
      }
    </div>`;
  }

  const styles = css`
    .help {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 1em;
      flex-basis: 100%;
    }
    .help p {
      flex-basis: 100%;
    }
    .help .link-button {
      min-block-size: 2.75em;
    }
  `;

  return { styles, render };
}
