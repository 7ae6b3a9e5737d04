/**
 * The map's own look over Leaflet's stylesheet: the pin and clusters in the directory's accent
 * colour (themeable with the widget's `--koinsep-*` properties), touch-sized controls, a
 * visible focus ring on every focusable marker and control, text for screen readers only.
 */
export const mapCss = `
.koinsep-map-marker { background: none; border: 0; }
.koinsep-map-marker .pin { fill: var(--koinsep-color-accent, #1a4d8f); stroke: #ffffff; stroke-width: 1.5; }
.koinsep-map-marker .pin-dot { fill: #ffffff; }
.koinsep-map-cluster {
  display: flex; align-items: center; justify-content: center;
  border-radius: 50%; border: 3px solid #ffffff; box-shadow: 0 1px 4px rgb(0 0 0 / 40%);
  background: var(--koinsep-color-accent, #1a4d8f); color: #ffffff; font: 700 1rem/1 system-ui, sans-serif;
}
.koinsep-map-count::after { content: attr(data-count); }
.koinsep-map-cluster-medium, .koinsep-map-cluster-large { background: #0f2f57; }
.koinsep-map-marker:focus-visible, .koinsep-map-cluster:focus-visible,
.leaflet-container a:focus-visible, .leaflet-container:focus-visible {
  outline: 3px solid var(--koinsep-color-focus, #b35c00); outline-offset: 2px;
}
.leaflet-touch .leaflet-bar a { width: 44px; height: 44px; line-height: 44px; }
.leaflet-container { font: inherit; font-size: 0.875rem; }
.leaflet-container .leaflet-control-attribution { font-size: 0.75rem; color: #1b2430; background: rgb(255 255 255 / 92%); }
.leaflet-container .leaflet-control-attribution a { color: #1a4d8f; text-decoration: underline; }
.leaflet-popup-content a { display: inline-block; margin-top: 0.4em; color: var(--koinsep-color-accent, #1a4d8f); font-weight: 600; }
.koinsep-map-sr {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
