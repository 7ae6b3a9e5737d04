import { css } from 'lit';

/**
 * The widget's only styles, adopted as a constructable stylesheet (allowed by a strict
 * `style-src 'self'` CSP, unlike <style> elements or style attributes).
 *
 * Embedding hygiene: `:host` resets everything the host page could push in (`all:
 * initial`, with `!important`, which wins over the page's `!important` rules for the
 * host element; it already sets weight, style, spacing, alignment, white-space and
 * visibility to their initial values, so only what differs is set again), and sizes are in `em` from the host's own font size, never `rem`
 * (the host's root font size is not ours). Layout follows the widget's own width
 * (container queries), not the viewport's: it may sit in a narrow column.
 */
export const directoryStyles = css`
  :host {
    all: initial !important;
    display: block !important;
    box-sizing: border-box !important;
    container-type: inline-size !important;
    inline-size: auto !important;
    max-inline-size: 100% !important;
    position: relative !important;
    font-family: var(--koinsep-font-family, system-ui, 'Noto Sans', sans-serif) !important;
    font-size: var(--koinsep-font-size, 16px) !important;
    line-height: 1.5 !important;
    color: var(--koinsep-color-text, #1b2430) !important;
    background: var(--koinsep-color-background, transparent) !important;
    --_accent: var(--koinsep-color-accent, #1a4d8f);
    --_accent-contrast: var(--koinsep-color-accent-contrast, #fff);
    --_accent-soft: var(--koinsep-color-accent-soft, #e9f0f9);
    --_muted: var(--koinsep-color-muted, #4b5663);
    --_surface: var(--koinsep-color-surface, #fff);
    --_subtle: var(--koinsep-color-subtle, #f4f6f8);
    --_border: var(--koinsep-color-border, #d3d9e0);
    --_control-border: var(--koinsep-color-control-border, #6b7684);
    --_focus: var(--koinsep-color-focus, #1a4d8f);
    --_verified: var(--koinsep-color-verified, #1d6b3c);
    --_verified-soft: var(--koinsep-color-verified-soft, #e7f4ec);
    --_danger: var(--koinsep-color-danger, #a4262c);
    --_radius: var(--koinsep-radius, 0.5em);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25em;
    min-inline-size: 0;
  }
  .root > *,
  .results-region > *,
  .profile > * {
    min-inline-size: 0;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
    padding: 0;
  }
  ul,
  ol {
    list-style: none;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    font-weight: 650;
    color: inherit;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 0.08em;
  }
  a:hover {
    text-decoration-thickness: 0.14em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }

  /* Buttons and form controls: the host's button and input rules cannot reach in here. */
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
  }
  .button:hover {
    filter: brightness(1.12);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .button.secondary:hover {
    background: var(--_accent-soft);
    filter: none;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.55;
    filter: none;
  }
  .link-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.75em;
    padding: 0.25em 0.1em;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Header: search and language */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .search-label {
    font-weight: 650;
    font-size: 1.05em;
  }
  .language {
    min-block-size: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
    font-size: 0.9em;
  }
  .language:hover {
    background: var(--_accent-soft);
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  .search-input {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.05em;
  }
  .search-input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  /* Narrow columns: the search button keeps its name for assistive tech but shows only its icon. */
  @container (max-width: 26em) {
    .search-button-text {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .search-row .button {
      padding-inline: 0.8em;
    }
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-start: 0.35em;
  }

  /* Filters; in a phone-wide container (≤ 30em, 480px at the default size) they fold behind a
     "Filters (n)" button, so the first result is in the first screen (issue 16). */
  .button.filters-toggle {
    display: none;
    justify-self: start;
  }
  @container (max-width: 30em) {
    .button.filters-toggle {
      display: inline-flex;
    }
    .filters-toggle[aria-expanded='true'] {
      background: var(--_accent-soft);
    }
    .filters:not(.open) {
      display: none;
    }
  }
  /* Filters */
  .filters {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em;
    padding: 1em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_subtle);
    min-inline-size: 0;
    margin: 0;
  }
  .filters legend {
    padding: 0;
    float: left;
    inline-size: 100%;
    font-weight: 650;
    margin-block-end: 0.25em;
  }
  .field {
    display: grid;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .field label {
    font-size: 0.9em;
    font-weight: 600;
  }
  select {
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
    text-overflow: ellipsis;
    min-block-size: 2.75em;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .filters-actions {
    display: flex;
    justify-content: flex-end;
  }
  @container (min-width: 44em) {
    .filters {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .filters legend,
    .filters-actions {
      grid-column: 1 / -1;
    }
  }

  /* Every bordered box: result cards, skeletons (the profile's panels and services: in its chunk) */
  .card,
  .skeleton {
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* Results */
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
    padding-block-end: 0.5em;
    border-block-end: 1px solid var(--_border);
  }
  .results-head h2 {
    font-size: 1.15em;
  }
  .results {
    display: grid;
    gap: 0.75em;
  }
  .results.stale {
    opacity: 0.6;
  }
  @container (min-width: 48em) {
    .results {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    block-size: 100%;
    position: relative;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .card:focus-within {
    border-color: var(--_accent);
  }
  .card h3 {
    font-size: 1.1em;
  }
  .card h3 a {
    text-decoration: none;
    color: var(--_accent);
  }
  .card h3 a:hover {
    text-decoration: underline;
  }
  /* The whole card is the link's click target; the link stays the one tab stop. */
  .card h3 a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .card h3 a:focus-visible {
    outline: none;
  }
  .card h3 a:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .meta span {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin-block-start: auto;
  }
  /* Pills: category labels and the verified badge */
  .tag,
  .verified {
    padding: 0.15em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
  }
  .tag {
    display: inline-block;
    background: var(--_accent-soft);
    color: var(--_accent);
    font-weight: 500;
  }
  .verified {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    inline-size: fit-content;
    background: var(--_verified-soft);
    color: var(--_verified);
    font-weight: 600;
  }

  /* Skeleton while the first results load */
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    block-size: 0.9em;
    border-radius: 0.3em;
    background: var(--_subtle);
  }
  .bone.title {
    block-size: 1.2em;
    inline-size: 55%;
  }
  .bone.short {
    inline-size: 35%;
  }

  /* Messages: empty, error */
  .message {
    display: grid;
    gap: 0.6em;
    justify-items: start;
    padding: 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .message h2 {
    font-size: 1.1em;
  }
  .message.error {
    border-color: var(--_danger);
    border-inline-start-width: 0.35em;
  }

  /* Pagination */
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
  }

  /* Enterprise profile: the frame (back, language, loading); the rest comes with the profile's chunk */
  .profile,
  .profile-loading,
  .results-region {
    display: grid;
    gap: 1.25em;
  }
  .profile .toolbar {
    align-items: center;
  }

  @media (prefers-reduced-motion: no-preference) {
    .results,
    .card,
    .button,
    .language {
      transition:
        opacity 150ms ease,
        border-color 150ms ease,
        background-color 150ms ease;
    }
    /* An opacity pulse runs on the compositor; a moving gradient would repaint every frame on the main thread, while the first results are being rendered. */
    .bone {
      background: var(--_border);
      animation: shimmer 1.4s ease-in-out infinite;
    }
  }
  @keyframes shimmer {
    50% {
      opacity: 0.4;
    }
  }
  @media (forced-colors: active) {
    .card,
    .skeleton,
    .message,
    .tag,
    .verified,
    .button,
    .language {
      border: 1px solid CanvasText;
    }
  }
`;
