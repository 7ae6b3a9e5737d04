import { configureLocalization } from '@lit/localize';
import { templates as enTemplates } from './locales/en.ts';

/**
 * @lit/localize in runtime mode. Greek is the source language (the strings written in
 * the code, each with a stable id); English lives in locales/en.ts. English is bundled
 * rather than fetched, so switching language makes no request and the widget stays one
 * file. The locale is per copy of the script: every directory on a page shares it.
 */
export type WidgetLang = 'el' | 'en';

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'el',
  targetLocales: ['en'],
  loadLocale: async () => ({ templates: enTemplates }),
});

/** `el` unless the tag (e.g. `en-GB`) says English. */
export function toWidgetLang(tag: string | null | undefined): WidgetLang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'el';
}

/** Locale for Intl formatting. */
export const intlLocale = (lang: WidgetLang) => (lang === 'en' ? 'en-GB' : 'el-GR');
