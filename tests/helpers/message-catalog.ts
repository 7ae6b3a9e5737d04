import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type EnglishTemplates = Record<string, string | { strTag: true; values: unknown[] }>;

interface SourceMessage {
  text: string;
  placeholders: number;
  /** Other source texts given the same id (a mistake: one id, one text). */
  clashes: string[];
}

/** Message ids in `msg('…', { id })` calls under `dirs` (locales/ excluded), with their texts and placeholder counts. */
function sourceMessages(dirs: readonly string[]): Map<string, SourceMessage> {
  const ids = new Map<string, SourceMessage>();
  for (const dir of dirs) {
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('locales'),
    );
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      // msg('text', { id: 'x' }) or msg(str`text ${a}`, { id: 'x' }), possibly over several lines.
      for (const match of source.matchAll(/msg\(\s*(str)?(`[^`]*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
        const placeholders = match[1] ? (match[2]!.match(/\$\{/g) ?? []).length : 0;
        const text = match[2]!;
        const known = ids.get(match[3]!);
        if (known && known.text !== text) known.clashes.push(text);
        else if (!known) ids.set(match[3]!, { text, placeholders, clashes: [] });
      }
    }
  }
  return ids;
}

/**
 * Greek texts live in the code (`msg('…', { id })`), the English ones in locales/en.ts. A text
 * added in one place and forgotten in the other would show Greek to an English reader (or
 * leave dead translations): these tests keep both complete.
 */
export function describeMessageCatalog(
  name: string,
  dir: string | readonly string[],
  templates: object,
  atLeast: number,
): void {
  describe(name, () => {
    const source = sourceMessages(typeof dir === 'string' ? [dir] : dir);
    const english = templates as EnglishTemplates;

    it('finds the messages in the source', () => {
      expect(source.size).toBeGreaterThan(atLeast);
    });

    it('has an English text for every Greek message, with the same placeholders', () => {
      for (const [id, { placeholders }] of source) {
        const text = english[id];
        expect(text, `English text for "${id}"`).toBeDefined();
        const values = typeof text === 'string' ? [] : text!.values;
        expect([...values].sort(), `placeholders of "${id}"`).toEqual([...Array(placeholders).keys()]);
      }
    });

    it('gives each id one source text', () => {
      expect(
        [...source]
          .filter(([, m]) => m.clashes.length)
          .map(([id, m]) => `${id}: ${[m.text, ...m.clashes].join(' ≠ ')}`),
      ).toEqual([]);
    });

    it('has no English text that the code no longer uses', () => {
      expect(Object.keys(english).filter((id) => !source.has(id))).toEqual([]);
    });
  });
}
