import { readFileSync } from 'node:fs';

/**
 * The shipped list of common passwords (api/domain/common-passwords.txt) as a set, and
 * the words at their heart ("password" in "password2026!"), read once at start-up.
 */
function load(): { passwords: Set<string>; words: Set<string> } {
  const text = readFileSync(new URL('../domain/common-passwords.txt', import.meta.url), 'utf8');
  const passwords = new Set<string>();
  for (const line of text.split('\n')) {
    if (line && !line.startsWith('#')) passwords.add(line);
  }
  const words = new Set<string>();
  for (const password of passwords) {
    const stem = password.replace(/^[\d\W_]+/u, '').replace(/[\d\W_]+$/u, '');
    if (stem.length >= 4) words.add(stem);
  }
  return { passwords, words };
}

export const COMMON_PASSWORDS = load();
