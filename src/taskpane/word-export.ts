/**
 * 导出Word: the .docx builder (src/export, with the docx package) is loaded on demand with a
 * dynamic import(), so it is a chunk of its own and the pane opens without it. The file is offered
 * through a Blob and an <a download> link; IE11 uses msSaveOrOpenBlob. Where neither exists the
 * caller says so instead of failing silently.
 */
import type { NarrativeDocument } from "../core/document";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface MsNavigator {
  msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
}

/** True when this host can hand a generated file to the user. */
export function canDownload(doc: Document = document): boolean {
  const nav = navigator as unknown as MsNavigator;
  if (typeof nav.msSaveOrOpenBlob === "function") return true;
  if (typeof Blob === "undefined" || typeof URL === "undefined" || typeof URL.createObjectURL !== "function")
    return false;
  return "download" in doc.createElement("a");
}

/** “2023年度工作总结.docx” from the title paragraph, without characters file systems refuse. */
export function docxFileName(document: NarrativeDocument): string {
  const title = document.paragraphs.find((p) => p.level === "标题");
  const base = (title ? title.text : "年度工作总结").replace(/【[^】]*】/g, "").replace(/[\\/:*?"<>|\s]+/g, "");
  return (base === "" ? "年度工作总结" : base.slice(0, 60)) + ".docx";
}

/** Builds the .docx (loading the export chunk) and offers it for download; returns the file name. */
export function exportWord(document: NarrativeDocument, doc: Document = window.document): Promise<string> {
  const name = docxFileName(document);
  return import(/* webpackChunkName: "export-docx" */ "./docx-chunk")
    .then((m) => m.buildDocx(document))
    .then((bytes) => {
      const blob = new Blob([bytes as BlobPart], { type: DOCX_TYPE });
      const nav = navigator as unknown as MsNavigator;
      if (typeof nav.msSaveOrOpenBlob === "function") {
        nav.msSaveOrOpenBlob(blob, name);
        return name;
      }
      const url = URL.createObjectURL(blob);
      const a = doc.createElement("a");
      a.href = url;
      a.setAttribute("download", name);
      a.style.display = "none";
      doc.body.appendChild(a);
      a.click();
      doc.body.removeChild(a);
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      return name;
    });
}
