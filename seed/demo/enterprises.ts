import { cleaningAndCateringEnterprises } from './enterprises/cleaning-catering.ts';
import { foodTourismItEnterprises } from './enterprises/food-tourism-it.ts';
import { greenAndCareEnterprises } from './enterprises/green-care.ts';
import { printingRecyclingEventsEnterprises } from './enterprises/printing-recycling-events.ts';
import type { DemoEnterprise } from './types.ts';

/**
 * The demo's fictional social enterprises in Chalandri and its neighbours, across all
 * seven legal forms (mostly ΚοινΣΕπ Συλλογικού και Κοινωνικού Σκοπού, as in reality).
 * Registry numbers (ΑΦΜ, ΓΕΜΗ, ΓΕΜΚΑΛΟ) are derived from the slug in `identifiers.ts`.
 */
export const demoEnterprises: readonly DemoEnterprise[] = [
  ...cleaningAndCateringEnterprises,
  ...greenAndCareEnterprises,
  ...printingRecyclingEventsEnterprises,
  ...foodTourismItEnterprises,
];
