import { msg } from '@lit/localize';
import type { Role } from '../../api/contract.ts';

/**
 * The names of the roles, keyed by the API's role ids, in the order offered. A role the API
 * adds fails `tsc` here until it has a name (and the catalogue test until it has every language).
 */
export const roleNames = (): Record<Role, string> => ({
  admin: msg('Διαχειριστής', { id: 'role.admin' }),
  staff: msg('Στέλεχος Δήμου', { id: 'role.staff' }),
  enterprise_manager: msg('Υπεύθυνος επιχείρησης', { id: 'role.enterprise_manager' }),
  enterprise_member: msg('Μέλος επιχείρησης', { id: 'role.enterprise_member' }),
});

/** Every role, in the order of roleNames(). */
export const allRoles = (): Role[] => Object.keys(roleNames()) as Role[];
