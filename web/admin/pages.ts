import type { Role } from '../../api/contract.ts';

/**
 * The staff app's page registry: one entry per page, shown in the navigation to the
 * roles listed, loaded on first visit. To add a feature page:
 *   1. write web/admin/pages/<feature>/koinsep-<feature>-page.ts (a Lit element that
 *      accepts `lang: 'el' | 'en'` and `user: ShellUser`; fetch with web/admin/api/*.ts);
 *   2. add an entry below (keep the order: it is the navigation order).
 * The shell handles sign-in, role checks (a page not listed for a role is not reachable),
 * language, the document title and focus on navigation.
 */
export interface AdminPage {
  /** Path under /admin/ without slashes, e.g. 'users' → /admin/users. */
  path: string;
  /** The custom element the page renders. */
  tag: string;
  label: { el: string; en: string };
  roles: readonly Role[];
  /** Lazy import of the module that defines `tag`. */
  load: () => Promise<unknown>;
  /** false = reachable but not in the navigation. */
  nav?: boolean;
}

/** The signed-in user as the shell passes it to pages (GET /api/v1/auth/session). */
export type { UserDto as ShellUser } from '../../api/contract.ts';

const ALL: readonly Role[] = ['admin', 'staff', 'enterprise_manager', 'enterprise_member'];

export const PAGES: AdminPage[] = [
  {
    path: 'eligibility',
    tag: 'koinsep-eligibility-page',
    label: { el: 'Επιλέξιμοι φορείς', en: 'Eligible enterprises' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/eligibility/koinsep-eligibility-page.ts'),
  },
  {
    path: 'contracts',
    tag: 'koinsep-contracts-page',
    label: { el: 'Συμβάσεις', en: 'Contracts' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/contracts/koinsep-contracts-page.ts'),
  },
  {
    path: 'dashboard',
    tag: 'koinsep-dashboard-page',
    label: { el: 'Κοινωνικές προμήθειες', en: 'Social procurement' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/dashboard/koinsep-dashboard-page.ts'),
  },
  {
    path: 'import-export',
    tag: 'koinsep-import-export-page',
    label: { el: 'Εισαγωγή και εξαγωγή', en: 'Import and export' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/import-export/koinsep-import-export-page.ts'),
  },
  {
    path: 'users',
    tag: 'koinsep-users-page',
    label: { el: 'Χρήστες και προσκλήσεις', en: 'Users and invitations' },
    roles: ['admin', 'staff', 'enterprise_manager'],
    load: () => import('./pages/accounts/koinsep-users-page.ts'),
  },
  {
    path: 'outbox',
    tag: 'koinsep-outbox-page',
    label: { el: 'Εξερχόμενα μηνύματα', en: 'Outgoing mail' },
    roles: ['admin'],
    load: () => import('./pages/accounts/koinsep-outbox-page.ts'),
  },
  {
    path: 'my-enterprise',
    tag: 'koinsep-my-enterprise-page',
    label: { el: 'Το προφίλ μας', en: 'Our profile' },
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-enterprise-page.ts'),
  },
  {
    path: 'my-services',
    tag: 'koinsep-my-services-page',
    label: { el: 'Οι υπηρεσίες μας', en: 'Our services' },
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-services-page.ts'),
  },
  {
    path: 'my-documents',
    tag: 'koinsep-my-documents-page',
    label: { el: 'Δικαιολογητικά', en: 'Compliance documents' },
    roles: ['enterprise_manager', 'enterprise_member'],
    load: () => import('./pages/my-enterprise/koinsep-my-documents-page.ts'),
  },
  {
    path: 'moderation',
    tag: 'koinsep-moderation-page',
    label: { el: 'Έλεγχος αλλαγών', en: 'Change moderation' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/moderation/koinsep-moderation-page.ts'),
  },
  {
    path: 'enterprise-records',
    tag: 'koinsep-enterprise-records-page',
    label: { el: 'Φάκελοι επιχειρήσεων', en: 'Enterprise records' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/moderation/koinsep-enterprise-records-page.ts'),
  },
  {
    path: 'compliance',
    tag: 'koinsep-compliance-page',
    label: { el: 'Δικαιολογητικά που λήγουν', en: 'Expiring documents' },
    roles: ['admin', 'staff'],
    load: () => import('./pages/compliance/koinsep-compliance-page.ts'),
  },
  {
    path: 'account',
    tag: 'koinsep-my-account',
    label: { el: 'Ο λογαριασμός μου', en: 'My account' },
    roles: ALL,
    load: () => import('./pages/accounts/koinsep-my-account.ts'),
  },
];

export function pagesFor(role: Role): AdminPage[] {
  return PAGES.filter((page) => page.roles.includes(role));
}
