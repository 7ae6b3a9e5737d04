/**
 * The languages of the directory (DESIGN §1: Greek is the default, English complete too).
 * Adding a language starts here, then one server message catalogue (domain/messages/) and
 * one web catalogue per side, and the data columns that hold translated text.
 */
export const LANGUAGES = ['el', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** What a person reads when nothing says otherwise. */
export const DEFAULT_LANG: Lang = 'el';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
