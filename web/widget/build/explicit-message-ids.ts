import type { Plugin } from 'vite';

/**
 * Every `msg()` in the widget names its id (`msg(text, { id })`, checked by
 * tests/unit/widget-messages.test.ts against the English catalogue), so @lit/localize's
 * fallback that derives an id by hashing the text (FNV-1a 64, about 0.25 kB gzip) never runs.
 * This swaps that module for one that returns no id: a message without one would simply stay
 * in Greek. If a Lit upgrade moves the module, nothing matches and the fallback is bundled again.
 */
const VIRTUAL = '\0koinsep-explicit-message-ids';

export function explicitMessageIds(): Plugin {
  return {
    name: 'koinsep-explicit-message-ids',
    apply: 'build',
    // Before Vite's own resolver, which would find the real file first.
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize/internal/runtime-msg')
        ? VIRTUAL
        : null;
    },
    load(id) {
      return id === VIRTUAL ? 'export const generateMsgId = () => "";' : null;
    },
  };
}
