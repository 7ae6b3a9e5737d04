import { cleaningAndCateringServices } from './services/cleaning-catering.ts';
import { foodTourismItServices } from './services/food-tourism-it.ts';
import { greenAndCareServices } from './services/green-care.ts';
import { printingRecyclingEventsServices } from './services/printing-recycling-events.ts';
import type { DemoService } from './types.ts';

/** Every demo service, each tied to its enterprise by slug (1–5 per enterprise). */
export const demoServices: readonly DemoService[] = [
  ...cleaningAndCateringServices,
  ...greenAndCareServices,
  ...printingRecyclingEventsServices,
  ...foodTourismItServices,
];
