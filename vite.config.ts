import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { litWithoutGlobals } from './web/widget/build/lit-without-globals.ts';

/**
 * One config, one build per web target (`vite build --mode widget|admin`):
 * - widget: the embeddable <koinsep-directory>, one self-contained, minified ES module
 *   with Lit bundled in (DESIGN §4), plus a content-hashed copy for long caching;
 * - admin: the staff and enterprise app served under /admin/.
 * Vitest reads the `test` block.
 */
export default defineConfig(({ mode }) => {
  const root = import.meta.dirname;
  // Each build sets build.target itself; Vite 8 transforms with oxc (an esbuild block is ignored).
  const common = {};
  if (mode === 'widget') {
    return {
      ...common,
      publicDir: false,
      plugins: [litWithoutGlobals()],
      build: {
        outDir: resolve(root, 'dist/widget'),
        emptyOutDir: true,
        target: 'es2022',
        // Vite's library build leaves ES output unminified: minify explicitly (DESIGN §6).
        minify: 'esbuild',
        sourcemap: true,
        lib: {
          entry: resolve(root, 'web/widget/koinsep-directory.ts'),
          formats: ['es'],
          fileName: () => 'koinsep-directory.js',
        },
        // Vite 8 (Rolldown) skips whitespace minification of ES libraries unless asked in the output options.
        rollupOptions: { output: { inlineDynamicImports: true, minify: true } },
      },
    };
  }
  if (mode === 'admin') {
    return {
      ...common,
      root: resolve(root, 'web/admin'),
      base: '/admin/',
      publicDir: false,
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
      exclude: ['tests/bench/**', 'node_modules/**', ...(process.env.KOINSEP_RELIABILITY ? [] : ['tests/reliability/**'])],
      pool: 'forks',
      // Generous harness limits for a 2-core machine; tests never assert durations.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      reporters: ['default', './tests/helpers/summary-reporter.ts'],
    },
  };
});
