import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Lit and @lit/localize keep a few developer-facing error texts in their production builds
 * (misusing `css`, configuring localization twice). The widget never triggers them, and on a
 * host page they would help no visitor, yet they are 0.26 kB of the first screen's 16 kB
 * (issue 17). This shortens them to the name of what failed; the error is still thrown where
 * it was. The build fails if a library upgrade changes one of the texts, so none is left
 * silently.
 */
const TEXTS: Array<{ file: RegExp; from: string; to: string }> = [
  {
    file: /@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    from: '"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."',
    to: '"CSSResult"',
  },
  {
    file: /@lit[\\/]reactive-element[\\/]css-tag\.js$/,
    from: `"Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`,
    to: '"css: "+t',
  },
  {
    file: /lit-html[\\/]lit-html\.js$/,
    from: '"invalid template strings array"',
    to: '"lit-html"',
  },
  {
    file: /@lit[\\/]localize[\\/]init[\\/]install\.js$/,
    from: "'lit-localize can only be configured once'",
    to: "'lit-localize'",
  },
];

export function shortLibraryErrors(): Plugin {
  return {
    name: 'koinsep-short-library-errors',
    apply: 'build',
    transform(code, id) {
      const texts = TEXTS.filter((text) => text.file.test(id));
      if (!texts.length) return null;
      const output = new MagicString(code);
      for (const { from, to } of texts) {
        const at = code.indexOf(from);
        if (at < 0) this.error(`${id}: an error text changed; update web/widget/build/short-library-errors.ts`);
        output.overwrite(at, at + from.length, to);
      }
      return {
        code: output.toString(),
        map: output.generateMap({ hires: 'boundary', source: id, includeContent: true }),
      };
    },
  };
}
