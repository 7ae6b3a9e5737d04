import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerOf, DEMO_USERS, signIn, type SignedIn } from '../helpers/auth.ts';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { publicListingRequest } from '../helpers/consultation-scene.ts';

/**
 * Open requests listed publicly (issue 13): off by default (PUBLIC_CONSULTATIONS); when on,
 * only published requests staff marked for it, until their deadline, with title, category,
 * deadline and how to take part — never the value, the invitees or an offer.
 */

let ctx: TestContext;
let now = new Date();
let staff: SignedIn;
let listed: string;
let unlisted: string;
let draft: string;

const HOUR = 3_600_000;
const deadline = new Date(Date.now() + 48 * HOUR);
const call = (...args: Parameters<ReturnType<typeof callerOf>>) => callerOf(ctx.app)(...args);

beforeAll(async () => {
  ctx = await createTestApp({ demoData: true, consultationClock: () => now });
  staff = await signIn(ctx.app, DEMO_USERS.staff);
  const create = async (title: string, publicListing: boolean, publish: boolean) => {
    const created = await call(
      'POST',
      '/api/v1/consultations',
      staff,
      publicListingRequest(deadline, title, publicListing),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    if (publish) expect((await call('POST', `/api/v1/consultations/${id}/publish`, staff)).statusCode).toBe(200);
    return id;
  };
  listed = await create('Καθαρισμός 5ου Γυμνασίου', true, true);
  unlisted = await create('Καθαρισμός δημαρχείου', false, true);
  draft = await create('Καθαρισμός βιβλιοθήκης', true, false);
});

afterAll(async () => {
  await ctx?.close();
});

describe('the public listing of open requests', () => {
  it('lists nothing while the setting is off (the default)', async () => {
    const response = await call('GET', '/api/v1/open-consultations', null);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ enabled: false, items: [] });
    const home = await call('GET', '/', null);
    expect(home.body).not.toContain('Καθαρισμός 5ου Γυμνασίου');
    expect(home.body).not.toContain('open-requests-title');
  });

  it('shows them on the public home page, server-rendered, in Greek and English', async () => {
    ctx.config.publicConsultations = true;
    const home = await call('GET', '/', null);
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<h2 id="open-requests-title">Ανοιχτές προσκλήσεις υποβολής προσφορών του Δήμου</h2>');
    expect(home.body).toContain('<h3>Καθαρισμός 5ου Γυμνασίου</h3>');
    expect(home.body).toMatch(
      /Προθεσμία προσφορών<\/dt><dd><time datetime="[^"]+">\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}<\/time> \(ώρα Ελλάδας\)/,
    );
    expect(home.body).toContain('Διεύθυνση Παιδείας');
    for (const hidden of ['Καθαρισμός δημαρχείου', 'Καθαρισμός βιβλιοθήκης', '18765', '18.765'])
      expect(home.body).not.toContain(hidden);
    const english = (await call('GET', '/?lang=en', null)).body;
    expect(english).toContain('The municipality&#39;s open requests for quotes');
    expect(english).toMatch(/To take part, register/);
    ctx.config.publicConsultations = false;
  });

  it('lists only the published requests marked for it, with how to take part, in Greek and English', async () => {
    ctx.config.publicConsultations = true;
    const response = await call('GET', '/api/v1/open-consultations', null);
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const body = response.json();
    expect(body.enabled).toBe(true);
    expect(body.items).toEqual([
      {
        id: listed,
        title: 'Καθαρισμός 5ου Γυμνασίου',
        category: { code: '90919300', label: expect.stringMatching(/καθαρισμού σχολ/i) },
        deadline: deadline.toISOString(),
        howToTakePart: expect.stringContaining('Διεύθυνση Παιδείας'),
      },
    ]);
    expect(response.body).not.toContain(unlisted);
    expect(response.body).not.toContain(draft);
    expect(response.body).not.toContain('18765');
    const english = (await call('GET', '/api/v1/open-consultations?lang=en', null)).json();
    expect(english.items[0].category.label).toMatch(/school cleaning/i);
    expect(english.items[0].howToTakePart).toMatch(/^To take part, register/);
  });

  it('tells the widget on each search answer how many are listed (its link to them), 0 while the setting is off', async () => {
    const count = async () => (await call('GET', '/api/v1/enterprises?pageSize=1', null)).json().openRequests;
    ctx.config.publicConsultations = false;
    expect(await count()).toBe(0);
    ctx.config.publicConsultations = true;
    expect(await count()).toBe(1);
    ctx.config.publicConsultations = false;
    expect(await count()).toBe(0);
    ctx.config.publicConsultations = true;
  });

  it('drops a request once its deadline has passed', async () => {
    now = new Date(deadline.getTime() + 60_000);
    expect((await call('GET', '/api/v1/open-consultations', null)).json().items).toEqual([]);
    // The count is kept no later than the earliest deadline.
    expect((await call('GET', '/api/v1/enterprises?pageSize=1', null)).json().openRequests).toBe(0);
  });
});
