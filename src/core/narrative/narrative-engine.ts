/**
 * The narrative renderer (the template engine, the phrase rules, the templates) is most of the
 * core's code, and only 生成文字稿 and the copy/export check need it. In Node (command line,
 * tests, bench) it is simply there; the task-pane build swaps engine-source.ts for
 * engine-source-lazy.ts (webpack.config.js), so it is a chunk of its own, loaded by
 * narrativeEngineReady() before the first action and kept out of the pane's first download.
 */
import type { WorkbookData } from "../parse-workbook";
import { NARRATIVE_ENGINE_SOURCE } from "./engine-source";
import type { RenderOptions, RenderResult } from "./render-narrative";

export type RenderNarrative = (data: WorkbookData, options?: RenderOptions) => RenderResult;

/** Where the renderer comes from: built in, or a chunk to load. */
export type NarrativeEngineSource =
  | { readonly kind: "static"; readonly render: RenderNarrative }
  | { readonly kind: "lazy"; readonly load: () => Promise<RenderNarrative> };

/** The renderer was asked for before narrativeEngineReady() resolved (a programming mistake). */
export class NarrativeEngineNotLoadedError extends Error {
  readonly code = "narrative-engine-not-loaded";
  constructor() {
    super("The narrative engine is not loaded yet: await narrativeEngineReady() first");
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "NarrativeEngineNotLoadedError";
  }
}

let loaded: RenderNarrative | undefined =
  NARRATIVE_ENGINE_SOURCE.kind === "static" ? NARRATIVE_ENGINE_SOURCE.render : undefined;
let loading: Promise<void> | undefined;

/** Resolves once the renderer is available (at once in Node; after loading its chunk in the pane). */
export function narrativeEngineReady(): Promise<void> {
  if (loaded) return Promise.resolve();
  const source = NARRATIVE_ENGINE_SOURCE;
  if (source.kind === "static") return Promise.resolve();
  if (!loading) {
    loading = source.load().then((render) => {
      loaded = render;
    });
    // a failed load (the network of an intranet server) may be retried by the next action
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** Renders the narrative with the loaded engine. */
export function renderWithEngine(data: WorkbookData, options?: RenderOptions): RenderResult {
  if (!loaded) throw new NarrativeEngineNotLoadedError();
  return loaded(data, options);
}
