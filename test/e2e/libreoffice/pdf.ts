/**
 * poppler-utils over a PDF: page sizes (pdfinfo), words with their boxes (pdftotext -bbox),
 * embedded fonts (pdffonts) and a PNG of a page (pdftoppm). Points, origin at the top left.
 */
import { execFile } from "child_process";
import { promisify } from "util";

const run = promisify(execFile);

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

function decode(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e] ?? "",
  );
}

/** Every page with its size and words. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [
      ...(p[3] ?? "").matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decode(w[5] ?? ""),
    })),
  }));
}

/** pdfinfo's "Page    N size: … pts (A4)" lines, one a page. */
export async function pdfPageSizes(pdf: string, pages: number): Promise<string[]> {
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s*(.*)$/gm)].map((m) => (m[1] ?? "").trim());
}

export async function pdfFonts(pdf: string): Promise<string> {
  return (await run("pdffonts", [pdf])).stdout;
}

/** Renders page `page` at `dpi` to `<outPrefix>.png` (pdftoppm -singlefile). */
export async function renderPagePng(pdf: string, page: number, dpi: number, outPrefix: string): Promise<string> {
  await run("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    outPrefix,
  ]);
  return `${outPrefix}.png`;
}

/** Words grouped into lines by their top edge (within 2 pt), top to bottom. */
export function linesOf(words: readonly PdfWord[]): PdfWord[][] {
  const lines: PdfWord[][] = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs((l[0]?.yMin ?? 0) - word.yMin) < 2);
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines;
}
