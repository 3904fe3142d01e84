/**
 * Can the pane hand the user a file? Not on Mac or iPad, where Office does not let a task pane
 * download (by design: the link is followed and nothing is saved, so 导出Word would report a file
 * that never arrives), and not where the browser lacks Blob URLs or the `download` attribute.
 * IE11 saves through `navigator.msSaveOrOpenBlob`. The pane asks before exporting and, where no
 * download can be confirmed, says so and offers 复制全文 instead.
 */

/** "yes", or why not: Office on Mac, Office on iPad/iPhone, or a browser that cannot download. */
export type DownloadSupport = "yes" | "mac" | "ios" | "none";

/** What decides it, gathered by `browserDownloadFeatures` (or given by a test). */
export interface DownloadFeatures {
  /** Office's platform (`Office.context.platform`): "PC", "Mac", "iOS", "OfficeOnline" …; undefined when unknown. */
  readonly platform?: string;
  readonly msSaveOrOpenBlob: boolean;
  /** Blob and URL.createObjectURL exist. */
  readonly blobUrl: boolean;
  /** An <a> element has the `download` attribute. */
  readonly downloadAttribute: boolean;
}

export function downloadSupport(features: DownloadFeatures): DownloadSupport {
  if (features.platform === "Mac") return "mac";
  if (features.platform === "iOS") return "ios";
  if (features.msSaveOrOpenBlob) return "yes";
  return features.blobUrl && features.downloadAttribute ? "yes" : "none";
}

/** The browser's side of it, for Office's `platform`. */
export function browserDownloadFeatures(platform: string | undefined, doc: Document = document): DownloadFeatures {
  const view = doc.defaultView as (Window & { navigator: { msSaveOrOpenBlob?: unknown } }) | null;
  const nav = view ? view.navigator : undefined;
  const url = view ? (view as unknown as { URL?: { createObjectURL?: unknown } }).URL : undefined;
  return {
    platform,
    msSaveOrOpenBlob: !!nav && typeof nav.msSaveOrOpenBlob === "function",
    blobUrl: typeof Blob !== "undefined" && !!url && typeof url.createObjectURL === "function",
    downloadAttribute: "download" in doc.createElement("a"),
  };
}
