/**
 * The playground as WPS 表格 (`?host=wps`): the same pane on the WPS backend, the workbook a
 * simulated WPS 表格 (src/sim-wps) installed as a 加载项 page's globals (`Application`, `wps`)
 * with no Office.js, and a simulated WPS 文字 whose documents (what 在WPS文字中打开 makes) are
 * shown under the grid: each paragraph in its typeface and size, the markers in red, and the page
 * settings and page numbers.
 */
import { SimWpsHost } from "../sim-wps/host";
import { SimWriterApplication, type SimWriterDocumentSnapshot } from "../sim-wps/writer";

/** A blank WPS workbook with WPS 文字 beside it. */
export function newWpsHost(from?: SimWpsHost): SimWpsHost {
  const host = from ?? new SimWpsHost({ name: "工作簿1.xlsx" });
  if (!from) {
    host.addSheet("Sheet1");
    host.model.activeSheet = host.model.sheets[0];
  }
  host.writer = new SimWriterApplication();
  return host;
}

/** Calls `fn` once after a burst of calls (WPS's calls are synchronous: the grid repaints when they stop). */
function debounced(fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      fn();
    }, 0);
  };
}

/** Installs `host` as the page's WPS globals; `changed` runs after the workbook (or WPS 文字) was called. */
export function installWps(host: SimWpsHost, changed: () => void, writerView: HTMLElement | null): void {
  host.install();
  const repaint = debounced(changed);
  host.onCall = repaint;
  const writer = host.writer;
  if (writer && writerView) {
    const show = debounced(() => renderWriter(writerView, writer));
    writer.onCall = show;
    renderWriter(writerView, writer);
  }
}

const mm = (points: number): string => ((points * 25.4) / 72).toFixed(0);

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderDocument(snap: SimWriterDocumentSnapshot): HTMLElement {
  const page = snap.pageSetup;
  const section = el("article", "pg-writer-doc");
  section.appendChild(el("h3", "pg-writer-title", `${snap.name}（模拟 WPS 文字）`));
  section.appendChild(
    el(
      "p",
      "pg-writer-setup",
      `A4 ${mm(page.PageWidth)}×${mm(page.PageHeight)} mm；页边距 上${mm(page.TopMargin)} 下${mm(page.BottomMargin)} 左${mm(page.LeftMargin)} 右${mm(page.RightMargin)} mm；每页${page.LinesPage}行、每行${page.CharsLine}字；页码 ${snap.footers.odd?.text ?? "无"}`,
    ),
  );
  for (const p of snap.paragraphs) {
    const para = el("p", "pg-writer-para");
    para.style.textAlign = p.format.alignment === 1 ? "center" : "justify";
    para.style.textIndent = `${p.format.characterUnitFirstLineIndent}em`;
    for (const run of p.runs) {
      const span = el("span", "pg-writer-run", run.text);
      span.title = `${run.font.nameFarEast} ${run.font.size} 磅`;
      span.style.fontSize = `${run.font.size}px`;
      if (run.font.color === 255) span.style.color = "#C00000";
      para.appendChild(span);
    }
    section.appendChild(para);
  }
  return section;
}

/** Shows WPS 文字's documents, newest first (hidden while there is none). */
export function renderWriter(view: HTMLElement, writer: SimWriterApplication): void {
  while (view.firstChild) view.removeChild(view.firstChild);
  view.hidden = writer.documents.length === 0;
  for (const doc of writer.documents.slice().reverse()) view.appendChild(renderDocument(doc.snapshot()));
}
