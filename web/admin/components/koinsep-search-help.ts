import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { EnterpriseList } from '../../../api/contract.ts';
import type { Lang } from '../../shared/language.ts';
import { searchHelp } from '../api/directory.ts';
import { adminStyles } from '../shared-styles.ts';

export interface CategoryOffer {
  id: string;
  name: string;
}

/**
 * Ways on from a staff search (issue 12), as the widget offers them and from the same answer
 * (GET /api/v1/enterprises: `matchedCategories`, `suggestions`): "Show the category «…»" when
 * the words name a category, "Did you mean «…»" when they find nothing or very little. No counts:
 * the public answer counts published enterprises, and staff lists show drafts and hidden ones too.
 * Renders nothing until there is something to offer.
 *
 * @fires search-suggestion - detail: the words to search instead (string)
 * @fires category-offer - detail: the category to show (CategoryOffer)
 */
@localized()
@customElement('koinsep-search-help')
export class KoinsepSearchHelp extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { display: block; }
      .help { display: flex; flex-wrap: wrap; align-items: center; gap: var(--koinsep-space-1) var(--koinsep-space-3); margin: var(--koinsep-space-2) 0; }
      .help p { margin: 0; }
    `,
  ];

  /** The words searched (not as typed: as submitted). '' offers nothing. */
  @property() q = '';
  /** The category already shown: it is not offered again. */
  @property() category = '';
  @property() override lang: Lang = 'el';
  @state() private _answer: Pick<EnterpriseList, 'matchedCategories' | 'suggestions'> | null = null;
  /** Answers to an older question are dropped. */
  private _asked = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') || changed.has('category') || changed.has('lang')) void this._ask();
  }

  private async _ask() {
    const asked = ++this._asked;
    const q = this.q.trim();
    if (!q) {
      this._answer = null;
      return;
    }
    try {
      const answer = await searchHelp(q, this.lang, this.category);
      if (asked === this._asked) this._answer = answer;
    } catch {
      // Only an offer: the search itself reports its own failures.
      if (asked === this._asked) this._answer = null;
    }
  }

  private _fire<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const answer = this._answer;
    if (!answer) return nothing;
    const offers = answer.matchedCategories.filter((c) => c.id !== this.category).slice(0, 2);
    if (!offers.length && !answer.suggestions.length) return nothing;
    return html`<div class="help">
      ${
        answer.suggestions.length
          ? html`<p>
            ${msg('Μήπως εννοείτε:', { id: 'search-help.did-you-mean' })}
            ${answer.suggestions.map(
              (s, i) =>
                html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this._fire('search-suggestion', s.q)}>«${s.q}»</button>`,
            )}
          </p>`
          : nothing
      }
      ${offers.map(
        (c) =>
          html`<button type="button" @click=${() => this._fire<CategoryOffer>('category-offer', { id: c.id, name: c.name })}>
            ${msg(str`Εμφάνιση της κατηγορίας «${c.name}»`, { id: 'search-help.show-category' })}
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-search-help': KoinsepSearchHelp;
  }
  interface GlobalEventHandlersEventMap {
    'search-suggestion': CustomEvent<string>;
    'category-offer': CustomEvent<CategoryOffer>;
  }
}
