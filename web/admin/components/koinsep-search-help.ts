import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { EnterpriseList } from '../../../api/contract.ts';
import type { Lang } from '../../shared/language.ts';
import { searchHelp } from '../api/directory.ts';
import './koinsep-search-offers.ts';

export type { CategoryOffer } from './koinsep-search-offers.ts';

/**
 * Ways on from a staff search (issue 12), as the widget offers them and from the same answer
 * (GET /api/v1/enterprises: `matchedCategories`, `suggestions`): "Show the category «…»" when
 * the words name a category, "Did you mean «…»" when they find nothing or very little. No counts:
 * the public answer counts published enterprises, and staff lists show drafts and hidden ones too.
 * The offers themselves (buttons in a live region) are koinsep-search-offers, as in the pickers.
 *
 * @fires search-suggestion - detail: the words to search instead (string)
 * @fires category-offer - detail: the category to show (CategoryOffer)
 */
@customElement('koinsep-search-help')
export class KoinsepSearchHelp extends LitElement {
  static override styles = css`
    :host { display: block; }
  `;

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

  override render() {
    const answer = this._answer;
    return html`<koinsep-search-offers
      .suggestions=${answer?.suggestions.map((s) => s.q) ?? []}
      .categories=${answer?.matchedCategories.filter((c) => c.id !== this.category).slice(0, 2) ?? []}
    ></koinsep-search-offers>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-search-help': KoinsepSearchHelp;
  }
}
