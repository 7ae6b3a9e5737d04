import type { Plugin } from 'vite';

/**
 * leaflet.markercluster 1.5.3 ships only a UMD file that reads and extends a global `L`
 * (`L.MarkerClusterGroup = L.FeatureGroup.extend(…)`), and Leaflet's own UMD file sets
 * `window.L`. An embedded widget may leave no globals on the host page (a host may run its
 * own Leaflet), so the maps use Leaflet's ES module build and this turns the cluster plugin
 * into an ES module that extends a module-local copy of Leaflet's namespace instead of the
 * global. It fails the build if an upgrade changes the UMD wrapper.
 */
const FILE = /leaflet\.markercluster[\\/]dist[\\/]leaflet\.markercluster-src\.js$/;
const HEADER = /^[\s\S]*?\}\(this, function \(exports\) \{ 'use strict';/;
const FOOTER = /\}\)\);\s*(\/\/# sourceMappingURL=.*)?\s*$/;

export function markerclusterModule(): Plugin {
  return {
    name: 'koinsep-markercluster-module',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      if (!HEADER.test(code) || !FOOTER.test(code))
        this.error('leaflet.markercluster: its UMD wrapper changed; update web/widget/build/markercluster-module.ts');
      const body = code.replace(HEADER, '').replace(FOOTER, '');
      return {
        code: [
          "import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';",
          // A mutable copy of the namespace: the plugin adds its classes to it (class prototypes stay shared).
          'const L = { ...Leaflet };',
          'const exports = {};',
          "(function (exports) { 'use strict';",
          body,
          '})(exports);',
          'export const MarkerClusterGroup = exports.MarkerClusterGroup;',
        ].join('\n'),
        map: null,
      };
    },
  };
}
