import type { Plugin } from 'vite';

/**
 * The widget may add no globals to the host page besides its element. Lit records its
 * versions on `globalThis` (`litHtmlVersions`, `litElementVersions`,
 * `reactiveElementVersions`) and shares decorator metadata through
 * `globalThis.litPropertyMetadata`, which would also mix our metadata with the host's own
 * Lit, if it has one. The bundle is self-contained, so both can be module-local: this
 * rewrites them after bundling, and fails the build if a Lit upgrade changes the pattern.
 */
const LOCAL_METADATA = '__koinsepLitMetadata';

export function litWithoutGlobals(): Plugin {
  return {
    name: 'koinsep-lit-without-globals',
    apply: 'build',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) {
        // A chunk that imports the main file would start a second copy of it when the page loaded the main file by
        // another URL (pinned, self-hosted): views get Lit and msg() through the kit instead (web/widget/view-kit.ts).
        if (chunk.imports.length)
          this.error(`widget chunk ${chunk.fileName} imports ${chunk.imports.join(', ')}: use the view kit`);
        return null;
      }
      // The main file stands alone: one request before the first results, one file to pin.
      if (chunk.imports.length)
        this.error(`the widget's main file imports ${chunk.imports.join(', ')}: it must stand alone`);
      let out = code.replace(
        /[\w$]+\.(?:litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\s*\]/g,
        '[]',
      );
      out = out.replace(
        /[\w$]+\.litPropertyMetadata\s*\?\?=\s*(?:\/\*\s*@__PURE__\s*\*\/\s*)?new WeakMap(?:\(\))?/g,
        '0',
      );
      out = out.replace(/(?:\bglobalThis\.|(?<![\w$.]))litPropertyMetadata\b/g, LOCAL_METADATA);
      const left = /litHtmlVersions|litElementVersions|reactiveElementVersions|[.\w]litPropertyMetadata/.exec(out);
      if (left)
        this.error(`Lit global left in the widget bundle near "${out.slice(left.index - 40, left.index + 40)}"`);
      return { code: `const ${LOCAL_METADATA}=new WeakMap;${out}`, map: null };
    },
  };
}
