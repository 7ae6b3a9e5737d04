import MagicString from 'magic-string';
import { parseSync, Visitor, type Plugin } from 'vite';

/**
 * The minifier leaves template literals alone, and the widget's CSS and HTML live in Lit's
 * `css` and `html`/`svg` templates with their source indentation (about 7% of the file).
 * This shrinks the static text of those templates only, in ways that cannot change what they
 * mean (issue 17):
 * - css (without interpolations): comments dropped, whitespace collapsed, and removed next to
 *   `{ } ; , >` and after `:` (never before `:`, where `a :hover` and `a:hover` differ); no `;`
 *   before `}`; `0.5` written `.5`;
 * - html/svg: a run of whitespace that contains a line break becomes one space (the browser
 *   collapses it so anyway); templates with `<pre` or `<textarea` are left as they are.
 * Positions are mapped (magic-string), so source maps stay right.
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2');
}

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

const MINIFIERS: Record<string, (text: string) => string> = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

export function minifyTemplates(): Plugin {
  return {
    name: 'koinsep-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/web\/widget\/.*\.ts$/.test(id) || !/(?:css|html|svg)`/.test(code)) return null;
      const { program } = parseSync(id, code, { lang: 'ts' });
      const output = new MagicString(code);
      let changed = false;
      new Visitor({
        TaggedTemplateExpression(node) {
          const minify = node.tag.type === 'Identifier' ? MINIFIERS[node.tag.name] : undefined;
          const quasis = node.quasi.quasis;
          if (!minify) return;
          // CSS with interpolations could join tokens across a boundary; ours has none, so leave any such alone.
          if (minify === minifyCss ? quasis.length > 1 : quasis.some((q) => /<(?:pre|textarea)\b/i.test(q.value.raw)))
            return;
          for (const quasi of quasis) {
            // A quasi's span includes its delimiters (` or }, and ` or ${): the text starts one after.
            const start = quasi.start + 1;
            const text = quasi.value.raw;
            const smaller = minify(text);
            if (smaller !== text && code.slice(start, start + text.length) === text) {
              if (smaller === '') output.remove(start, start + text.length);
              else output.overwrite(start, start + text.length, smaller);
              changed = true;
            }
          }
        },
      }).visit(program);
      return changed
        ? { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id, includeContent: true }) }
        : null;
    },
  };
}
