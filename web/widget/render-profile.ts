import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { backIcon } from './icons.ts';
import { errorMessage, skeletonCard } from './render-results.ts';

export interface ProfileFrameModel {
  /** The profile (or its "not found" message) from the profile's chunk, once both the chunk and the data are there. */
  content: TemplateResult | undefined;
  /** The data or the chunk could not be loaded. */
  failed: boolean;
  onBack(): void;
  onRetry(): void;
  languageSwitch: TemplateResult;
}

/**
 * The frame of the profile view, in the main file: its top bar is there at once and stays
 * the same element while the chunk and the data load, so focus on "Back" survives; the
 * profile itself comes from views/profile-view.ts.
 */
export function renderProfileFrame(view: ProfileFrameModel): TemplateResult {
  return html`<div class="profile">
    <div class="toolbar">
      <button type="button" class="link-button" part="back" @click=${view.onBack}>
        ${backIcon()}${msg('Πίσω στα αποτελέσματα', { id: 'profile.back' })}
      </button>
      ${view.languageSwitch}
    </div>
    ${
      view.failed
        ? errorMessage(view.onRetry, 'profile-heading')
        : (view.content ??
          html`<div class="profile-loading" aria-busy="true">
          <p class="muted">${msg('Φόρτωση προφίλ…', { id: 'profile.loading' })}</p>
          <div aria-hidden="true">${skeletonCard()}</div>
        </div>`)
    }
  </div>`;
}
