import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { adminStyles } from '../shared-styles.ts';

export interface CategoryOffer {
  id: string;
  name: string;
}

/**
 * The ways on from a search that found nothing or not what was meant (issue 12), as buttons:
 * "Did you mean «…»" for each suggested query, and an offer per category the words name — to
 * show it (`show`, a list of enterprises) or to add its CPV codes (`add-codes`, a CPV picker).
 * A polite live region that is always there, so screen readers hear the offers as they appear;
 * buttons, never options, so a combobox's listbox above keeps holding only its options (ARIA
 * 1.2) and Tab from the field reaches them.
 *
 * @fires search-suggestion - detail: the words to search instead (string)
 * @fires category-offer - detail: the category offered (CategoryOffer)
 */
@localized()
@customElement('koinsep-search-offers')
export class KoinsepSearchOffers extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { display: block; }
      .help { display: flex; flex-wrap: wrap; align-items: center; gap: var(--koinsep-space-1) var(--koinsep-space-3); margin: var(--koinsep-space-2) 0; }
      .help p { margin: 0; }
    `,
  ];

  /** Queries to offer instead, best first. */
  @property({ attribute: false }) suggestions: string[] = [];
  @property({ attribute: false }) categories: CategoryOffer[] = [];
  /** What a category offer does: show the category, or add its CPV codes. */
  @property({ attribute: 'category-action' }) categoryAction: 'show' | 'add-codes' = 'show';

  private _fire<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private _categoryText(name: string): string {
    return this.categoryAction === 'add-codes'
      ? msg(str`Προσθήκη των κωδικών της κατηγορίας «${name}»`, { id: 'search-help.add-category-codes' })
      : msg(str`Εμφάνιση της κατηγορίας «${name}»`, { id: 'search-help.show-category' });
  }

  override render() {
    const any = this.suggestions.length > 0 || this.categories.length > 0;
    // Empty rather than hidden when there is nothing: a live region must be there before its words.
    return html`<div class=${any ? 'help' : ''} aria-live="polite">
      ${
        this.suggestions.length
          ? html`<p>
            ${msg('Μήπως εννοείτε:', { id: 'search-help.did-you-mean' })}
            ${this.suggestions.map(
              (q, i) =>
                html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this._fire('search-suggestion', q)}>«${q}»</button>`,
            )}
          </p>`
          : nothing
      }
      ${this.categories.map(
        (c) =>
          html`<button type="button" @click=${() => this._fire<CategoryOffer>('category-offer', { id: c.id, name: c.name })}>
            ${this._categoryText(c.name)}
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-search-offers': KoinsepSearchOffers;
  }
  interface GlobalEventHandlersEventMap {
    'search-suggestion': CustomEvent<string>;
    'category-offer': CustomEvent<CategoryOffer>;
  }
}
