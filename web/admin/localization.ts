import { configureLocalization } from '@lit/localize';
import { templates as enTemplates } from './locales/en.ts';

/**
 * @lit/localize in runtime mode, as in the widget: Greek is the source language (the
 * strings in the code, each with a stable id), English is in locales/en.ts, bundled so
 * that switching makes no request. tests/unit/admin-messages.test.ts checks both ways.
 * Feature pages that keep their own el/en dictionaries read `document.documentElement.lang`
 * and the `lang` property the shell sets on them.
 */
export type AdminLang = 'el' | 'en';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'el',
  targetLocales: ['en'],
  loadLocale: async () => ({ templates: enTemplates }),
});

const STORAGE_KEY = 'koinsep-admin-lang';

export function storedLang(): AdminLang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'el';
  } catch {
    return 'el';
  }
}

export async function switchLang(lang: AdminLang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
  await setLocale(lang);
}

export const intlLocale = (lang: AdminLang) => (lang === 'en' ? 'en-GB' : 'el-GR');
