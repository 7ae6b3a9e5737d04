import type { ReactiveControllerHost } from 'lit';
import { viewKit, type ViewModule, type WidgetView } from './view-kit.ts';

/** One view per chunk for the whole page, however many directories it has. */
const built = new WeakMap<object, WidgetView<never>>();

/**
 * Loads a view that the first screen does not need (the profile; later the map) as its
 * own chunk, on first use: `load()` when the visitor shows the intent (hover, focus,
 * click), `view` once it is there. Its stylesheet joins the shadow root's constructable
 * stylesheets, so a strict `style-src` host policy still holds.
 *
 * A map view (issue 16) plugs in the same way: views/map-view.ts exporting
 * `(kit) => ({ styles, render })`, and `new LazyView(this, () => import('./views/map-view.ts'))`
 * in the element, loaded when the visitor opens the map.
 */
export class LazyView<Model> {
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  view: WidgetView<Model> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly importView: () => Promise<ViewModule<Model>>,
  ) {}

  /** Starts loading unless it is loading or there; after a failure, tries again. */
  load(): void {
    if (this.status === 'loading' || this.status === 'ready') return;
    this.status = 'loading';
    this.importView().then(
      (module) => {
        let view = built.get(module) as WidgetView<Model> | undefined;
        if (!view) {
          view = module.default(viewKit);
          built.set(module, view as WidgetView<never>);
        }
        this._adopt(view);
        this.view = view;
        this.status = 'ready';
        this.host.requestUpdate();
      },
      () => {
        this.status = 'failed';
        this.host.requestUpdate();
      },
    );
  }

  private _adopt(view: WidgetView<Model>) {
    const root = this.host.renderRoot;
    const sheet = view.styles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
