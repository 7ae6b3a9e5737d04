import { describe, expect, it } from 'vitest';
import { DOCUMENT_TEXTS } from '../../api/documents/document-texts.ts';
import type { DocumentModel } from '../../api/documents/document-model.ts';
import { renderPdf } from '../../api/documents/render-pdf.ts';
import { pdfText } from '../helpers/document-readers.ts';

/** Every string of a catalogue; functions are called with sample figures. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value(...Array.from({ length: value.length }, (_, i) => 12 + i)))];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const compact = (text: string) => text.normalize('NFC').replace(/\s+/g, '');

describe('the documents’ catalogues', () => {
  it.each(['el', 'en'] as const)(
    'every %s text prints with glyphs the embedded font has, and copies out unchanged',
    async (lang) => {
      const texts = strings(DOCUMENT_TEXTS[lang]);
      expect(texts.length).toBeGreaterThan(100);
      const model: DocumentModel = {
        lang,
        title: 'Catalogue',
        subtitle: null,
        letterhead: [],
        dateLines: [],
        blocks: texts.map((text) => ({ kind: 'paragraph', text, align: 'left' })),
        author: 'test',
        subject: 'test',
        issuedOn: '2026-01-01',
        pageWords: DOCUMENT_TEXTS[lang].pageWords,
      };
      // A glyph the font lacks prints as a blank and vanishes from the extracted text.
      const printed = compact(pdfText(await renderPdf(model)));
      const missing = texts.filter((text) => !printed.includes(compact(text)));
      expect(missing).toEqual([]);
    },
  );

  it('has the same texts in every language', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
        : Array.isArray(value)
          ? value.length
          : typeof value;
    expect(shape(DOCUMENT_TEXTS.en)).toEqual(shape(DOCUMENT_TEXTS.el));
  });
});
