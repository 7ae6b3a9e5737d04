import { msg } from '@lit/localize';

/**
 * The texts of a date field: the staff app asks for days as dd/mm/yyyy in a text field (see
 * parseDate in web/shared/format.ts), so the hint and the mistake read the same on every page.
 */
export const dateHint = () => msg('ηη/μμ/εεεε, π.χ. 07/03/2025', { id: 'date.hint' });
export const dateError = () => msg('Γράψτε την ημερομηνία ως ηη/μμ/εεεε, π.χ. 07/03/2025.', { id: 'date.invalid' });
