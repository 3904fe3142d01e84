/**
 * The task pane's narrative renderer (webpack.config.js puts this module in place of
 * engine-source.ts): the chunk "narrative" is loaded when narrativeEngineReady() is first called.
 */
import type { NarrativeEngineSource } from "./narrative-engine";

export const NARRATIVE_ENGINE_SOURCE: NarrativeEngineSource = {
  kind: "lazy",
  load: () => import(/* webpackChunkName: "narrative" */ "./render-narrative").then((m) => m.renderNarrative),
};
