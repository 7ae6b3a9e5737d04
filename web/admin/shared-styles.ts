import { css } from 'lit';

/**
 * Shared look of the staff app's pages, from the design tokens (web/shared/tokens.ts, adopted
 * on the document by main.ts): AA contrast, visible focus, 44 px targets, phone first.
 */
export const adminStyles = css`
  :host { display: block; color: var(--koinsep-color-text); }
  h1 { font-size: var(--koinsep-font-size-title); margin: 0 0 var(--koinsep-space-3); }
  h2 { font-size: var(--koinsep-font-size-large); margin: var(--koinsep-space-5) 0 var(--koinsep-space-2); }
  label { display: block; font-weight: 600; margin: var(--koinsep-space-3) 0 var(--koinsep-space-1); }
  input, select, button, textarea { font: inherit; min-height: var(--koinsep-target-size); box-sizing: border-box; }
  input, select, textarea {
    width: 100%; max-width: 28rem; padding: 0.4rem 0.6rem; color: var(--koinsep-color-text); background: var(--koinsep-color-surface);
    border: 1px solid var(--koinsep-color-control-border); border-radius: var(--koinsep-radius-small);
  }
  input[readonly] { background: var(--koinsep-color-subtle); }
  textarea { max-width: 40rem; min-height: 7rem; resize: vertical; }
  button, .button {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--koinsep-space-2); min-height: var(--koinsep-target-size);
    padding: 0.4rem 1rem; box-sizing: border-box; font: inherit; text-decoration: none; cursor: pointer;
    color: var(--koinsep-color-accent); background: var(--koinsep-color-surface);
    border: 1px solid var(--koinsep-color-accent); border-radius: var(--koinsep-radius-small);
  }
  button.primary { background: var(--koinsep-color-accent); color: var(--koinsep-color-accent-contrast); }
  button.danger { border-color: var(--koinsep-color-danger); color: var(--koinsep-color-danger); }
  button.danger.primary { background: var(--koinsep-color-danger); color: var(--koinsep-color-accent-contrast); }
  button.link { border: none; background: none; padding: 0 0.25rem; text-decoration: underline; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  :focus-visible { outline: var(--koinsep-focus-width) solid var(--koinsep-color-focus); outline-offset: 2px; }
  a { color: var(--koinsep-color-accent); }
  .hint { color: var(--koinsep-color-muted); font-size: var(--koinsep-font-size-small); margin: var(--koinsep-space-1) 0; }
  .error { color: var(--koinsep-color-danger); font-weight: 600; }
  .ok { color: var(--koinsep-color-verified); font-weight: 600; }
  [aria-invalid='true'] { border-color: var(--koinsep-color-danger); border-width: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: var(--koinsep-space-4); }
  .card {
    background: var(--koinsep-color-surface); border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius);
    padding: var(--koinsep-space-4) 1.25rem; margin-bottom: var(--koinsep-space-4); max-width: 44rem;
  }
  .card > h2:first-child, .card > h3:first-child { margin-top: 0; }
  /* A rule that holds for a whole section (e.g. "needs the municipality's approval"), said once. */
  .note {
    border-left: 4px solid var(--koinsep-color-accent); background: var(--koinsep-color-accent-soft);
    padding: var(--koinsep-space-2) var(--koinsep-space-3); margin: var(--koinsep-space-2) 0 var(--koinsep-space-3); max-width: 40rem;
  }
  /* A state as text and icon (badges never rely on colour alone, WCAG 1.4.1). */
  .badge {
    display: inline-flex; align-items: center; gap: var(--koinsep-space-1); padding: 0.1rem 0.6rem; border-radius: var(--koinsep-radius-pill);
    border: 1px solid currentColor; font-size: var(--koinsep-font-size-small); font-weight: 600; white-space: nowrap;
  }
  .badge.danger { color: var(--koinsep-color-danger); background: var(--koinsep-color-danger-soft); }
  .badge.warning { color: var(--koinsep-color-warning); background: var(--koinsep-color-warning-soft); }
  .badge.ok { color: var(--koinsep-color-verified); background: var(--koinsep-color-verified-soft); }
  .badge.neutral { color: var(--koinsep-color-muted); background: var(--koinsep-color-subtle); }
  summary { cursor: pointer; padding: var(--koinsep-space-2) 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid var(--koinsep-color-border); padding: var(--koinsep-space-2); text-align: left; vertical-align: top; }
  /* position: relative contains the absolutely positioned .visually-hidden texts in the cells; without it
     they escape the scroll box and widen the whole page on a phone. */
  .table-wrap { overflow-x: auto; position: relative; }
  code, .codes { font-family: var(--koinsep-font-family-mono); }
  .codes { columns: 2; list-style: none; padding: 0; font-size: 1.1rem; }
  pre { white-space: pre-wrap; word-break: break-word; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
