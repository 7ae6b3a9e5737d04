/** Dispatches a composed, bubbling event (the shell listens for `navigate` and `signed-in`). */
export function fire<T>(from: HTMLElement, name: string, detail: T): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** The one-time token of an e-mail link (#token=…), kept out of server logs and Referer. */
export function tokenFromHash(): string {
  return new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
}
