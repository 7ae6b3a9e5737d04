import type { ApiTaskStatus } from './api-task.ts';

/**
 * Where keyboard and screen-reader focus goes after a view change (WCAG 2.4.3): the profile's
 * heading when a profile opens ("back" first while it loads), the results heading after a page
 * change, the card that was opened when coming back to the results.
 */
export type FocusTarget = 'results' | 'profile' | 'back' | { slug: string };

/** Moves focus if the target is on screen; returns what is still to do after the next render (or null). */
export function moveFocus(
  root: HTMLElement | DocumentFragment,
  target: FocusTarget,
  results: ApiTaskStatus,
): FocusTarget | null {
  const heading = root.querySelector<HTMLElement>('#profile-heading');
  const back = root.querySelector<HTMLElement>('[part~="back"]');
  if (target === 'back') {
    if (heading) {
      heading.focus();
      return null;
    }
    back?.focus();
    // The heading takes focus when the profile arrives.
    return 'profile';
  }
  if (target === 'profile') {
    if (!heading) return target;
    const active = (root as ShadowRoot).activeElement;
    if (active === null || active === back) heading.focus();
    return null;
  }
  if (target === 'results') {
    if (results !== 'complete') return target;
    root.querySelector<HTMLElement>('#results-heading')?.focus();
    return null;
  }
  const link = root.querySelector<HTMLElement>(`a[data-slug="${CSS.escape(target.slug)}"]`);
  if (!link && results === 'pending') return target;
  (link ?? root.querySelector<HTMLElement>('#search-input'))?.focus();
  return null;
}
