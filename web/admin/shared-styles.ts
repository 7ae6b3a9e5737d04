import { css } from 'lit';

/** Shared look of the shell's own pages: AA contrast, visible focus, 44 px targets, phone first. */
export const adminStyles = css`
  :host { display: block; color: #1a1a1a; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
  label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
  input, select, button { font: inherit; min-height: 2.75rem; box-sizing: border-box; }
  input, select { width: 100%; max-width: 28rem; padding: 0.4rem 0.6rem; border: 1px solid #595959; border-radius: 4px; background: #fff; color: #1a1a1a; }
  button { padding: 0.4rem 1rem; border: 1px solid #1d4f91; border-radius: 4px; background: #fff; color: #1d4f91; cursor: pointer; }
  button.primary { background: #1d4f91; color: #fff; }
  button.danger { border-color: #a4161a; color: #a4161a; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  :focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  a { color: #1d4f91; }
  .hint { color: #4a4a4a; font-size: 0.95rem; margin: 0.25rem 0; }
  .error { color: #a4161a; font-weight: 600; }
  .ok { color: #1e5631; font-weight: 600; }
  [aria-invalid='true'] { border-color: #a4161a; border-width: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.6rem; margin-top: 1rem; }
  .card { background: #fff; border: 1px solid #d0d0d0; border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1rem; max-width: 44rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #d0d0d0; padding: 0.5rem; text-align: left; vertical-align: top; }
  /* position: relative contains the absolutely positioned .visually-hidden texts in the cells; without it
     they escape the scroll box and widen the whole page on a phone. */
  .table-wrap { overflow-x: auto; position: relative; }
  code, .codes { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
  .codes { columns: 2; list-style: none; padding: 0; font-size: 1.1rem; }
  pre { white-space: pre-wrap; word-break: break-word; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
