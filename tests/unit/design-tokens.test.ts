import { describe, expect, it } from 'vitest';
import { TOKENS, tokenDeclarations, type TokenName } from '../../web/shared/tokens.ts';

/** WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: TokenName, b: TokenName): number {
  const [light, dark] = [luminance(TOKENS[a]), luminance(TOKENS[b])].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colours and the backgrounds the apps put them on. */
const TEXT_PAIRS: Array<[TokenName, TokenName]> = [
  ['color-text', 'color-background'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-subtle'],
  ['color-text', 'color-accent-soft'],
  ['color-muted', 'color-background'],
  ['color-muted', 'color-surface'],
  ['color-muted', 'color-subtle'],
  ['color-muted', 'color-accent-soft'],
  ['color-accent', 'color-background'],
  ['color-accent', 'color-surface'],
  ['color-accent', 'color-accent-soft'],
  ['color-accent-contrast', 'color-accent'],
  ['color-accent-contrast', 'color-danger'],
  ['color-danger', 'color-surface'],
  ['color-danger', 'color-background'],
  ['color-danger', 'color-danger-soft'],
  ['color-warning', 'color-surface'],
  ['color-warning', 'color-warning-soft'],
  ['color-verified', 'color-surface'],
  ['color-verified', 'color-verified-soft'],
];

/** Non-text contrast (WCAG 1.4.11): control borders and focus rings against what surrounds them. */
const UI_PAIRS: Array<[TokenName, TokenName]> = [
  ['color-control-border', 'color-surface'],
  ['color-control-border', 'color-background'],
  ['color-focus', 'color-surface'],
  ['color-focus', 'color-background'],
  ['color-focus', 'color-accent-soft'],
  ['color-focus-inverse', 'color-accent'],
];

describe('design tokens', () => {
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1 (WCAG AA text)', (text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s reaches 3:1 (WCAG AA non-text)', (ui, background) => {
    expect(contrast(ui, background)).toBeGreaterThanOrEqual(3);
  });

  it('declares every token as a --koinsep- custom property', () => {
    const declarations = tokenDeclarations();
    for (const [name, value] of Object.entries(TOKENS)) expect(declarations).toContain(`--koinsep-${name}: ${value};`);
  });
});
