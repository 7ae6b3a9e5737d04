/**
 * Greek search keys (accents, case, final sigma and Greeklish folded) for matching in the
 * browser exactly as the server's search does. The one place web code takes runtime code from
 * api/: api/domain/greek-text.ts is pure (no imports, no Node, no database), so the rule stays
 * "pages import only types from the API" and the folding has one implementation.
 */
export { searchKeys } from '../../api/domain/greek-text.ts';
