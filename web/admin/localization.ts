/// <reference types="vite/client" />
import { startLocalization, type Catalogue, type Lang } from '../shared/language.ts';

/**
 * @lit/localize in runtime mode, as in the widget: the source language's texts are in the code
 * (each `msg('…', { id })`), every other language's in locales/<lang>.ts, all bundled so that
 * switching makes no request. The languages offered are web/shared/languages.ts; a catalogue
 * is found by its file name. tests/unit/admin-messages.test.ts checks each one is complete.
 */
const modules = import.meta.glob<Catalogue>('./locales/*.ts', { eager: true });
const catalogues: Partial<Record<Lang, Catalogue>> = Object.fromEntries(
  Object.entries(modules).map(([path, catalogue]) => [/([\w-]+)\.ts$/.exec(path)![1] as Lang, catalogue]),
);

startLocalization({ storageKey: 'koinsep-admin-lang', catalogues });
