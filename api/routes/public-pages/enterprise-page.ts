import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html, jsonForScript, raw, type SafeHtml } from '../../http/html.ts';
import type { EnterpriseProfile } from '../../http/directory-schemas.ts';
import { PAGE_TEXT, formatDate, type PageLang } from './page-text.ts';

/**
 * The pages' styles, inlined in every page (about 2 kB gzip): two render-blocking stylesheet
 * requests cost a phone on a slow network more than the bytes (Lighthouse, issue 16). The files
 * stay under /assets for anyone who links them.
 */
const PAGE_CSS = raw(
  ['site.css', 'enterprise-pages.css']
    .map((file) => readFileSync(join(import.meta.dirname, '../../public', file), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '\n'),
);

/**
 * Server-rendered public pages: readable without JavaScript, indexable (schema.org JSON-LD,
 * Open Graph, canonical and hreflang alternates), and accessible (landmarks, one h1,
 * description lists, a skip link, language attributes on the language switcher).
 */

export interface PageUrls {
  /** Absolute URL of this page in Greek and in English. */
  el: string;
  en: string;
}

interface LayoutOptions {
  lang: PageLang;
  title: string;
  description: string;
  urls: PageUrls;
  ogType?: string;
  /** Absolute URL for `og:image` (the enterprise's approved logo), when there is one. */
  image?: string | null;
  jsonLd?: unknown;
  body: SafeHtml;
}

const langUrl = (origin: string, path: string, lang: PageLang) => `${origin}${path}${lang === 'en' ? '?lang=en' : ''}`;

/** Same-site links stay relative, so the page works behind any host name. */
export function relative(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export function pageUrls(origin: string, path: string): PageUrls {
  return { el: langUrl(origin, path, 'el'), en: langUrl(origin, path, 'en') };
}

export function layout({
  lang,
  title,
  description,
  urls,
  ogType = 'website',
  image,
  jsonLd,
  body,
}: LayoutOptions): string {
  const t = PAGE_TEXT[lang];
  const other: PageLang = lang === 'el' ? 'en' : 'el';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.siteName}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${urls[lang]}">
<link rel="alternate" hreflang="el" href="${urls.el}">
<link rel="alternate" hreflang="en" href="${urls.en}">
<link rel="alternate" hreflang="x-default" href="${urls.el}">
<meta property="og:type" content="${ogType}">
<meta property="og:site_name" content="${t.siteName}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${urls[lang]}">
<meta property="og:locale" content="${lang === 'el' ? 'el_GR' : 'en_GB'}">
<meta property="og:locale:alternate" content="${lang === 'el' ? 'en_GB' : 'el_GR'}">
${
  image
    ? html`<meta property="og:image" content="${image}">
<meta property="og:image:alt" content="${lang === 'el' ? 'Λογότυπο' : 'Logo'}: ${title}">
`
    : ''
}<meta name="twitter:card" content="summary">
<style>${PAGE_CSS}</style>
${jsonLd ? html`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>` : ''}
</head>
<body>
<a class="skip-link" href="#content">${lang === 'el' ? 'Μετάβαση στο περιεχόμενο' : 'Skip to content'}</a>
<header class="site"><a class="brand" href="/${lang === 'en' ? '?lang=en' : ''}">${t.siteName}</a>
<a href="${relative(urls[other])}" hreflang="${other}" lang="${other}">${PAGE_TEXT[lang].otherLanguage}</a></header>
<main id="content">
${body}
</main>
<footer class="site">
<p>${t.footerName} · <a href="/admin/">${t.staffApp}</a></p>
<nav aria-label="${t.forDevelopers}"><h2>${t.forDevelopers}</h2><ul>
<li><a href="/docs">${t.apiDocs}</a></li>
<li><a href="/openapi.json">OpenAPI 3.1</a></li>
<li><a href="/hsds">${t.openData} (Open Referral HSDS 3.0)</a></li>
<li><a href="/embed-demo">${t.embed}</a></li>
<li><a href="/sitemap.xml">Sitemap</a></li>
</ul></nav>
</footer>
</body>
</html>`.toString();
}

/** schema.org Organization with its services as offers (https://schema.org/makesOffer). */
function enterpriseJsonLd(profile: EnterpriseProfile, lang: PageLang, url: string): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${url.split('?')[0]}#organization`,
    name: profile.name,
    legalName: profile.legalName,
    url,
    description: profile.description,
    taxID: profile.afm,
    vatID: `EL${profile.afm}`,
    inLanguage: lang,
  };
  if (profile.logoUrl) ld.logo = profile.logoUrl;
  if (profile.foundedOn) ld.foundingDate = profile.foundedOn;
  if (profile.website) ld.sameAs = [profile.website];
  if (profile.contact.email) ld.email = profile.contact.email;
  if (profile.contact.phone) ld.telephone = profile.contact.phone;
  if (profile.employeesCount !== null)
    ld.numberOfEmployees = { '@type': 'QuantitativeValue', value: profile.employeesCount };
  if (profile.address) {
    ld.address = {
      '@type': 'PostalAddress',
      streetAddress: profile.address.street ?? undefined,
      postalCode: profile.address.postalCode ?? undefined,
      addressLocality: profile.municipality?.name,
      addressCountry: 'GR',
    };
    if (profile.address.lat !== null && profile.address.lon !== null) {
      ld.location = {
        '@type': 'Place',
        geo: { '@type': 'GeoCoordinates', latitude: profile.address.lat, longitude: profile.address.lon },
      };
    }
  }
  ld.makesOffer = profile.services.map((service) => ({
    '@type': 'Offer',
    itemOffered: {
      '@type': 'Service',
      '@id': `${url.split('?')[0]}#service-${service.id}`,
      name: service.title,
      description: service.description || undefined,
      serviceType: service.categories.map((c) => c.name),
      category: service.cpv.map((c) => `CPV ${c.formatted} ${c.label}`),
      areaServed: service.areas.map((a) => ({ '@type': 'AdministrativeArea', name: a.name })),
      provider: { '@id': `${url.split('?')[0]}#organization` },
    },
  }));
  return ld;
}

function fact(label: string, value: string | number | SafeHtml | null | undefined) {
  return value === null || value === undefined || value === ''
    ? ''
    : html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function renderEnterprisePage(profile: EnterpriseProfile, lang: PageLang, urls: PageUrls): string {
  const t = PAGE_TEXT[lang];
  const description = profile.description.replace(/\s+/g, ' ').trim().slice(0, 200) || profile.legalName;
  const address = profile.address
    ? [profile.address.street, profile.address.postalCode, profile.municipality?.name].filter(Boolean).join(', ')
    : null;
  const body = html`
<nav aria-label="${t.breadcrumb}" class="breadcrumb"><ol>
<li><a href="/${lang === 'en' ? '?lang=en' : ''}">${t.home}</a></li>
<li><a href="/enterprises${lang === 'en' ? '?lang=en' : ''}">${t.directory}</a></li>
<li><a href="${relative(urls[lang])}" aria-current="page">${profile.name}</a></li>
</ol></nav>
<article class="enterprise">
${profile.logoUrl ? html`<img class="logo" src="${relative(profile.logoUrl)}" alt="" width="96" height="96">` : ''}
<h1>${profile.name}</h1>
<p class="legal-form">${profile.legalForm.name} <span class="muted">(${profile.legalForm.reference})</span></p>
<p class="${profile.verifiedAt ? 'verified' : 'unverified'}">${profile.verifiedAt ? t.verified(formatDate(profile.verifiedAt, lang)) : t.notVerified}</p>
${profile.description
  .split(/\n{2,}/)
  .filter(Boolean)
  .map((paragraph) => html`<p>${paragraph}</p>`)}
<section aria-labelledby="facts-heading">
<h2 id="facts-heading">${t.facts}</h2>
<dl class="facts">
${fact(t.legalName, profile.legalName)}
${fact(t.afm, profile.afm)}
${fact(t.gemi, profile.gemiNumber)}
${fact(t.gemkalo, profile.gemkaloNumber)}
${fact(t.founded, profile.foundedOn ? formatDate(profile.foundedOn, lang) : null)}
${fact(t.municipality, profile.municipality?.name)}
${fact(t.members, profile.membersCount)}
${fact(t.employees, profile.employeesCount)}
</dl>
</section>
${
  profile.contact.email || profile.contact.phone || profile.contact.person || profile.website || address
    ? html`<section aria-labelledby="contact-heading">
<h2 id="contact-heading">${t.contact}</h2>
<dl class="facts">
${fact(t.person, profile.contact.person)}
${fact(t.email, profile.contact.email ? html`<a href="mailto:${profile.contact.email}">${profile.contact.email}</a>` : null)}
${fact(t.phone, profile.contact.phone ? html`<a href="tel:${profile.contact.phone.replace(/[^\d+]/g, '')}">${profile.contact.phone}</a>` : null)}
${fact(t.website, profile.website && /^https?:\/\//.test(profile.website) ? html`<a href="${profile.website}" rel="noopener">${profile.website}</a>` : null)}
${fact(t.address, address)}
</dl>
</section>`
    : ''
}
<section aria-labelledby="services-heading">
<h2 id="services-heading">${t.services}</h2>
${profile.services.length === 0 ? html`<p>${t.noServices}</p>` : ''}
${profile.services.map(
  (service) => html`<article class="service" id="service-${service.id}" aria-labelledby="service-${service.id}-title">
<h3 id="service-${service.id}-title">${service.title}</h3>
${service.description ? html`<p>${service.description}</p>` : ''}
<dl class="facts">
${fact(t.categories, service.categories.map((c) => c.name).join(', '))}
${fact(t.cpv, service.cpv.length ? html`<ul class="plain">${service.cpv.map((c) => html`<li><span class="code">${c.formatted}</span> ${c.label}</li>`)}</ul>` : null)}
${fact(t.areas, service.areas.map((a) => a.name).join(', '))}
</dl>
</article>`,
)}
</section>
<p class="muted">${t.updated(formatDate(profile.updatedAt, lang))} ·
<a href="/hsds/organizations/${profile.id}${lang === 'en' ? '?lang=en' : ''}">HSDS JSON</a> ·
<a href="/api/v1/enterprises/${profile.slug}${lang === 'en' ? '?lang=en' : ''}">API</a></p>
</article>`;
  return layout({
    lang,
    title: profile.name,
    description,
    urls,
    ogType: 'profile',
    image: profile.logoUrl,
    jsonLd: enterpriseJsonLd(profile, lang, urls[lang]),
    body,
  });
}

export function renderNotFoundPage(lang: PageLang, urls: PageUrls): string {
  const t = PAGE_TEXT[lang];
  return layout({
    lang,
    title: t.notFoundTitle,
    description: t.notFoundText,
    urls,
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundText}</p><p><a href="/enterprises${lang === 'en' ? '?lang=en' : ''}">${t.directory}</a></p>`,
  });
}
