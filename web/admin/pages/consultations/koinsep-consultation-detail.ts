import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { ComparisonView, ConsultationDetail, OffersResponse } from '../../../../api/contract.ts';
import { formatDate, formatDateTime, formatEuros, parseDate, todayInAthens } from '../../../shared/format.ts';
import { currentLang, type Lang } from '../../../shared/language.ts';
import {
  awardConsultation,
  cancelConsultation,
  getComparison,
  getConsultation,
  getOffers,
  publishConsultation,
  saveEvaluation,
} from '../../api/consultations.ts';
import { dateError, dateHint } from '../../labels/dates.ts';
import { awardRouteNames, consultationStatusNames } from '../../labels/lists.ts';
import { adminStyles } from '../../shared-styles.ts';
import { consultationStyles, rotationText } from './consultation-styles.ts';
import { PageChange } from './page-change.ts';

interface Decision {
  accepted: boolean;
  reason: string;
}

/**
 * One request for quotes, the municipality's side (issue 13): its terms and files, the invitees
 * with their last 12 months, publish and cancel; while sealed only the number of offers; after the
 * deadline the comparison ranked by the rule, accept or reject each offer with a reason, and the
 * award decision — refused with the reasons when the chosen enterprise is no longer eligible —
 * with a link to the contract it created.
 */
@localized()
@customElement('koinsep-consultation-detail')
export class KoinsepConsultationDetail extends LitElement {
  static override styles = [adminStyles, consultationStyles];

  @property({ reflect: true }) override lang: Lang = currentLang();
  @state() private _c: ConsultationDetail | null = null;
  @state() private _offers: OffersResponse | null = null;
  @state() private _comparison: ComparisonView | null = null;
  @state() private _decisions: Record<string, Decision> = {};
  @state() private _cancelReason = '';
  @state() private _decisionNumber = '';
  @state() private _decisionDate = formatDate(todayInAthens());
  @state() private _ada = '';
  @state() private _winner = '';
  private readonly _change = new PageChange(this, () => this._load());
  @state() private _dateError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this._load();
  }

  private get _id() {
    return new URLSearchParams(location.search).get('id') ?? '';
  }

  private async _load() {
    try {
      this._c = await getConsultation(this._id);
      this._offers = this._c.status === 'draft' ? null : await getOffers(this._id);
      this._comparison = this._offers && !this._offers.sealed ? await getComparison(this._id) : null;
      if (this._comparison) {
        this._decisions = Object.fromEntries(
          this._comparison.offers.map((o) => [o.offerId, { accepted: o.accepted, reason: o.reason ?? '' }]),
        );
        this._winner = this._comparison.winnerOfferId ?? this._winner;
      }
    } catch (error) {
      this._change.fail(error);
    }
  }

  private _onPublish() {
    void this._change.run(
      () => publishConsultation(this._c!),
      msg('Το αίτημα δημοσιεύθηκε.', { id: 'consultation.published' }),
    );
  }

  private _onCancel(event: SubmitEvent) {
    event.preventDefault();
    void this._change.run(
      () => cancelConsultation(this._c!.id, this._cancelReason),
      msg('Το αίτημα ακυρώθηκε.', { id: 'consultation.cancelled' }),
    );
  }

  private _onEvaluate(event: SubmitEvent) {
    event.preventDefault();
    const decisions = Object.fromEntries(
      Object.entries(this._decisions).map(([id, d]) => [id, { accepted: d.accepted, reason: d.reason.trim() || null }]),
    );
    void this._change.run(
      () => saveEvaluation(this._c!.id, { decisions }),
      msg('Η αξιολόγηση αποθηκεύτηκε.', { id: 'consultation.evaluated' }),
    );
  }

  private _onAward(event: SubmitEvent) {
    event.preventDefault();
    const day = parseDate(this._decisionDate);
    this._dateError = day ? '' : dateError();
    if (!day) return;
    void this._change.run(
      () =>
        awardConsultation(this._c!.id, {
          offerId: this._winner,
          decisionNumber: this._decisionNumber.trim(),
          decisionDate: day,
          diavgeiaAda: this._ada.trim() || null,
        }),
      msg('Η ανάθεση καταχωρίστηκε.', { id: 'consultation.awarded' }),
    );
  }

  private _renderComparison(comparison: ComparisonView) {
    return html`<h2>${msg('Σύγκριση προσφορών', { id: 'consultation.comparison' })}</h2>
      <form @submit=${this._onEvaluate}>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Σύγκριση προσφορών', { id: 'consultation.comparison' })}>
          <table>
            <thead>
              <tr>
                <th scope="col">${msg('Σειρά', { id: 'consultation.rank' })}</th>
                <th scope="col">${msg('Επιχείρηση', { id: 'compliance.enterprise' })}</th>
                <th scope="col">${msg('Τιμή χωρίς ΦΠΑ', { id: 'consultation.price-net' })}</th>
                <th scope="col">${msg('Σύνολο με ΦΠΑ', { id: 'consultation.total' })}</th>
                <th scope="col">${msg('Βαθμολογία', { id: 'consultation.score' })}</th>
                <th scope="col">${msg('Απόφαση', { id: 'consultation.decision' })}</th>
              </tr>
            </thead>
            <tbody>
              ${comparison.offers.map((o) => {
                const d = this._decisions[o.offerId] ?? { accepted: true, reason: '' };
                const set = (change: Partial<Decision>) =>
                  (this._decisions = { ...this._decisions, [o.offerId]: { ...d, ...change } });
                return html`<tr>
                  <td>${o.rank ?? '—'}</td>
                  <th scope="row">${o.enterprise.name}</th>
                  <td class="num">${formatEuros(o.priceNet, this.lang)}</td>
                  <td class="num">${formatEuros(o.total, this.lang)}</td>
                  <td class="num">${o.totalScore ?? '—'}</td>
                  <td>
                    <label class="check"
                      ><input type="checkbox" .checked=${d.accepted} @change=${(e: Event) => set({ accepted: (e.target as HTMLInputElement).checked })} />
                      ${msg(str`Αποδεκτή: ${o.enterprise.name}`, { id: 'consultation.accept' })}</label
                    >
                    <label for=${`reason-${o.offerId}`}>${msg(str`Αιτιολογία: ${o.enterprise.name}`, { id: 'consultation.reason' })}</label>
                    <input id=${`reason-${o.offerId}`} .value=${d.reason} @input=${(e: Event) => set({ reason: (e.target as HTMLInputElement).value })} />
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <div class="actions"><button type="submit">${msg('Αποθήκευση αξιολόγησης', { id: 'consultation.save-evaluation' })}</button></div>
      </form>`;
  }

  private _renderAward(comparison: ComparisonView) {
    const accepted = comparison.offers.filter((o) => o.accepted);
    return html`<h2>${msg('Απόφαση ανάθεσης', { id: 'consultation.award' })}</h2>
      <form @submit=${this._onAward}>
        <div class="field">
          <label for="winner">${msg('Προσφορά', { id: 'consultation.offer' })}</label>
          <select id="winner" @change=${(e: Event) => (this._winner = (e.target as HTMLSelectElement).value)}>
            ${accepted.map((o) => html`<option value=${o.offerId} ?selected=${o.offerId === this._winner}>${o.enterprise.name} · ${formatEuros(o.priceNet, this.lang)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="decisionNumber">${msg('Αριθμός απόφασης', { id: 'consultation.decision-number' })}</label>
          <input id="decisionNumber" .value=${this._decisionNumber} @input=${(e: Event) => (this._decisionNumber = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="decisionDate">${msg('Ημερομηνία απόφασης', { id: 'consultation.decision-date' })}</label>
          <input id="decisionDate" aria-describedby="decisionDate-hint" aria-invalid=${this._dateError ? 'true' : 'false'} .value=${this._decisionDate} @input=${(e: Event) => (this._decisionDate = (e.target as HTMLInputElement).value)} />
          <span class="hint" id="decisionDate-hint">${dateHint()}</span>
          ${this._dateError ? html`<span class="error">${this._dateError}</span>` : nothing}
        </div>
        <div class="field">
          <label for="ada">${msg('ΑΔΑ Διαύγειας (προαιρετικό)', { id: 'consultation.ada' })}</label>
          <input id="ada" .value=${this._ada} @input=${(e: Event) => (this._ada = (e.target as HTMLInputElement).value)} />
        </div>
        <div class="actions"><button type="submit" class="primary">${msg('Ανάθεση', { id: 'consultation.award-button' })}</button></div>
      </form>`;
  }

  /**
   * The evaluation minutes: their links once the evaluation is saved (the server has nothing to
   * give before, 409); until then, while the request runs, why they are not there yet.
   */
  private _renderMinutes(c: ConsultationDetail, base: string, lang: string) {
    const name = msg('Πρακτικό αξιολόγησης', { id: 'consultation.minutes-document' });
    if (this._comparison?.evaluatedAt)
      return html`<li>
        ${name}:
        <a href=${`${base}/evaluation-minutes.docx${lang}`} download>DOCX</a> ·
        <a href=${`${base}/evaluation-minutes.pdf${lang}`} download>PDF</a>
      </li>`;
    if (c.status !== 'open' && c.status !== 'closed') return nothing;
    return html`<li>
      ${name}:
      <span class="hint">${msg('διατίθεται μόλις αποθηκευτεί η αξιολόγηση των προσφορών, μετά την προθεσμία.', { id: 'consultation.minutes-later' })}</span>
    </li>`;
  }

  /** The invitation always; the evaluation minutes once the offers are opened and evaluated. */
  private _renderDocuments(c: ConsultationDetail) {
    const base = `/api/v1/consultations/${encodeURIComponent(c.id)}`;
    const lang = this.lang === 'el' ? '' : `?lang=${this.lang}`;
    return html`<h2>${msg('Έγγραφα', { id: 'consultation.documents' })}</h2>
      <ul>
        <li>
          ${msg('Πρόσκληση', { id: 'consultation.invitation-document' })}:
          <a href=${`${base}/invitation.docx${lang}`} download>DOCX</a> ·
          <a href=${`${base}/invitation.pdf${lang}`} download>PDF</a>
        </li>
        ${this._renderMinutes(c, base, lang)}
      </ul>`;
  }

  override render() {
    const c = this._c;
    if (!c) return html`<h1>${msg('Αίτημα προσφορών', { id: 'consultation.heading' })}</h1>${this._change.render()}`;
    const offers = this._offers;
    return html`<p><a href="/admin/consultations">${msg('Όλα τα αιτήματα', { id: 'consultation.back' })}</a></p>
      <h1>${c.title}</h1>
      <p><span class="badge neutral">${consultationStatusNames()[c.status]}</span></p>
      <dl class="facts">
        <dt>${msg('Διαδικασία', { id: 'consultation.route' })}</dt><dd>${awardRouteNames()[c.route]}</dd>
        <dt>CPV</dt><dd>${c.cpv.join(', ')}</dd>
        <dt>${msg('Εκτιμώμενη αξία χωρίς ΦΠΑ (€)', { id: 'consultation.value' })}</dt><dd>${formatEuros(c.valueNet, this.lang)}</dd>
        <dt>${msg('Προθεσμία', { id: 'consultation.deadline' })}</dt><dd>${formatDateTime(c.deadline)}</dd>
        ${c.cancelReason ? html`<dt>${msg('Λόγος ακύρωσης', { id: 'consultation.cancel-reason' })}</dt><dd>${c.cancelReason}</dd>` : nothing}
      </dl>
      ${c.description ? html`<p>${c.description}</p>` : nothing}
      ${
        c.attachments.length
          ? html`<h2>${msg('Συνημμένα', { id: 'consultation.attachments' })}</h2>
            <ul>${c.attachments.map((a) => html`<li><a href=${a.url} download>${a.fileName}</a></li>`)}</ul>`
          : nothing
      }
      ${this._renderDocuments(c)}
      <h2>${msg('Προσκλήσεις', { id: 'consultation.invitations' })}</h2>
      ${c.openToAllEligible ? html`<p>${msg('Ανοιχτό σε κάθε επιλέξιμη επιχείρηση', { id: 'consultation.open-to-all' })}</p>` : nothing}
      <ul class="plain">
        ${c.invitations.map(
          (i) => html`<li>
            ${i.enterprise.name}
            <span class="hint">· ${rotationText(i.rotation, this.lang)}
            ${i.declinedAt ? html`· ${msg('Δεν συμμετέχει', { id: 'consultation.declined' })}` : nothing}</span>
          </li>`,
        )}
      </ul>
      ${this._change.render()}
      ${c.actions.includes('publish') ? html`<div class="actions"><button class="primary" @click=${this._onPublish}>${msg('Δημοσίευση', { id: 'consultation.publish' })}</button></div>` : nothing}
      ${
        offers?.sealed
          ? html`<p role="status">${msg(str`Προσφορές που έχουν υποβληθεί: ${offers.count} (σφραγισμένες έως την προθεσμία)`, { id: 'consultation.sealed-count' })}</p>`
          : nothing
      }
      ${this._comparison && c.status === 'closed' ? html`${this._renderComparison(this._comparison)}${this._renderAward(this._comparison)}` : nothing}
      ${
        c.award
          ? html`<h2>${msg('Απόφαση ανάθεσης', { id: 'consultation.award' })}</h2>
            <p>${c.award.decisionNumber} · ${formatDate(c.award.decisionDate)}${c.award.diavgeiaAda ? ` · ΑΔΑ ${c.award.diavgeiaAda}` : ''}</p>
            ${c.award.contractId ? html`<p><a href=${`/admin/contracts?id=${encodeURIComponent(c.award.contractId)}`}>${msg('Η σύμβαση στο μητρώο', { id: 'consultation.contract-link' })}</a></p>` : nothing}`
          : nothing
      }
      ${
        c.actions.includes('cancel')
          ? html`<form @submit=${this._onCancel}>
            <div class="field">
              <label for="cancelReason">${msg('Λόγος ακύρωσης', { id: 'consultation.cancel-reason' })}</label>
              <input id="cancelReason" .value=${this._cancelReason} @input=${(e: Event) => (this._cancelReason = (e.target as HTMLInputElement).value)} />
            </div>
            <div class="actions"><button type="submit" class="danger">${msg('Ακύρωση αιτήματος', { id: 'consultation.cancel' })}</button></div>
          </form>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-consultation-detail': KoinsepConsultationDetail;
  }
}
