import {
  KoinsepDirectory,
  type KoinsepEnterpriseOpenDetail,
  type KoinsepLanguageChangeDetail,
  type KoinsepResultsDetail,
} from './koinsep-directory.component.ts';

/**
 * Entry of the widget bundle (vite --mode widget → dist/widget/koinsep-directory.js).
 * Registration is separate from the class, and guarded: a host page may load the script
 * twice (two snippets, or the hashed and the plain URL), and the second copy must not throw.
 */
export function defineKoinsepDirectory(tagName = 'koinsep-directory'): void {
  if (!customElements.get(tagName)) customElements.define(tagName, KoinsepDirectory);
}

defineKoinsepDirectory();

export { KoinsepDirectory };
export type { KoinsepEnterpriseOpenDetail, KoinsepLanguageChangeDetail, KoinsepResultsDetail };

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-directory': KoinsepDirectory;
  }
  interface GlobalEventHandlersEventMap {
    'koinsep-results': CustomEvent<KoinsepResultsDetail>;
    'koinsep-enterprise-open': CustomEvent<KoinsepEnterpriseOpenDetail>;
    'koinsep-language-change': CustomEvent<KoinsepLanguageChangeDetail>;
  }
}
