import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../../api/config.ts';
import { athensDate } from '../../api/domain/consultations/athens-time.ts';
import { callerOf, DEMO_USERS, signIn, type SignedIn } from './auth.ts';
import { createTestApp, type TestContext } from './test-app.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * The API tests of requests for quotes (issue 13) share one setting: a fresh demo database laid
 * out around the real today, the consultations' clock under the test's control, and the demo
 * people signed in — staff, the first enterprise's manager and member, the second's manager and
 * the third's (a second cleaning enterprise).
 */
export interface ConsultationScene {
  ctx: TestContext;
  /** What the consultations' clock reads: set it to move past a deadline. */
  now: Date;
  /** The offers' deadline of the scene's requests: two days from now (publishing needs at least one). */
  deadline: Date;
  /** A validity date for offers, 90 days out. */
  validUntil: string;
  staff: SignedIn;
  manager1: SignedIn;
  member1: SignedIn;
  manager2: SignedIn;
  manager3: SignedIn;
  /** `inject` as one of them (or nobody); usable as soon as the scene exists. */
  call: ReturnType<typeof callerOf>;
}

/** Registers the scene's beforeAll/afterAll; its fields are filled once the beforeAll has run. */
export function useConsultationScene(options: { config?: Partial<AppConfig> } = {}): ConsultationScene {
  const scene = {
    now: new Date(),
    deadline: new Date(Date.now() + 48 * HOUR),
    validUntil: athensDate(new Date(Date.now() + 90 * DAY)),
    call: (...args: Parameters<ReturnType<typeof callerOf>>) => callerOf(scene.ctx.app)(...args),
  } as ConsultationScene;
  beforeAll(async () => {
    scene.ctx = await createTestApp({
      demoData: true,
      today: athensDate(new Date()),
      consultationClock: () => scene.now,
      ...(options.config ? { config: options.config } : {}),
    });
    scene.staff = await signIn(scene.ctx.app, DEMO_USERS.staff);
    scene.manager1 = await signIn(scene.ctx.app, DEMO_USERS.manager1);
    scene.member1 = await signIn(scene.ctx.app, DEMO_USERS.member1);
    scene.manager2 = await signIn(scene.ctx.app, DEMO_USERS.manager2);
    scene.manager3 = await signIn(scene.ctx.app, DEMO_USERS.manager3);
  });
  afterAll(async () => {
    await scene.ctx?.close();
  });
  return scene;
}

/** The request the tests start from: cleaning of a school, open procedure, lowest price, €18,000 net. */
export function schoolCleaningRequest(
  scene: Pick<ConsultationScene, 'deadline'>,
  invitedEnterpriseIds: string[],
  overrides: Record<string, unknown> = {},
) {
  return {
    title: 'Καθαρισμός 3ου Δημοτικού Σχολείου',
    description: 'Καθημερινός καθαρισμός για ένα σχολικό έτος.',
    cpv: ['90919300-5'],
    route: 'open_procedure',
    valueNet: '18000.00',
    deadline: scene.deadline.toISOString(),
    evaluation: 'lowest_price',
    invitedEnterpriseIds,
    department: 'Διεύθυνση Παιδείας',
    ...overrides,
  };
}

/**
 * A request open to every eligible enterprise, listed publicly or not (issue 13's public listing):
 * its value, 18765, must never show on a public page.
 */
export function publicListingRequest(deadline: Date, title: string, publicListing: boolean) {
  return {
    title,
    description: 'Καθημερινός καθαρισμός.',
    cpv: ['90919300-5'],
    route: 'open_procedure',
    valueNet: '18765.00',
    deadline: deadline.toISOString(),
    evaluation: 'lowest_price',
    openToAllEligible: true,
    invitedEnterpriseIds: [],
    department: 'Διεύθυνση Παιδείας',
    publicListing,
  };
}

/** An offer's body: the net price, 24% VAT, valid for 90 days. */
export function offerBody(scene: Pick<ConsultationScene, 'validUntil'>, priceNet: string, note = 'Συνεργείο 3 ατόμων') {
  return { priceNet, vatRate: 24, validUntil: scene.validUntil, note };
}
