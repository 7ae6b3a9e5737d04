import { authenticator } from 'otplib';
import type { App } from '../../api/app.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../seed/demo/accounts.ts';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET };

export const DEMO_USERS = {
  admin: 'admin@demo.koinsep.gr',
  staff: 'staff@demo.koinsep.gr',
  manager1: 'manager1@demo.koinsep.gr',
  manager2: 'manager2@demo.koinsep.gr',
  manager3: 'manager3@demo.koinsep.gr',
  member1: 'member1@demo.koinsep.gr',
} as const;

export interface SignedIn {
  /** `name=value` for the Cookie header. */
  cookie: string;
  csrfToken: string;
  /** Headers for `app.inject`: cookie + x-csrf-token. */
  headers: { cookie: string; 'x-csrf-token': string };
  user: { id: string; email: string; role: string; enterprise: { id: string; slug: string; name: string } | null };
}

function sessionCookie(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.map((c) => c.split(';')[0]!).find((c) => /^(__Host-)?koinsep_session=./.test(c));
  if (!found) throw new Error(`No session cookie in ${JSON.stringify(all)}`);
  return found;
}

/**
 * Signs in through the real API (POST /auth/login, then POST /auth/mfa with a TOTP code
 * computed from the account's secret for accounts that have one), for `app.inject`.
 *
 * TOTP codes are accepted once per 30-second step (replay protection), and a test file
 * may sign the same admin in several times within one step; so this helper forgets the
 * last used step before sending the code. Replay protection itself is tested in
 * tests/api/auth-mfa.test.ts without this helper.
 */
export async function signIn(
  app: App,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret = DEMO_TOTP_SECRET,
): Promise<SignedIn> {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`Sign-in of ${email} failed: ${login.statusCode} ${login.body}`);
  let body = login.json() as {
    user: SignedIn['user'];
    mfaRequired: boolean;
    mfaEnrolmentRequired: boolean;
    csrfToken: string;
  };
  let cookie = sessionCookie(login.headers['set-cookie']);
  if (body.mfaEnrolmentRequired) throw new Error(`${email} has no second factor yet: enrol it first`);
  if (body.mfaRequired) {
    await app.db.updateTable('user_totp').set({ last_used_step: null }).where('user_id', '=', body.user.id).execute();
    const mfa = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
      payload: { code: authenticator.generate(totpSecret) },
    });
    if (mfa.statusCode !== 200) throw new Error(`Second factor of ${email} failed: ${mfa.statusCode} ${mfa.body}`);
    const done = mfa.json() as { user: SignedIn['user']; csrfToken: string };
    cookie = sessionCookie(mfa.headers['set-cookie']);
    body = { ...body, user: done.user, csrfToken: done.csrfToken };
  }
  return { cookie, csrfToken: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken }, user: body.user };
}

/** The session cookie from a response's Set-Cookie (or throws). */
export function cookieFrom(response: { headers: Record<string, unknown> }): string {
  return sessionCookie(response.headers['set-cookie'] as string | string[] | undefined);
}

/** `inject` as a signed-in person (or nobody): method, url, who, an optional JSON body and extra headers. */
export function callerOf(app: App) {
  return (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    who: SignedIn | null,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { ...(who?.headers ?? {}), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
