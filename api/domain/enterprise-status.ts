/** Where an enterprise stands in the register, and in ΓΕΜΚΑΛΟ (DESIGN §2). */

/** draft: unfinished, not public; published: in the directory; hidden: withdrawn from it. */
export const ENTERPRISE_STATUSES = ['draft', 'published', 'hidden'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** The one status the public sees. */
export const PUBLISHED: EnterpriseStatus = 'published';

/** Registration in ΓΕΜΚΑΛΟ (Law 4430/2016 art. 15), as staff last saw it. */
export const GEMKALO_STATUSES = ['active', 'pending', 'suspended', 'removed', 'unknown'] as const;
export type GemkaloStatus = (typeof GEMKALO_STATUSES)[number];

/** A withdrawn (inactive) service stays on record but is not offered. */
export const SERVICE_STATUSES = ['active', 'inactive'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
