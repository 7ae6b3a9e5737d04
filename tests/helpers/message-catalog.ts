import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type EnglishTemplates = Record<string, string | { strTag: true; values: unknown[] }>;

/** Message ids in `msg('…', { id })` calls under `dir` (locales/ excluded), with their placeholder counts. */
function sourceMessages(dir: string): Map<string, number> {
  const ids = new Map<string, number>();
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('locales'));
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    // msg('text', { id: 'x' }) or msg(str`text ${a}`, { id: 'x' }), possibly over several lines.
    for (const match of source.matchAll(/msg\(\s*(str)?(`[^`]*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g)) {
      const placeholders = match[1] ? (match[2]!.match(/\$\{/g) ?? []).length : 0;
      ids.set(match[3]!, placeholders);
    }
  }
  return ids;
}

/**
 * Greek texts live in the code (`msg('…', { id })`), the English ones in locales/en.ts. A text
 * added in one place and forgotten in the other would show Greek to an English reader (or
 * leave dead translations): these tests keep both complete.
 */
export function describeMessageCatalog(name: string, dir: string, templates: object, atLeast: number): void {
  describe(name, () => {
    const source = sourceMessages(dir);
    const english = templates as EnglishTemplates;

    it('finds the messages in the source', () => {
      expect(source.size).toBeGreaterThan(atLeast);
    });

    it('has an English text for every Greek message, with the same placeholders', () => {
      for (const [id, placeholders] of source) {
        const text = english[id];
        expect(text, `English text for "${id}"`).toBeDefined();
        const values = typeof text === 'string' ? [] : text!.values;
        expect([...values].sort(), `placeholders of "${id}"`).toEqual([...Array(placeholders).keys()]);
      }
    });

    it('has no English text that the code no longer uses', () => {
      expect(Object.keys(english).filter((id) => !source.has(id))).toEqual([]);
    });
  });
}
