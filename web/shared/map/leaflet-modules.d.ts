/// <reference types="leaflet.markercluster" />
// Leaflet's ES module build (no window.L) and the cluster plugin made a module at build time
// (web/widget/build/markercluster-module.ts); their types are @types/leaflet's.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
declare module 'leaflet.markercluster/dist/leaflet.markercluster-src.js' {
  export { MarkerClusterGroup } from 'leaflet';
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
