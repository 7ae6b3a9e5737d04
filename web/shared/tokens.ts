import { css, unsafeCSS } from 'lit';

/**
 * The design tokens of KoinSEp Directory: one set of colours, spaces, radii and type sizes for
 * the staff app, the public pages and the widget. They are CSS custom properties named
 * `--koinsep-*`; the colour names are the widget's own theming properties
 * (web/widget/styles.ts reads `--koinsep-color-accent` and the rest with these same values as
 * fallbacks), so a page that adopts these tokens themes an embedded widget the same way.
 *
 * Every pair of colours used as text on a background reaches WCAG 2.2 AA (4.5:1 for text,
 * 3:1 for control borders and focus rings): tests/unit/design-tokens.test.ts computes each
 * ratio from the values below, so a change that breaks contrast fails the tests.
 */
export const TOKENS = {
  // Text and surfaces.
  'color-text': '#1b2430',
  'color-muted': '#4b5663',
  'color-background': '#f4f6f8',
  'color-surface': '#ffffff',
  'color-subtle': '#eef1f4',
  'color-border': '#d3d9e0',
  'color-control-border': '#6b7684',
  // The municipality's blue: links, primary buttons, the app bar.
  'color-accent': '#1a4d8f',
  'color-accent-contrast': '#ffffff',
  'color-accent-soft': '#e9f0f9',
  // Focus rings: on light surfaces, and on the accent (the app bar).
  'color-focus': '#b35c00',
  'color-focus-inverse': '#f0b400',
  // States: always with a text or icon too, never colour alone (WCAG 1.4.1).
  'color-danger': '#a4262c',
  'color-danger-soft': '#fdecea',
  'color-warning': '#8a4b00',
  'color-warning-soft': '#fbf1d9',
  'color-verified': '#1d6b3c',
  'color-verified-soft': '#e7f4ec',
  // Type.
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  'font-family-mono': "ui-monospace, 'DejaVu Sans Mono', monospace",
  'font-size-small': '0.9rem',
  'font-size-base': '1rem',
  'font-size-large': '1.2rem',
  'font-size-title': '1.5rem',
  'line-height': '1.5',
  // Spaces (a 0.25 rem scale).
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  // Shapes and sizes.
  'radius-small': '4px',
  radius: '8px',
  'radius-pill': '999px',
  /** The smallest touch target (WCAG 2.5.5 AAA size, 44 CSS px). */
  'target-size': '2.75rem',
  'focus-width': '3px',
} as const;

export type TokenName = keyof typeof TOKENS;

/** `var(--koinsep-<name>)`, for styles written in TypeScript (e.g. a chart's colours need the value: use TOKENS). */
export const token = (name: TokenName): string => `var(--koinsep-${name})`;

/** The declarations, `--koinsep-<name>: <value>;` one per token. */
export function tokenDeclarations(): string {
  return Object.entries(TOKENS)
    .map(([name, value]) => `--koinsep-${name}: ${value};`)
    .join('\n');
}

/**
 * The tokens on the document (`:root`) and on any shadow host that includes this sheet, so
 * they reach every element of an app: the staff app adopts it on its document (main.ts).
 * A server-rendered page can inline `tokenDeclarations()` in a `:root {}` rule instead.
 */
export const tokenStyles = css`
  :root,
  :host {
    ${unsafeCSS(tokenDeclarations())}
  }
`;
