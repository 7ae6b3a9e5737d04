import { css } from 'lit';

/** The eligibility answer: summary, required procedure, alternatives, rows with their headline and links. */
export const resultStyles = css`
  .summary { font-size: 1.05rem; font-weight: 600; border-left: 4px solid #1d4f91; padding: 0.4rem 0.8rem; background: #f3f6fb; }
  .procedure { border: 1px solid #c4c4c4; border-radius: 6px; padding: 0.2rem 0.8rem; margin: 0.8rem 0; }
  .alternatives ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .alternatives button { flex-direction: column; align-items: flex-start; text-align: left; }
  .alternatives button.works { border-width: 2px; }
  .alternatives .counts { font-size: 0.9rem; color: #3a3a3a; }
  .entry-head { padding: 0.6rem 0.8rem; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
  .entry .headline { flex-basis: 100%; }
  .headline.outcome-fail { color: #a4161a; }
  .headline.outcome-unknown, .headline.outcome-warning { color: #7a2e00; }
  .entry .links { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
  .entry .links a { color: #1d4f91; min-height: 2.5rem; display: inline-flex; align-items: center; }
  .entry details > summary { padding: 0 0.8rem 0.6rem; }
  .entry details > .table-scroll { margin: 0 0.8rem 0.8rem; }
  @media (max-width: 40rem) { .entry details > .table-scroll { margin: 0; } }
`;
