/// <reference types="vite/client" />
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANG } from '../../web/shared/languages.ts';
import { describeMessageCatalog } from '../helpers/message-catalog.ts';

/**
 * The staff app's texts: the source language's in the code (web/admin and web/shared), one
 * catalogue per other language offered (web/admin/locales/<id>.ts, found by file name as the
 * app finds it), each complete.
 */
const catalogues = import.meta.glob<{ templates: object }>('../../web/admin/locales/*.ts', { eager: true });
const catalogueOf = (lang: string) => catalogues[`../../web/admin/locales/${lang}.ts`];
const translated = LANGUAGES.map((l) => l.id).filter((id) => id !== SOURCE_LANG);
const web = join(import.meta.dirname, '../../web');

describe('admin app languages', () => {
  it('has a catalogue for every language offered, and offers every catalogue', () => {
    expect(translated.filter((id) => !catalogueOf(id))).toEqual([]);
    expect(
      Object.keys(catalogues)
        .map((path) => /(\w[\w-]*)\.ts$/.exec(path)![1])
        .sort(),
    ).toEqual([...translated].sort());
  });
});

for (const lang of translated) {
  describeMessageCatalog(
    `admin app messages (${lang})`,
    [join(web, 'admin'), join(web, 'shared')],
    catalogueOf(lang)?.templates ?? {},
    80,
  );
}
