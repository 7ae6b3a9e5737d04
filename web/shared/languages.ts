/**
 * The languages of the staff app, in the order offered. The first is the source language:
 * its texts are written in the code (`msg('…', { id })`); every other one has a catalogue,
 * web/admin/locales/<id>.ts, found by its file name. Adding a language = one entry here and
 * one catalogue there (tests/unit/admin-messages.test.ts checks that each is complete).
 * The server's texts come in the language the client asks for (`accept-language`).
 */
export const LANGUAGES = [
  { id: 'el', name: 'Ελληνικά', intl: 'el-GR' },
  { id: 'en', name: 'English', intl: 'en-GB' },
] as const satisfies ReadonlyArray<{ id: string; name: string; intl: string }>;

export type Lang = (typeof LANGUAGES)[number]['id'];

export const SOURCE_LANG = LANGUAGES[0].id;

/** The language a tag names (`en-GB` → `en`), or the source language. */
export function toLang(tag: string | null | undefined): Lang {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LANGUAGES.find((l) => l.id === primary)?.id ?? SOURCE_LANG;
}

/** Locale for Intl formatting. */
export const intlLocale = (lang: Lang): string => LANGUAGES.find((l) => l.id === lang)?.intl ?? LANGUAGES[0].intl;

/**
 * A text the server sends in several languages (`{ el, en }`), in `lang`; where the server
 * has no text in that language yet, the source language's. A day written into it as
 * YYYY-MM-DD is shown as dd/mm/yyyy, as every date in the app (some server sentences still
 * write ISO days, e.g. the eligibility engine's English ones).
 */
export function localText(
  texts: Record<typeof SOURCE_LANG, string> & Partial<Record<Lang, string>>,
  lang: Lang,
): string {
  return (texts[lang] ?? texts[SOURCE_LANG]).replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');
}
