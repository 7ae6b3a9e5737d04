import { configureLocalization, type LocaleModule } from '@lit/localize';
import { LANGUAGES, SOURCE_LANG, toLang, type Lang } from './languages.ts';

export { LANGUAGES, SOURCE_LANG, intlLocale, localText, toLang, type Lang } from './languages.ts';

/** A catalogue module (`export const templates = { id: text }`) of a language other than the source. */
export type Catalogue = LocaleModule;

let localization: ReturnType<typeof configureLocalization> | null = null;
let storageKey = '';

/**
 * Starts @lit/localize in runtime mode for one app: the source language's texts are in the
 * code, the others in `catalogues` (bundled, so switching makes no request). Call once, before
 * the first element renders.
 */
export function startLocalization(options: { storageKey: string; catalogues: Partial<Record<Lang, Catalogue>> }): void {
  storageKey = options.storageKey;
  localization = configureLocalization({
    sourceLocale: SOURCE_LANG,
    targetLocales: LANGUAGES.map((l) => l.id).filter((id) => id !== SOURCE_LANG),
    loadLocale: async (locale) => {
      const catalogue = options.catalogues[toLang(locale)];
      if (!catalogue) throw new Error(`No catalogue for ${locale}`);
      return catalogue;
    },
  });
}

/** The app's language now (the source language until localisation has started). */
export function currentLang(): Lang {
  return localization ? toLang(localization.getLocale()) : SOURCE_LANG;
}

/** The language chosen earlier on this browser, else the source language. */
export function storedLang(): Lang {
  try {
    return toLang(localStorage.getItem(storageKey));
  } catch {
    return SOURCE_LANG;
  }
}

/** Switches the app (and the document's `lang`) to `lang` and remembers the choice. */
export async function switchLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  await localization?.setLocale(lang);
}
