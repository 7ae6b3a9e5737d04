import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { errorText } from '../../../shared/api-client.ts';

/**
 * A change made from a request-for-quotes page (staff or enterprise): clear the last message,
 * do the work, reload the page's data, then say it is done — or show the server's reason (its
 * problem+json detail, e.g. the 409 of a late offer). `render()` gives the status and the alert.
 */
export class PageChange implements ReactiveController {
  status = '';
  failure = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly reload: () => Promise<void>,
  ) {
    host.addController(this);
  }

  /** The shell keeps a page's element for the next visit: it starts without the last visit's messages. */
  hostDisconnected(): void {
    this.status = '';
    this.failure = '';
  }

  /** Shows why something failed (a load, or a change). */
  fail(error: unknown): void {
    this.failure = errorText(error);
    this.host.requestUpdate();
  }

  async run(work: () => Promise<unknown>, done: string): Promise<void> {
    this.failure = '';
    this.status = '';
    this.host.requestUpdate();
    try {
      await work();
      await this.reload();
      this.status = done;
    } catch (error) {
      this.failure = errorText(error);
    }
    this.host.requestUpdate();
  }

  render() {
    return html`${this.status ? html`<p class="ok" role="status">${this.status}</p>` : nothing}
    ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}`;
  }
}
