import { msg } from '@lit/localize';
import type { Role } from '../../api/contract.ts';

/**
 * The staff app's page registry: one entry per page, shown in the navigation to the
 * roles listed, loaded on first visit. To add a feature page:
 *   1. write web/admin/pages/<feature>/koinsep-<feature>-page.ts (a Lit element that
 *      accepts `lang: Lang` and `user: UserDto` (types from api/contract.ts); fetch with web/admin/api/*.ts; texts with
 *      msg('…', { id }) and their translations in locales/);
 *   2. add an entry below (keep the order: it is the navigation order within a group).
 * The shell handles sign-in, role checks (a page not listed for a role is not reachable),
 * the grouped navigation, language, the document title and focus on navigation.
 */

/** The navigation's groups, in the order shown. */
export type NavGroup = 'directory' | 'procurement' | 'enterprise' | 'administration';

/** The groups' names (a function: they follow the language). */
export const navGroupNames = (): Record<NavGroup, string> => ({
  directory: msg('Μητρώο', { id: 'nav-group.directory' }),
  procurement: msg('Προμήθειες', { id: 'nav-group.procurement' }),
  enterprise: msg('Η επιχείρησή μας', { id: 'nav-group.enterprise' }),
  administration: msg('Διαχείριση', { id: 'nav-group.administration' }),
});

const isEnterpriseRole = (role: Role) => role === 'enterprise_manager' || role === 'enterprise_member';
export interface AdminPage {
  /** Path under /admin/ without slashes, e.g. 'users' → /admin/users. */
  path: string;
  /** The custom element the page renders. */
  tag: string;
  /** The name in the navigation and the document title (a function: it follows the language). */
  label: () => string;
  roles: readonly Role[];
  /** Lazy import of the module that defines `tag`. */
  load: () => Promise<unknown>;
  /** The navigation group; a function where it depends on the role (a manager's users are the enterprise's). */
  group: NavGroup | ((role: Role) => NavGroup);
  /** false = reachable but not in the navigation. */
  nav?: boolean;
}

/** The group a page is shown in for a role. */
export const groupOf = (page: AdminPage, role: Role): NavGroup =>
  typeof page.group === 'function' ? page.group(role) : page.group;

/** The person's own pages: with the enterprise's for enterprise people, else under administration. */
const ownGroup = (role: Role): NavGroup => (isEnterpriseRole(role) ? 'enterprise' : 'administration');

const ALL: readonly Role[] = ['admin', 'staff', 'enterprise_manager', 'enterprise_member'];

export const PAGES: AdminPage[] = [
  {
    path: 'eligibility',
    tag: 'koinsep-eligibility-page',
    label: () => msg('Επιλέξιμοι φορείς', { id: 'nav.eligibility' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/eligibility/koinsep-eligibility-page.ts'),
    group: 'procurement',
  },
  {
    path: 'consultations',
    tag: 'koinsep-consultations-page',
    label: () => msg('Αιτήματα προσφορών', { id: 'nav.consultations' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/consultations/koinsep-consultations-page.ts'),
    group: 'procurement',
  },
  {
    path: 'consultation-new',
    tag: 'koinsep-consultation-new',
    label: () => msg('Νέο αίτημα προσφορών', { id: 'consultation.new-title' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/consultations/koinsep-consultation-new.ts'),
    group: 'procurement',
    nav: false,
  },
  {
    path: 'consultation',
    tag: 'koinsep-consultation-detail',
    label: () => msg('Αίτημα προσφορών', { id: 'consultation.heading' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/consultations/koinsep-consultation-detail.ts'),
    group: 'procurement',
    nav: false,
  },
  {
    path: 'contracts',
    tag: 'koinsep-contracts-page',
    label: () => msg('Συμβάσεις', { id: 'nav.contracts' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/contracts/koinsep-contracts-page.ts'),
    group: 'procurement',
  },
  {
    path: 'dashboard',
    tag: 'koinsep-dashboard-page',
    label: () => msg('Κοινωνικές προμήθειες', { id: 'nav.dashboard' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/dashboard/koinsep-dashboard-page.ts'),
    group: 'procurement',
  },
  {
    path: 'social-value',
    tag: 'koinsep-social-value-review-page',
    label: () => msg('Κοινωνική αξία', { id: 'nav.social-value' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/social-value/koinsep-social-value-review-page.ts'),
    group: 'procurement',
  },
  {
    path: 'users',
    tag: 'koinsep-users-page',
    label: () => msg('Χρήστες και προσκλήσεις', { id: 'nav.users' }),
    roles: ['admin', 'staff', 'enterprise_manager'],
    load: () => import('./pages/accounts/koinsep-users-page.ts'),
    group: ownGroup,
  },
  {
    path: 'outbox',
    tag: 'koinsep-outbox-page',
    label: () => msg('Εξερχόμενα μηνύματα', { id: 'nav.outbox' }),
    roles: ['admin'],
    load: () => import('./pages/accounts/koinsep-outbox-page.ts'),
    group: 'administration',
  },
  {
    path: 'my-enterprise',
    tag: 'koinsep-my-enterprise-page',
    label: () => msg('Το προφίλ μας', { id: 'nav.my-enterprise' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-enterprise-page.ts'),
    group: 'enterprise',
  },
  {
    path: 'my-services',
    tag: 'koinsep-my-services-page',
    label: () => msg('Οι υπηρεσίες μας', { id: 'nav.my-services' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-services-page.ts'),
    group: 'enterprise',
  },
  {
    path: 'my-documents',
    tag: 'koinsep-my-documents-page',
    label: () => msg('Δικαιολογητικά', { id: 'nav.my-documents' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-documents-page.ts'),
    group: 'enterprise',
  },
  {
    path: 'my-consultations',
    tag: 'koinsep-my-consultations-page',
    label: () => msg('Προσκλήσεις για προσφορά', { id: 'my-consultations.title' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-consultations/koinsep-my-consultations-page.ts'),
    group: 'enterprise',
  },
  {
    path: 'my-consultation',
    tag: 'koinsep-my-consultation',
    label: () => msg('Πρόσκληση για προσφορά', { id: 'my-consultation.heading' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-consultations/koinsep-my-consultation.ts'),
    group: 'enterprise',
    nav: false,
  },
  {
    path: 'my-social-value',
    tag: 'koinsep-my-social-value-page',
    label: () => msg('Κοινωνική αξία', { id: 'nav.my-social-value' }),
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/social-value/koinsep-my-social-value-page.ts'),
    group: 'enterprise',
  },
  {
    path: 'moderation',
    tag: 'koinsep-moderation-page',
    label: () => msg('Έλεγχος αλλαγών', { id: 'nav.moderation' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/moderation/koinsep-moderation-page.ts'),
    group: 'directory',
  },
  {
    path: 'enterprise-records',
    tag: 'koinsep-enterprise-records-page',
    label: () => msg('Φάκελοι επιχειρήσεων', { id: 'nav.enterprise-records' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/moderation/koinsep-enterprise-records-page.ts'),
    group: 'directory',
  },
  {
    path: 'compliance',
    tag: 'koinsep-compliance-page',
    label: () => msg('Δικαιολογητικά που λήγουν', { id: 'nav.compliance' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/compliance/koinsep-compliance-page.ts'),
    group: 'directory',
  },
  {
    path: 'import-export',
    tag: 'koinsep-import-export-page',
    label: () => msg('Εισαγωγή και εξαγωγή', { id: 'nav.import-export' }),
    roles: ['admin', 'staff'],
    load: () => import('./pages/import-export/koinsep-import-export-page.ts'),
    group: 'directory',
  },
  {
    path: 'account',
    tag: 'koinsep-my-account',
    label: () => msg('Ο λογαριασμός μου', { id: 'nav.account' }),
    roles: ALL,
    load: () => import('./pages/accounts/koinsep-my-account.ts'),
    group: ownGroup,
  },
];

export function pagesFor(role: Role): AdminPage[] {
  return PAGES.filter((page) => page.roles.includes(role));
}

/** The navigation of a role: its groups in order, each with its pages; empty groups left out. */
export function navigationFor(role: Role): Array<{ group: NavGroup; name: string; pages: AdminPage[] }> {
  const pages = pagesFor(role).filter((p) => p.nav !== false);
  const names = navGroupNames();
  return (Object.keys(names) as NavGroup[])
    .map((group) => ({ group, name: names[group], pages: pages.filter((p) => groupOf(p, role) === group) }))
    .filter((entry) => entry.pages.length > 0);
}
