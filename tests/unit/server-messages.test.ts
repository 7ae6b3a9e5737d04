import { describe, expect, it } from 'vitest';
import { el } from '../../api/domain/messages/el.ts';
import { en } from '../../api/domain/messages/en.ts';
import { msg, translate } from '../../api/domain/messages/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('server message catalogues', () => {
  it('give every message the same parameters in Greek and English', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key as keyof typeof en]).join() !== placeholders(el[key as keyof typeof el]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('translate a message into the reader’s language, Greek by default, parameters filled in', () => {
    const reason = msg('profile.afm_digits');
    expect(translate(reason)).toBe('πρέπει να έχει 9 ψηφία (ΑΦΜ)');
    expect(translate(reason, 'en')).toBe('must be 9 digits (ΑΦΜ)');
    // A parameter may itself be a message, rendered in the same language.
    const detail = msg('problem.invalid.detail', { name: 'afm', reason });
    expect(translate(detail, 'el')).toBe('afm: πρέπει να έχει 9 ψηφία (ΑΦΜ)');
    expect(translate(msg('problem.too_many_attempts.detail', { seconds: 30 }), 'en')).toBe(
      'Too many attempts for this account. Try again in 30 s.',
    );
  });
});
