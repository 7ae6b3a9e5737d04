import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { adminStyles } from '../shared-styles.ts';

/** The element that has focus, looking into shadow roots (the app is made of them). */
export function deepActiveElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

const FOCUSABLE =
  'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native `<dialog>` (instead of window.confirm, alert and prompt):
 * `showModal()` makes the rest of the page inert (the focus stays inside) and puts the dialog in
 * the top layer; it is labelled by its heading; Escape and the cancel button close it as
 * "cancelled"; focus goes back to where it was. `open()` resolves true when confirmed.
 *
 * The body is the default slot. A form in the body confirms with `dialog.confirm()` (e.g. on
 * submit, so Enter works); `dialog-confirm` is cancelable, so a page can keep the dialog open
 * to show a mistake.
 *
 * @slot - the body: the question, or a form
 * @fires dialog-confirm - cancelable; before closing as confirmed
 * @fires dialog-close - detail: { confirmed }
 * @csspart dialog - the native dialog element
 */
@localized()
@customElement('koinsep-dialog')
export class KoinsepDialog extends LitElement {
  static override styles = [
    adminStyles,
    css`
      :host { display: contents; }
      dialog {
        width: min(32rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); box-sizing: border-box; overflow: auto;
        padding: var(--koinsep-space-5); border: 1px solid var(--koinsep-color-border); border-radius: var(--koinsep-radius);
        color: var(--koinsep-color-text); background: var(--koinsep-color-surface); font: inherit; line-height: var(--koinsep-line-height);
        box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.25);
      }
      dialog::backdrop { background: rgb(27 36 48 / 0.55); }
      h2 { margin-top: 0; }
      .actions { justify-content: flex-end; }
    `,
  ];

  /** The title, and the dialog's accessible name. */
  @property() heading = '';
  /** The confirming button's text; none when empty (the body has its own buttons). */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  /** The cancelling button's text (default: "Άκυρο"). */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** A destructive confirmation: the button is red and the cancel button gets the focus. */
  @property({ type: Boolean }) danger = false;

  @query('dialog') private _dialog!: HTMLDialogElement;
  private _returnFocus: HTMLElement | null = null;
  private _settle: ((confirmed: boolean) => void) | null = null;
  private _confirmed = false;

  get isOpen(): boolean {
    return this._dialog?.open ?? false;
  }

  /** Shows the dialog; resolves true when confirmed, false when cancelled (button or Escape). */
  async open(): Promise<boolean> {
    await this.updateComplete;
    if (this._dialog.open) return new Promise((resolve) => (this._settle = chain(this._settle, resolve)));
    this._returnFocus = deepActiveElement();
    this._confirmed = false;
    this._dialog.showModal();
    void this._focusFirst();
    return new Promise((resolve) => (this._settle = resolve));
  }

  /** Confirms (as the confirming button does), unless a `dialog-confirm` listener cancels. */
  confirm(): void {
    const event = new CustomEvent('dialog-confirm', { bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(event)) this.close(true);
  }

  /** Closes the dialog as confirmed or cancelled, and settles `open()` at once. */
  close(confirmed = false): void {
    this._confirmed = confirmed;
    if (!this._dialog?.open) return;
    this._dialog.close();
    this._finish();
  }

  /**
   * The element marked `autofocus` in the body, else its first field, else (for a destructive
   * question or a dialog without a confirming button) the cancel button, else the confirming one.
   */
  private async _focusFirst() {
    const slotted = this.renderRoot.querySelector('slot')!.assignedElements({ flatten: true });
    const inBody = slotted.flatMap((e) => [e, ...e.querySelectorAll('*')]);
    const target =
      (inBody.find((e) => e.hasAttribute('autofocus')) as HTMLElement | undefined) ??
      // Only a field a person can see: a password dialog carries a `hidden` user-name field for
      // password managers, and focusing it left the focus nowhere (on the page's body).
      (inBody.find((e) => e.matches(FOCUSABLE) && e.getClientRects().length > 0) as HTMLElement | undefined) ??
      this.renderRoot.querySelector<HTMLElement>(this.danger || !this.confirmLabel ? '#cancel' : '#confirm');
    // A component in the body may not have drawn its fields yet.
    if (target instanceof LitElement) await target.updateComplete;
    target?.focus();
  }

  /**
   * Escape: closed here, at once, like the cancel button. Left to the browser, `open()` was settled
   * by the `close` event, which the browser queues as a task: a quick Escape then Enter on the
   * button that opens the dialog again delivered the first closing's event after the second opening,
   * which then closed as cancelled and left the focus nowhere.
   */
  private _onCancel(event: Event) {
    event.preventDefault();
    this.close(false);
  }

  /** A closing not made by close() (e.g. a form with method="dialog"); late events of one that was, ignored. */
  private _onClose() {
    if (!this._dialog.open && this._settle) this._finish();
  }

  private _finish() {
    const confirmed = this._confirmed;
    this._confirmed = false;
    const settle = this._settle;
    this._settle = null;
    // Back to where the person was (the native dialog does this only for light-DOM focus).
    if (this._returnFocus?.isConnected) this._returnFocus.focus();
    this._returnFocus = null;
    this.dispatchEvent(new CustomEvent('dialog-close', { detail: { confirmed }, bubbles: true, composed: true }));
    settle?.(confirmed);
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="heading" aria-describedby="body" @cancel=${this._onCancel} @close=${this._onClose}>
      <h2 id="heading">${this.heading}</h2>
      <div id="body"><slot></slot></div>
      <div class="actions">
        <button id="cancel" type="button" @click=${() => this.close(false)}>${this.cancelLabel || msg('Άκυρο', { id: 'dialog.cancel' })}</button>
        ${
          this.confirmLabel
            ? html`<button id="confirm" type="button" class=${this.danger ? 'danger primary' : 'primary'} @click=${() => this.confirm()}>${this.confirmLabel}</button>`
            : nothing
        }
      </div>
    </dialog>`;
  }
}

function chain(first: ((v: boolean) => void) | null, second: (v: boolean) => void): (v: boolean) => void {
  return (value) => {
    first?.(value);
    second(value);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'koinsep-dialog': KoinsepDialog;
  }
  interface GlobalEventHandlersEventMap {
    'dialog-confirm': CustomEvent<undefined>;
    'dialog-close': CustomEvent<{ confirmed: boolean }>;
  }
}
