import { authenticator } from 'otplib';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../seed/demo/accounts.ts';

export interface HttpSession {
  /** `name=value` for the Cookie header. */
  cookie: string;
  csrfToken: string;
  /** Headers for a JSON mutation: cookie, x-csrf-token, content-type. */
  headers: Record<string, string>;
}

function sessionCookie(response: Response): string {
  const found = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => /^(__Host-)?koinsep_session=./.test(c));
  if (!found) throw new Error(`No session cookie from ${response.url}`);
  return found;
}

/**
 * Signs in to a running server over HTTP the way the staff app does: POST /api/v1/auth/login,
 * then POST /api/v1/auth/mfa with a TOTP code from the account's secret (the demo secret by
 * default). TOTP codes are single-use per 30-second step, so call this once per account per step.
 */
export async function signInOverHttp(
  base: string,
  email: string,
  password = DEMO_PASSWORD,
  totpSecret = DEMO_TOTP_SECRET,
): Promise<HttpSession> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Sign-in of ${email} failed: ${login.status} ${await login.text()}`);
  let body = (await login.json()) as { mfaRequired: boolean; mfaEnrolmentRequired: boolean; csrfToken: string };
  let cookie = sessionCookie(login);
  if (body.mfaEnrolmentRequired) throw new Error(`${email} has no second factor yet`);
  if (body.mfaRequired) {
    const mfa = await fetch(`${base}/api/v1/auth/mfa`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
      body: JSON.stringify({ code: authenticator.generate(totpSecret) }),
    });
    if (mfa.status !== 200) throw new Error(`Second factor of ${email} failed: ${mfa.status} ${await mfa.text()}`);
    body = { ...body, ...((await mfa.json()) as { csrfToken: string }) };
    cookie = sessionCookie(mfa);
  }
  return {
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' },
  };
}
