import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * An API request that runs again whenever its arguments change, cancelling the one before
 * (its `signal` aborts), so a slow answer never overwrites a newer one. The widget's own
 * stand-in for @lit/task: the same `hostUpdate`-driven model, without the promise and render
 * helpers the widget never used, for a third of the bytes in the first screen's 16 kB
 * budget (issue 17).
 */
export type ApiTaskStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface ApiTaskOptions<Args extends readonly unknown[], Result> {
  task(args: Args, options: { signal: AbortSignal }): Promise<Result>;
  args(): Args;
  onComplete?(result: Result): void;
}

export class ApiTask<Args extends readonly unknown[], Result> implements ReactiveController {
  status: ApiTaskStatus = 'initial';
  value: Result | undefined;
  error: unknown;
  private _args: Args | undefined;
  private _abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ApiTaskOptions<Args, Result>,
  ) {
    host.addController(this);
  }

  /** Before each render: run when the arguments differ from the last run's. */
  hostUpdate(): void {
    const args = this.options.args();
    if (!this._args || args.some((value, i) => !Object.is(value, this._args![i]))) void this.run(args);
  }

  async run(args: Args = this.options.args()): Promise<void> {
    this._args = args;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const result = await this.options.task(args, { signal: abort.signal });
      if (abort !== this._abort) return;
      this.value = result;
      this.status = 'complete';
      this.options.onComplete?.(result);
    } catch (error) {
      if (abort !== this._abort) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
