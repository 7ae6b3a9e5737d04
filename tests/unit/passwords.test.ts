import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../api/domain/passwords.ts';
import { COMMON_PASSWORDS } from '../../api/accounts/common-passwords.ts';

const check = (password: string, email = 'maria@example.gr') =>
  checkPassword(password, { email, commonPasswords: COMMON_PASSWORDS.passwords, commonWords: COMMON_PASSWORDS.words })
    .problem;

describe('checkPassword', () => {
  it('ships a list of several thousand common passwords', () => {
    expect(COMMON_PASSWORDS.passwords.size).toBeGreaterThan(3000);
  });

  it('enforces 12 to 128 characters, counting characters not bytes', () => {
    expect(check('short-pass1')).toBe('too_short');
    expect(check('ώρα-για-καφέ')).toBeNull();
    expect(check('x'.repeat(60) + 'y'.repeat(69))).toBe('too_long');
    expect(check('correct-horse-tram-garden')).toBeNull();
  });

  it('rejects common passwords and common words dressed up with digits and symbols', () => {
    for (const password of [
      'password123456',
      'Password2026!',
      '123456789012',
      'qwertyuiopas',
      'Qwertyuiop123',
      'olympiakos1925!!',
      'iloveyou12345',
    ]) {
      expect(check(password), password).not.toBeNull();
    }
  });

  it('rejects repeated characters and keyboard or digit runs', () => {
    expect(check('aaaaaaaaaaaaaa')).toBe('too_predictable');
    expect(check('abcabcabcabc')).not.toBeNull();
    expect(check('9876543210987')).not.toBeNull();
  });

  it('rejects a password containing the e-mail name', () => {
    expect(check('maria-loves-the-sea', 'maria@example.gr')).toBe('contains_email');
  });

  it('accepts the demo password and gives reasons in both languages', () => {
    expect(check('Demo-KoinSEp-2026!')).toBeNull();
    const verdict = checkPassword('password', { commonPasswords: COMMON_PASSWORDS.passwords });
    expect(verdict.reason?.el).toMatch(/12 χαρακτήρες/);
    expect(verdict.reason?.en).toMatch(/12 characters/);
  });
});
