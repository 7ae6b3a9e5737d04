import { str } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';

/**
 * @lit/localize's `msg()` and `str`, in runtime mode. Greek is the source language (the
 * strings written in the code, each with a stable id); English lives in locales/en.ts, a
 * chunk of its own that a Greek page never loads (issue 17: the first screen carries only
 * what it shows).
 *
 * The message lookup is the library's own (`runtimeMsg`); only the locale switch is ours,
 * instead of `configureLocalization`: with one target language, its loader, validation and
 * window-wide status events were a fifth of a kilobyte of the first screen, and an event on
 * the host's window is one thing less the widget leaves on the page. The locale belongs to
 * this copy of the script: every directory on the page shares it.
 */
export type WidgetLang = 'el' | 'en';

let templates: TemplateMap | undefined;
let locale: WidgetLang = 'el';
let requested: WidgetLang = 'el';
let pending: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

_installMsgImplementation(((template, options) => runtimeMsg(templates, template, options)) as MsgFn);

const loadEnglish = () => import('./locales/en.ts');

export const getLocale = (): WidgetLang => locale;

/**
 * Switches every directory on the page once the language's texts are there (a later
 * switch wins over one still loading). If the English chunk cannot be loaded, the promise
 * rejects and the widget stays in Greek.
 */
export function setLocale(lang: WidgetLang): Promise<void> {
  if (lang !== requested) {
    requested = lang;
    pending = (async () => {
      try {
        const next = lang === 'en' ? (await loadEnglish()).englishTemplates(str) : undefined;
        if (requested !== lang) return;
        templates = next;
        locale = lang;
        for (const listener of listeners) listener();
      } catch (error) {
        if (requested === lang) requested = locale;
        throw error;
      }
    })();
  }
  return pending;
}

/** Calls `listener` after each switch; returns the unsubscribe function. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches the English texts ahead of a switch (the visitor points at or focuses "English"). */
export function prefetchEnglish(): void {
  loadEnglish().catch(() => undefined);
}

/** `el` unless the tag (e.g. `en-GB`) says English. */
export function toWidgetLang(tag: string | null | undefined): WidgetLang {
  return tag?.trim().toLowerCase().startsWith('en') ? 'en' : 'el';
}

/*
 * Numbers and dates are written out here rather than with Intl (issue 17). A page's first
 * Intl.NumberFormat or DateTimeFormat (or `toLocaleString(locale)`) loads ICU's number and
 * calendar data: 60–250 ms in a fresh Chromium renderer on the bench machine, more on a busy
 * phone, and it was most of the time between the search answer and the first result painted
 * (a profile of the widget bench: the facet counts' toLocaleString and the cards' dates).
 * Both give what Intl gives for el-GR and en-GB (tests/unit/widget-format.test.ts).
 */

/** A whole number with the language's thousands separator: 1.234 / 1,234. */
export const formatCount = (lang: WidgetLang, count: number): string =>
  String(count).replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '.');

/**
 * A date as the language writes it in figures, in the browser's time zone: 2/12/2026 in Greek,
 * 02/12/2026 in British English (what `toLocaleDateString` gives, without month names to ship).
 */
export function formatDate(lang: WidgetLang, date: Date): string {
  const pad = (n: number) => (lang === 'en' ? String(n).padStart(2, '0') : String(n));
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}
