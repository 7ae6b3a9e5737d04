import type { str as Str } from '@lit/localize';

/**
 * English texts of the widget, by message id (Greek is the source language, written in
 * the code). Placeholders `${0}`, `${1}` stand for the source expressions in order.
 * tests/unit/widget-messages.test.ts checks that every id in the code is here and back.
 *
 * A chunk of its own, loaded only when the widget shows English: it imports nothing at run
 * time (see view-kit.ts for why), so the main file passes it the `str` tag.
 */
export const englishTemplates = (str: typeof Str) => ({
  'search.label': 'Search for an enterprise or a service',
  'search.placeholder': 'e.g. cleaning, catering, gardening',
  'search.submit': 'Search',
  'search.hint': 'Results appear as you type. Greek with or without accents, capitals and Latin letters all work.',

  'filters.legend': 'Filters',
  'filters.category': 'Service category',
  'filters.category.all': 'All categories',
  'filters.area': 'Area served',
  'filters.area.all': 'All areas',
  'filters.legal-form': 'Legal form',
  'filters.legal-form.all': 'All legal forms',
  'filters.clear': 'Clear filters',
  'area.country': 'Country',
  'area.regions': 'Regions',
  'area.regional-units': 'Regional units',
  'area.municipalities': 'Municipalities',

  'results.loading': 'Loading enterprises…',
  'results.none': 'No enterprises found',
  'results.none-for': str`No enterprises found for “${0}”`,
  'results.count.one': str`${0} enterprise`,
  'results.count.other': str`${0} enterprises`,
  'results.count-for.one': str`${0} enterprise found for “${1}”`,
  'results.count-for.other': str`${0} enterprises found for “${1}”`,
  'empty.hint':
    'Try a more general word, e.g. “cleaning” instead of “office cleaning”, or type in Greek (καθαριότητα).',
  'empty.clear-filters': 'Search without filters',
  'help.did-you-mean': 'Did you mean:',
  'help.show-category': str`Show the category “${0}”`,
  'help.show-category-count': str`Show the category “${0}” (${1})`,
  'help.browse-categories': 'All enterprises, by category',
  'error.title': 'The directory is not available right now',
  'error.hint': 'Check your connection and try again in a moment.',
  'error.retry': 'Try again',

  'view.map': 'Map',
  'map.loading': 'Loading the map…',
  'map.error': 'The map is not available right now',
  'map.label': 'Map of enterprises',
  'map.zoom-in': 'Zoom in',
  'map.zoom-out': 'Zoom out',
  'map.cluster': str`${0} enterprises here: zoom in`,
  'map.open-profile': 'Enterprise profile',
  'map.count-all': str`${0} on the map`,
  'map.count-some': str`${0} of ${1} on the map (the others have no public address)`,

  'card.categories': 'Categories',
  verified: 'Verified by the municipality',
  'verified.on': str`Verified by the municipality, ${0}`,

  'pagination.label': 'Result pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.previous-page': 'Previous page',
  'pagination.next-page': 'Next page',
  'pagination.position': str`Page ${0} of ${1}`,

  'profile.back': 'Back to results',
  'profile.loading': 'Loading profile…',
  'profile.not-found': 'Enterprise not found',
  'profile.not-found-hint': 'The link may be old, or the enterprise may no longer be published.',
  'profile.services': 'Services',
  'profile.no-services': 'The enterprise has not published any services yet.',
  'profile.cpv': 'CPV codes',
  'profile.areas': 'Areas served',
  'profile.no-areas': 'No areas served have been declared.',
  'profile.contact': 'Contact',
  'profile.person': 'Contact person',
  'profile.phone': 'Phone',
  'profile.email': 'Email',
  'profile.website': 'Website',
  'profile.address': 'Address',
  'profile.no-contact': 'The enterprise has not published contact details.',
  'profile.registry': 'Registry details',
  'profile.legal-name': 'Legal name',
  'profile.legal-form': 'Legal form',
  'profile.afm': 'VAT number (AFM)',
  'profile.gemi': 'GEMI number',
  'profile.gemkalo': 'Social Economy Registry number',
  'profile.founded': 'Founded',
  'profile.members': 'Members',
  'profile.employees': 'Employees',
  'profile.updated': 'Last updated',
  'profile.permanent': 'Permanent page of the enterprise',
});
