import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestApp({ demoData: false });
});
afterAll(async () => ctx?.close());

/** Problem details are read by people: in the request's language, Greek unless it asks otherwise (DESIGN §1). */
describe('problem details in the reader’s language', () => {
  // Staff only, and a route whose query string takes `lang` (the contract register's CSV export).
  const signInRequired = (headers: Record<string, string> = {}, query = '') =>
    ctx.app.inject({ method: 'GET', url: `/api/v1/contracts/export.csv${query}`, headers });

  it('answer in Greek by default', async () => {
    const response = await signInRequired();
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'unauthenticated',
      title: 'Απαιτείται σύνδεση',
      detail: 'Συνδεθείτε για να χρησιμοποιήσετε αυτόν τον πόρο.',
    });
  });

  it('follow Accept-Language by preference, and ?lang= above it', async () => {
    expect((await signInRequired({ 'accept-language': 'en-GB,en;q=0.9' })).json().detail).toBe(
      'Sign in to use this resource.',
    );
    expect((await signInRequired({ 'accept-language': 'fr, en;q=0.5, el;q=0.8' })).json().detail).toBe(
      'Συνδεθείτε για να χρησιμοποιήσετε αυτόν τον πόρο.',
    );
    expect((await signInRequired({ 'accept-language': 'en' }, '?lang=el')).json().title).toBe('Απαιτείται σύνδεση');
  });

  it('name the field and give its reason in the same language', async () => {
    const query = (lang: string) =>
      ctx.app.inject({ method: 'GET', url: `/api/v1/enterprises?area=nowhere&lang=${lang}` });
    const greek = (await query('el')).json();
    expect(greek).toMatchObject({ status: 400, code: 'invalid_parameter', title: 'Μη έγκυρο αίτημα' });
    expect(greek.invalidParams[0]).toMatchObject({ name: 'area', in: 'query' });
    const english = (await query('en')).json();
    expect(english.title).toBe('Invalid request');
    expect(english.detail.startsWith('area: ')).toBe(true);
    expect(english.detail).not.toBe(greek.detail);
  });

  it('translate the schema validator’s reasons too', async () => {
    const tooLong = (lang: string) =>
      ctx.app.inject({ method: 'GET', url: `/api/v1/cpv?q=${'x'.repeat(101)}&lang=${lang}` });
    expect((await tooLong('en')).json().invalidParams[0]).toMatchObject({
      name: 'q',
      reason: 'must NOT have more than 100 characters',
    });
    expect((await tooLong('el')).json().invalidParams[0]).toMatchObject({
      name: 'q',
      reason: 'πρέπει να έχει το πολύ 100 χαρακτήρες',
    });
  });
});
