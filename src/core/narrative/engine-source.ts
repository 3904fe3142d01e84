/**
 * The narrative renderer built in (command line, tests, bench). The task-pane build replaces this
 * module with engine-source-lazy.ts (webpack.config.js), which loads the renderer as a chunk.
 */
import type { NarrativeEngineSource } from "./narrative-engine";
import { renderNarrative } from "./render-narrative";

export const NARRATIVE_ENGINE_SOURCE: NarrativeEngineSource = { kind: "static", render: renderNarrative };
