import { describe, expect, it } from 'vitest';
import { tileOrigin } from '../../api/domain/map-tiles.ts';
import { ConfigError, readConfig } from '../../api/config.ts';

describe('map tile settings (issue 16)', () => {
  it('defaults to OpenStreetMap standard tiles with their attribution', () => {
    expect(readConfig({}).map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    });
  });

  it('reads MAP_TILE_URL and MAP_ATTRIBUTION', () => {
    const config = readConfig({ MAP_TILE_URL: 'https://tiles.example.gr/{z}/{x}/{y}.png', MAP_ATTRIBUTION: '© Δήμος' });
    expect(config.map).toEqual({ tileUrl: 'https://tiles.example.gr/{z}/{x}/{y}.png', attribution: '© Δήμος' });
  });

  it('refuses a tile URL without {z}/{x}/{y} or not over http(s)', () => {
    expect(() => readConfig({ MAP_TILE_URL: 'https://tiles.example.gr/map.png' })).toThrow(ConfigError);
    expect(() => readConfig({ MAP_TILE_URL: 'ftp://tiles.example.gr/{z}/{x}/{y}.png' })).toThrow(ConfigError);
    expect(() => readConfig({ MAP_TILE_URL: 'tiles/{z}/{x}/{y}.png' })).toThrow(ConfigError);
  });

  it('gives the origin the CSP must allow, with a wildcard for {s} subdomains', () => {
    expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileOrigin('http://127.0.0.1:4567/t/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4567');
    expect(tileOrigin('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).toBe('https://*.tile.example.org');
  });
});
