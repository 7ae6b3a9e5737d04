import { describe, expect, it } from 'vitest';
import { readHashState, writeHashState } from '../../web/widget/hash-state.ts';

/** The widget's view in the host page's hash (#koinsep=…): what a shared link or a reload reopens. */
describe('the widget state in the URL hash', () => {
  it('keeps the map open across a reload: view:map is written and read back', () => {
    const hash = writeHashState('#news', { q: 'καθαρισμός', view: 'map' });
    expect(hash).toBe(`#news&koinsep=q:${encodeURIComponent('καθαρισμός')};view:map`);
    expect(readHashState(hash)).toEqual({ q: 'καθαρισμός', view: 'map' });
  });

  it('keeps the open requests for quotes open across a reload: view:requests (issue 13)', () => {
    const hash = writeHashState('', { view: 'requests' });
    expect(hash).toBe('#koinsep=view:requests');
    expect(readHashState(hash)).toEqual({ view: 'requests' });
  });

  it('ignores values outside a closed list, keeps free text', () => {
    expect(readHashState('#koinsep=view:globe;sort:price;lang:fr;category:cleaning;page:3')).toEqual({
      category: 'cleaning',
      page: 3,
    });
    expect(readHashState('#koinsep=sort:name;lang:en;view:map')).toEqual({ sort: 'name', lang: 'en', view: 'map' });
  });

  it('leaves the host page’s own hash alone when the state goes back to the presets', () => {
    expect(writeHashState('#top&koinsep=view:map', null)).toBe('#top');
  });
});
