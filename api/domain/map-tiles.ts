/**
 * The map's background tiles (issue 16). The tile URL is a setting (MAP_TILE_URL); every page
 * that shows a map must let the browser load images from its origin (the CSP's img-src).
 */

/**
 * The origin (scheme, host, port) of a Leaflet tile URL template, for a CSP source list.
 * `{s}` (tile subdomains such as a/b/c) becomes a `*.` wildcard.
 */
export function tileOrigin(tileUrl: string): string {
  const url = new URL(tileUrl.replace(/\{s\}/g, 'tile-subdomain').replace(/\{[a-z]\}/g, '0'));
  return url.origin.replace('tile-subdomain', '*');
}
