import { css } from 'lit';

/** Styles shared by the procurement pages: readable, AA contrast, visible focus, phone-friendly. */
export const procurementStyles = css`
  :host { display: block; color: #1a1a1a; font: inherit; }
  h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
  h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
  h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; }
  label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  input, select, button, .button { font: inherit; min-height: 2.5rem; box-sizing: border-box; }
  input, select { padding: 0.35rem 0.5rem; border: 1px solid #595959; border-radius: 4px; background: #fff; color: #1a1a1a; max-width: 100%; }
  button, .button { display: inline-flex; align-items: center; padding: 0.4rem 1rem; border: 1px solid #1d4f91; border-radius: 4px; background: #fff; color: #1d4f91; cursor: pointer; text-decoration: none; }
  button.primary { background: #1d4f91; color: #fff; }
  button.danger { border-color: #a4161a; color: #a4161a; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  :focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.8rem 1.2rem; margin-bottom: 1rem; }
  .field { display: flex; flex-direction: column; }
  .hint { color: #4a4a4a; font-size: 0.9rem; }
  .error { color: #a4161a; font-weight: 600; }
  [aria-invalid='true'] { border-color: #a4161a; border-width: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.6rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #c4c4c4; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  thead th { background: #f0f0f0; }
  .entries { list-style: none; padding: 0; margin: 0; }
  .entry { border: 1px solid #c4c4c4; border-radius: 6px; margin-bottom: 0.5rem; }
  .entry summary { cursor: pointer; padding: 0.6rem 0.8rem; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
  .entry .name { font-weight: 700; }
  .entry .meta { color: #4a4a4a; }
  .entry .first-issue { flex-basis: 100%; color: #7a2e00; }
  .entry details > table { margin: 0 0.8rem 0.8rem; width: calc(100% - 1.6rem); }
  .group-eligible h3 { color: #14532d; }
  .group-conditional h3 { color: #7a4a00; }
  .group-ineligible h3 { color: #a4161a; }
  tr.outcome-fail td:nth-child(2) { color: #a4161a; font-weight: 700; }
  tr.outcome-warning td:nth-child(2), tr.outcome-unknown td:nth-child(2) { color: #7a4a00; font-weight: 700; }
  tr.outcome-pass td:nth-child(2) { color: #14532d; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .table-scroll { overflow-x: auto; }
  @media (max-width: 40rem) { .entry details > table { margin: 0; width: 100%; } }
`;
