import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A page may still run the main file of the previous build after a deploy (the plain URL
 * is cached for 5 minutes and may be served stale for an hour), and that main file names
 * its own chunks. So the widget build does not empty dist/widget: chunks of earlier builds
 * stay (their names are their content, so nothing is ever overwritten with other bytes) and
 * are removed here once no build has produced them for `days` days.
 */
const CHUNK = /^koinsep-[a-z0-9-]+\.[0-9a-f]{10}\.js(?:\.map)?$/;

export function keepRecentChunks(outDir: string, days = 7): Plugin {
  return {
    name: 'koinsep-keep-recent-chunks',
    apply: 'build',
    writeBundle(_options, bundle) {
      const cutoff = Date.now() - days * 24 * 3600 * 1000;
      for (const name of readdirSync(outDir)) {
        if (!CHUNK.test(name) || name in bundle) continue;
        if (statSync(join(outDir, name)).mtimeMs < cutoff) rmSync(join(outDir, name));
      }
    },
  };
}
