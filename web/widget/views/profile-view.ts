import type { TemplateResult } from 'lit';
import type { EnterpriseProfile } from '../directory-api.ts';
import type { WidgetLang } from '../localization.ts';
import type { ViewKit, WidgetView } from '../view-kit.ts';

/**
 * An enterprise's profile: a chunk of its own, loaded when a visitor first reaches for a
 * profile (the first screen is the search). Only types are imported; Lit, the message
 * function and the shared pieces come from the main file through the kit (view-kit.ts).
 */
export interface ProfileModel {
  lang: WidgetLang;
  /** `undefined`: the link points to an enterprise that is not (or no longer) published. */
  profile: EnterpriseProfile | undefined;
}

type Area = EnterpriseProfile['services'][number]['areas'][number];
const KIND_ORDER: Record<Area['kind'], number> = { country: 0, region: 1, regional_unit: 2, municipality: 3 };

/** Every area any service covers, once, widest first. */
function servedAreas(profile: EnterpriseProfile): Area[] {
  const byId = new Map<string, Area>();
  for (const service of profile.services) for (const area of service.areas) byId.set(area.id, area);
  return [...byId.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name));
}

/** Only http(s) links become clickable: a stored `javascript:` URL must never run on the host page. */
function safeWebsite(url: string | null): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A logo the host page's CSP blocks (img-src without the directory) or that fails to load leaves no broken-image icon. */
function hideBroken(event: Event): void {
  (event.currentTarget as HTMLImageElement).hidden = true;
}

export default function profileView(kit: ViewKit): WidgetView<ProfileModel> {
  const { html, svg, nothing, css, msg } = kit;
  const { checkIcon, orgIcon, placeIcon } = kit.icons;
  const externalIcon = () =>
    kit.icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`);

  /** Registry texts exist only in Greek: mark them so screen readers pronounce them right in English (WCAG 3.1.2). */
  const greek = (text: string) => html`<span lang="el">${text}</span>`;

  const fact = (label: string, value: TemplateResult | string | number | null | undefined) =>
    value === null || value === undefined || value === ''
      ? nothing
      : html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`;

  function contact(profile: EnterpriseProfile): TemplateResult {
    const website = safeWebsite(profile.website);
    const { email, phone, person } = profile.contact;
    const street = profile.address
      ? [profile.address.street, profile.address.postalCode].filter(Boolean).join(', ')
      : '';
    const address = [street, profile.municipality?.name].filter(Boolean).join(', ');
    const hasAny = email || phone || person || website || street;
    return html`<section class="panel" part="contact" aria-labelledby="contact-heading">
      <h3 id="contact-heading">${msg('Επικοινωνία', { id: 'profile.contact' })}</h3>
      ${
        hasAny
          ? html`<dl class="facts">
            ${fact(msg('Υπεύθυνος επικοινωνίας', { id: 'profile.person' }), person)}
            ${fact(msg('Τηλέφωνο', { id: 'profile.phone' }), phone ? html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>` : null)}
            ${fact(msg('Ηλεκτρονικό ταχυδρομείο', { id: 'profile.email' }), email ? html`<a href="mailto:${email}">${email}</a>` : null)}
            ${fact(
              msg('Ιστότοπος', { id: 'profile.website' }),
              website
                ? html`<a href=${website.href} rel="noopener noreferrer">${website.host.replace(/^www\./, '')}</a>`
                : null,
            )}
            ${fact(msg('Διεύθυνση', { id: 'profile.address' }), street ? greek(address) : null)}
          </dl>`
          : html`<p class="muted">${msg('Η επιχείρηση δεν έχει δημοσιεύσει στοιχεία επικοινωνίας.', { id: 'profile.no-contact' })}</p>`
      }
    </section>`;
  }

  function registry(lang: WidgetLang, profile: EnterpriseProfile): TemplateResult {
    const founded = profile.foundedOn ? profile.foundedOn.slice(0, 4) : null;
    return html`<section class="panel" part="registry" aria-labelledby="registry-heading">
      <h3 id="registry-heading">${msg('Στοιχεία μητρώου', { id: 'profile.registry' })}</h3>
      <dl class="facts">
        ${fact(msg('Επωνυμία', { id: 'profile.legal-name' }), greek(profile.legalName))}
        ${fact(
          msg('Νομική μορφή', { id: 'profile.legal-form' }),
          html`${profile.legalForm.name} <span class="muted" lang="el">(${profile.legalForm.reference})</span>`,
        )}
        ${fact(msg('ΑΦΜ', { id: 'profile.afm' }), profile.afm)}
        ${fact(msg('Αριθμός ΓΕΜΗ', { id: 'profile.gemi' }), profile.gemiNumber)}
        ${fact(msg('Αριθμός Μητρώου Κοινωνικής Οικονομίας', { id: 'profile.gemkalo' }), profile.gemkaloNumber)}
        ${fact(msg('Έτος ίδρυσης', { id: 'profile.founded' }), founded)}
        ${fact(msg('Μέλη', { id: 'profile.members' }), profile.membersCount)}
        ${fact(msg('Εργαζόμενοι', { id: 'profile.employees' }), profile.employeesCount)}
        ${fact(msg('Τελευταία ενημέρωση', { id: 'profile.updated' }), kit.formatDate(lang, new Date(profile.updatedAt)))}
      </dl>
    </section>`;
  }

  function services(profile: EnterpriseProfile): TemplateResult {
    return html`<section class="section" aria-labelledby="services-heading">
      <h3 id="services-heading">${msg('Υπηρεσίες', { id: 'profile.services' })}</h3>
      ${
        profile.services.length
          ? html`<ul class="section">
            ${profile.services.map(
              (service) => html`<li class="service" part="service">
                <h4>${service.title}</h4>
                ${service.description ? html`<p>${service.description}</p>` : nothing} ${kit.categoryTags(service.categories)}
                ${
                  service.cpv.length
                    ? html`<ul class="cpv" aria-label=${msg('Κωδικοί CPV', { id: 'profile.cpv' })}>
                      ${service.cpv.map((cpv) => html`<li><span class="code">${cpv.formatted}</span><span>${cpv.label}</span></li>`)}
                    </ul>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
          : html`<p class="muted">${msg('Η επιχείρηση δεν έχει δημοσιεύσει ακόμη υπηρεσίες.', { id: 'profile.no-services' })}</p>`
      }
    </section>`;
  }

  function areas(profile: EnterpriseProfile): TemplateResult {
    const list = servedAreas(profile);
    return html`<section class="panel" part="areas" aria-labelledby="areas-heading">
      <h3 id="areas-heading">${msg('Περιοχές εξυπηρέτησης', { id: 'profile.areas' })}</h3>
      ${
        list.length
          ? html`<ul class="area-list">
            ${list.map((area) => html`<li class="tag">${area.name}</li>`)}
          </ul>`
          : html`<p class="muted">${msg('Δεν έχουν δηλωθεί περιοχές εξυπηρέτησης.', { id: 'profile.no-areas' })}</p>`
      }
    </section>`;
  }

  function render({ lang, profile }: ProfileModel): TemplateResult {
    if (!profile) {
      return html`<div class="message error" part="error" role="alert">
        <h2 id="profile-heading" tabindex="-1">${msg('Η επιχείρηση δεν βρέθηκε', { id: 'profile.not-found' })}</h2>
        <p>${msg('Ο σύνδεσμος μπορεί να είναι παλιός ή η επιχείρηση να μην είναι πλέον δημοσιευμένη.', { id: 'profile.not-found-hint' })}</p>
      </div>`;
    }
    return html`<article class="profile-main" part="profile" aria-labelledby="profile-heading">
      <header class="profile-head">
        <div class="profile-title">
          ${
            profile.logoUrl
              ? html`<img class="logo" part="logo" src=${profile.logoUrl} alt="" width="96" height="96" decoding="async" @error=${hideBroken} />`
              : nothing
          }
          <h2 id="profile-heading" tabindex="-1">${profile.name}</h2>
        </div>
        <p class="meta">
          <span>${orgIcon()}${profile.legalForm.name}</span>
          ${profile.municipality ? html`<span>${placeIcon()}${profile.municipality.name}</span>` : nothing}
        </p>
        ${
          profile.verifiedAt
            ? html`<p class="verified" part="badge verified">${checkIcon()}${kit.verifiedLabel(lang, profile.verifiedAt)}</p>`
            : nothing
        }
        ${profile.description ? html`<p>${profile.description}</p>` : nothing}
      </header>
      <div class="profile-body">
        ${services(profile)}
        <div class="section">
          ${contact(profile)} ${areas(profile)} ${registry(lang, profile)}
          <p>
            <a class="permanent" part="permanent-link" href=${profile.publicUrl}
              >${msg('Μόνιμη σελίδα της επιχείρησης', { id: 'profile.permanent' })}${externalIcon()}</a
            >
          </p>
        </div>
      </div>
    </article>`;
  }

  /** The profile's own rules; the shared ones (boxes, tags, badges, messages) are in styles.ts. */
  const styles = css`
    .profile-main {
      display: grid;
      gap: 1.25em;
    }
    .profile-head {
      display: grid;
      gap: 0.5em;
      padding-block-end: 1em;
      border-block-end: 1px solid var(--_border);
    }
    .profile-head h2 {
      font-size: 1.5em;
    }
    /* The approved logo, beside the name: a fixed box (and width/height attributes), so nothing shifts when it loads. */
    .profile-title {
      display: flex;
      align-items: center;
      gap: 1em;
      min-inline-size: 0;
    }
    .profile-title h2 {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .logo {
      flex: none;
      display: block;
      inline-size: 96px;
      block-size: 96px;
      max-inline-size: 96px;
      object-fit: contain;
    }
    .logo[hidden] {
      display: none;
    }
    .profile-body {
      display: grid;
      gap: 1.25em;
    }
    @container (min-width: 52em) {
      .profile-body {
        grid-template-columns: minmax(0, 1.7fr) minmax(0, 1fr);
        align-items: start;
      }
    }
    .section,
    .panel {
      display: grid;
      gap: 0.75em;
    }
    /* Bordered boxes like the result cards (the main file's rule covers only what the first screen shows). */
    .panel,
    .service {
      padding: 1em 1.1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .section h3 {
      font-size: 1.15em;
    }
    .service {
      display: grid;
      gap: 0.4em;
    }
    .service h4 {
      font-size: 1.05em;
    }
    .cpv {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .cpv li {
      display: flex;
      gap: 0.5em;
    }
    .code {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    dl.facts {
      display: grid;
      gap: 0.6em;
    }
    dl.facts div {
      display: grid;
      gap: 0.1em;
    }
    dl.facts dt {
      font-size: 0.85em;
      color: var(--_muted);
      font-weight: 600;
    }
    dl.facts dd {
      overflow-wrap: anywhere;
    }
    .area-list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
    }
    .area-list .tag {
      background: var(--_subtle);
      color: inherit;
      border: 1px solid var(--_border);
    }
    .permanent {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      font-weight: 600;
    }
  `;

  return { styles, render };
}
