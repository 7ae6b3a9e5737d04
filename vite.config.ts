import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { litWithoutGlobals } from './web/widget/build/lit-without-globals.ts';
import { minifyTemplates } from './web/widget/build/minify-templates.ts';
import { explicitMessageIds } from './web/widget/build/explicit-message-ids.ts';
import { keepRecentChunks } from './web/widget/build/keep-recent-chunks.ts';
import { markerclusterModule } from './web/widget/build/markercluster-module.ts';
import { shortLibraryErrors } from './web/widget/build/short-library-errors.ts';

/**
 * One config, one build per web target (`vite build --mode widget|admin`):
 * - widget: the embeddable <koinsep-directory>, a minified ES module with Lit bundled in
 *   (DESIGN §4), and the chunks it loads when needed (profile view, English texts);
 * - admin: the staff and enterprise app served under /admin/.
 * Vitest reads the `test` block.
 */
export default defineConfig(({ mode }) => {
  const root = import.meta.dirname;
  // Each build sets build.target itself; Vite 8 transforms with oxc (an esbuild block is ignored).
  const common = {};
  if (mode === 'widget') {
    const outDir = resolve(root, 'dist/widget');
    return {
      ...common,
      publicDir: false,
      plugins: [
        markerclusterModule(),
        minifyTemplates(),
        explicitMessageIds(),
        shortLibraryErrors(),
        litWithoutGlobals(),
        keepRecentChunks(outDir),
      ],
      build: {
        outDir,
        // Chunks of earlier builds stay a while, for pages still running an older main file (keep-recent-chunks.ts).
        emptyOutDir: false,
        target: 'es2022',
        // Vite's library build leaves ES output unminified: minify explicitly (DESIGN §6), with oxc (Vite 8's own;
        // 'esbuild' is only a deprecated alias here).
        minify: 'oxc',
        sourcemap: true,
        lib: {
          entry: resolve(root, 'web/widget/koinsep-directory.ts'),
          formats: ['es'],
          fileName: () => 'koinsep-directory.js',
        },
        rollupOptions: {
          output: {
            // Vite 8 (Rolldown) skips whitespace minification of ES libraries unless asked in the output options.
            minify: true,
            // No `@__PURE__` annotations or other comments left in what the browser downloads.
            comments: { legal: false, annotation: false, jsdoc: false },
            // What the first screen does not need (the profile view, the English texts) is a chunk next to the
            // main file, named by its content: the URL of one content never serves another (cached forever).
            chunkFileNames: 'koinsep-[name].[hash:10].js',
            hashCharacters: 'hex',
          },
        },
      },
    };
  }
  if (mode === 'site') {
    // The map on the public pages (issue 16): a small module loaded by / and /enterprises, which loads the map
    // itself (Leaflet, a chunk) when the map comes near the screen.
    return {
      ...common,
      publicDir: false,
      plugins: [markerclusterModule()],
      build: {
        outDir: resolve(root, 'dist/site'),
        emptyOutDir: true,
        target: 'es2022',
        minify: 'oxc',
        sourcemap: true,
        lib: {
          entry: resolve(root, 'web/site/public-map.ts'),
          formats: ['es'],
          fileName: () => 'public-map.js',
        },
        rollupOptions: {
          output: { minify: true, chunkFileNames: '[name].[hash:10].js', hashCharacters: 'hex' },
        },
      },
    };
  }
  if (mode === 'admin') {
    return {
      ...common,
      root: resolve(root, 'web/admin'),
      base: '/admin/',
      publicDir: false,
      plugins: [markerclusterModule()],
      build: {
        outDir: resolve(root, 'dist/admin'),
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
      },
    };
  }
  return {
    ...common,
    test: {
      include: ['tests/**/*.test.ts'],
      // The crash-safety run (minutes of SIGKILLs) is `npm run test:reliability`, not part of `npm test`.
      exclude: [
        'tests/bench/**',
        'node_modules/**',
        ...(process.env.KOINSEP_RELIABILITY ? [] : ['tests/reliability/**']),
      ],
      pool: 'forks',
      // Generous harness limits for a 2-core machine; tests never assert durations.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      reporters: ['default', './tests/helpers/summary-reporter.ts'],
    },
  };
});
