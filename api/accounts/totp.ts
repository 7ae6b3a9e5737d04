import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { createHash, randomInt } from 'node:crypto';

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30-second steps: what every authenticator app
 * implements), accepting one step either side for clock drift.
 */
authenticator.options = { digits: 6, step: 30, window: 1 };

const TOTP_ISSUER = 'KoinSEp';

export function newTotpSecret(): string {
  // 160 bits, the RFC 4226 recommendation for the shared secret length.
  return authenticator.generateSecret(20);
}

/**
 * Returns the time step the code belongs to when it is valid and newer than the last
 * accepted one, else null. Refusing steps ≤ lastUsedStep stops a seen code being replayed
 * within its validity window (RFC 6238 §5.2).
 */
export function acceptTotp(secret: string, code: string, lastUsedStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  let delta: number | null;
  try {
    delta = authenticator.checkDelta(code, secret);
  } catch {
    return null;
  }
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / 30) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

export function otpauthUrl(secret: string, email: string): string {
  return authenticator.keyuri(email, TOTP_ISSUER, secret);
}

/** The otpauth:// URL as an SVG QR code (rendered inline, so CSP needs no extra sources). */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

// Recovery codes: 10 codes of 10 characters from an alphabet without look-alikes (0/O, 1/I/L),
// ≈ 49 bits each, shown once as xxxxx-xxxxx and stored only as SHA-256 hashes.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    let raw = '';
    for (let i = 0; i < 10; i++) raw += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

/** Lower-case, no spaces or dashes: what the user types is compared in this form. */
function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z2-9]{10}$/.test(normaliseRecoveryCode(code));
}
