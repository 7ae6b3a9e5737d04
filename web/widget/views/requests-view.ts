import type { TemplateResult } from 'lit';
import type { OpenConsultationList } from '../directory-api.ts';
import type { DirectoryView } from '../hash-state.ts';
import type { WidgetLang } from '../localization.ts';
import type { ViewKit, WidgetView } from '../view-kit.ts';
// Deadlines are set in Greek time (Law 4412/2016): dd/mm/yyyy HH:mm in Europe/Athens, whatever the visitor's zone.
import { formatDateTime } from '../../shared/format.ts';

/**
 * The open requests for quotes the municipality lists publicly (issue 13, off unless
 * PUBLIC_CONSULTATIONS is on), so that enterprises not yet in the directory learn of them:
 * title, category, deadline (Athens time) and how to take part. A chunk of its own, loaded
 * and asked for its data only when the visitor opens it: the first screen knows only the
 * count, which comes with the search answer.
 */
export interface OpenRequestsModel {
  lang: WidgetLang;
  /** The directory: renders again when the list arrives; its "open requests" button takes focus back. */
  host: { renderRoot: HTMLElement | DocumentFragment; requestUpdate(): void; updateComplete: Promise<boolean> };
  /** The element's `api` attribute; else where the script (and so this chunk) came from. */
  api: string | undefined;
  /** Toggles the view off (back to the results). */
  onClose(view: DirectoryView): void;
}

type Answer = { status: 'pending' } | { status: 'error' } | { status: 'complete'; data: OpenConsultationList };

/** One request per language for the page's life, like the map's (the list changes seldom; a reload asks again). */
const answers = new Map<string, Answer>();

function listUrl(model: OpenRequestsModel): string {
  const base = (model.api?.trim() || new URL(import.meta.url).origin).replace(/\/+$/, '');
  return `${base}/api/v1/open-consultations?lang=${model.lang}`;
}

function answerFor(model: OpenRequestsModel): Answer {
  const url = listUrl(model);
  let answer = answers.get(url);
  if (!answer) {
    answer = { status: 'pending' };
    answers.set(url, answer);
    fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } })
      .then((response) =>
        response.ok
          ? (response.json() as Promise<OpenConsultationList>)
          : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (data) => answers.set(url, { status: 'complete', data }),
        () => answers.set(url, { status: 'error' }),
      )
      .finally(() => model.host.requestUpdate());
  }
  return answer;
}

export default function openRequestsView(kit: ViewKit): WidgetView<OpenRequestsModel> {
  const { html, msg } = kit;

  /** "How to take part" is text from the API with the register's address in it: the address becomes a link. */
  const withLinks = (text: string) =>
    text
      .split(/(https?:\/\/[^\s()]+)/)
      .map((part, i) => (i % 2 ? html`<a href=${part} target="_blank" rel="noopener">${part}</a>` : part));

  const close = (model: OpenRequestsModel) => {
    model.onClose('requests');
    // The view goes; focus goes back to the button that opened it (else the search box).
    void model.host.updateComplete.then(() => {
      const root = model.host.renderRoot;
      (
        root.querySelector<HTMLElement>('[part~="open-requests-switch"]') ??
        root.querySelector<HTMLElement>('#search-input')
      )?.focus();
    });
  };

  function body(model: OpenRequestsModel, answer: Answer): TemplateResult {
    if (answer.status === 'error') {
      const retry = () => {
        answers.delete(listUrl(model));
        model.host.requestUpdate();
      };
      return html`<div class="message error" part="error" role="alert">
        <p>${msg('Οι προσκλήσεις δεν είναι διαθέσιμες αυτή τη στιγμή', { id: 'requests.error' })}</p>
        <button type="button" class="button" part="button retry" @click=${retry}>${msg('Δοκιμάστε ξανά', { id: 'error.retry' })}</button>
      </div>`;
    }
    if (answer.status === 'pending')
      return html`<p class="muted">${msg('Φόρτωση προσκλήσεων…', { id: 'requests.loading' })}</p>`;
    const { items } = answer.data;
    if (!items.length)
      return html`<p part="empty">${msg('Δεν υπάρχουν ανοιχτές προσκλήσεις αυτή τη στιγμή.', { id: 'requests.none' })}</p>`;
    return html`<ul class="results" part="results">
      ${items.map(
        (request) => html`<li>
          <article class="card" part="card open-request">
            <h3>${request.title}</h3>
            <dl>
              <dt>${msg('Κατηγορία', { id: 'requests.category' })}</dt>
              <dd>${request.category.label} (${request.category.code})</dd>
              <dt>${msg('Προθεσμία προσφορών', { id: 'requests.deadline' })}</dt>
              <dd><time datetime=${request.deadline}>${formatDateTime(request.deadline)}</time> (${msg('ώρα Ελλάδας', { id: 'requests.athens-time' })})</dd>
            </dl>
            <p part="how-to-take-part">${withLinks(request.howToTakePart)}</p>
          </article>
        </li>`,
      )}
    </ul>`;
  }

  function render(model: OpenRequestsModel): TemplateResult {
    const answer = answerFor(model);
    return html`<section class="requests" part="open-requests" aria-labelledby="open-requests-heading" aria-busy=${answer.status === 'pending'}>
      <button type="button" class="link-button" part="back" @click=${() => close(model)}>${msg('Πίσω στα αποτελέσματα', { id: 'profile.back' })}</button>
      <h2 id="open-requests-heading">${msg('Ανοιχτές προσκλήσεις υποβολής προσφορών του Δήμου', { id: 'requests.title' })}</h2>
      <p>${msg('Ο Δήμος ζητά προσφορές για τα παρακάτω. Μπορούν να λάβουν μέρος και κοινωνικές επιχειρήσεις που δεν είναι ακόμη στον κατάλογο.', { id: 'requests.intro' })}</p>
      ${body(model, answer)}
    </section>`;
  }

  const styles = kit.css`
    .requests {
      display: grid;
      gap: 0.75em;
      flex-basis: 100%;
    }
    .requests .link-button {
      justify-self: start;
    }
    .requests h2 {
      font-size: 1.15em;
    }
    .requests dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 1em;
      margin: 0.5em 0;
    }
    .requests dt {
      color: var(--koinsep-color-muted, #4b5663);
    }
    .requests dd {
      margin: 0;
    }
    .requests a {
      overflow-wrap: anywhere;
    }
  `;

  return { styles, render };
}
