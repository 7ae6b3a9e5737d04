import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StaffEnterprise } from '../../../../api/contract.ts';
import { errorText } from '../../../shared/api-client.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { saveStatutes, type StatutesFacts } from '../../api/staff-enterprises.ts';
import { fieldLabel } from '../../labels/field-labels.ts';
import { statutesFactValueNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';

const FACTS = ['integrationPurpose', 'publicServiceMission', 'profitsReinvested', 'participatoryGovernance'] as const;
type Choice = 'yes' | 'no' | 'unset';
const toChoice = (value: boolean | null): Choice => (value === null ? 'unset' : value ? 'yes' : 'no');
const fromChoice = (choice: Choice): boolean | null => (choice === 'unset' ? null : choice === 'yes');

/**
 * Staff record the statutes facts after reading the statutes (issue 11): the eligibility search
 * answers "unknown" for art. 20 (other operators) and art. 77(2) until they do. Saving records
 * who and when (field history).
 *
 * @fires statutes-saved - detail: the enterprise record as saved
 */
@localized()
@customElement('koinsep-statutes-facts')
export class KoinsepStatutesFacts extends LitElement {
  static override styles = adminStyles;

  @property({ attribute: false }) enterprise!: StaffEnterprise;
  @state() private _choices: Record<(typeof FACTS)[number], Choice> = {
    integrationPurpose: 'unset',
    publicServiceMission: 'unset',
    profitsReinvested: 'unset',
    participatoryGovernance: 'unset',
  };
  @state() private _error = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('enterprise'))
      for (const fact of FACTS) this._choices = { ...this._choices, [fact]: toChoice(this.enterprise.statutes[fact]) };
  }

  private async _onSubmit(event: Event) {
    event.preventDefault();
    this._error = '';
    const facts = Object.fromEntries(FACTS.map((fact) => [fact, fromChoice(this._choices[fact])])) as StatutesFacts;
    try {
      const saved = await saveStatutes(this.enterprise.slug, facts, this.enterprise.etag);
      this.dispatchEvent(
        new CustomEvent<StaffEnterprise>('statutes-saved', { detail: saved, bubbles: true, composed: true }),
      );
    } catch (error) {
      this._error = errorText(error);
    }
  }

  override render() {
    const { statutes } = this.enterprise;
    const names = statutesFactValueNames();
    return html`<form @submit=${this._onSubmit}>
      <p class="hint">
        ${
          statutes.verifiedAt
            ? msg(
                str`Καταχωρίστηκαν από το καταστατικό στις ${formatDateTime(statutes.verifiedAt)} από ${statutes.verifiedBy ?? '—'}.`,
                { id: 'statutes.recorded' },
              )
            : msg(
                'Δεν έχουν καταχωριστεί: η αναζήτηση επιλέξιμων απαντά «άγνωστο» για το άρθ. 20 (άλλοι φορείς) και το άρθ. 77 §2.',
                { id: 'statutes.never' },
              )
        }
      </p>
      ${FACTS.map(
        (fact) => html`<fieldset>
          <legend>${fieldLabel(`statutes.${fact}`)}</legend>
          ${(['yes', 'no', 'unset'] as const).map(
            (choice) => html`<label class="choice"
              ><input
                type="radio"
                name=${fact}
                value=${choice}
                .checked=${this._choices[fact] === choice}
                @change=${() => (this._choices = { ...this._choices, [fact]: choice })}
              />
              ${names[choice]}</label
            >`,
          )}
        </fieldset>`,
      )}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <div class="actions"><button class="primary" type="submit">${msg('Καταχώριση από το καταστατικό', { id: 'statutes.save' })}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-statutes-facts': KoinsepStatutesFacts;
  }
}
