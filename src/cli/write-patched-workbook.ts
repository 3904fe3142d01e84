/**
 * `generate -o`: the input workbook with the plan applied, written by patching its package rather
 * than rebuilding it. Parts the plan does not touch — sheets it does not write to, charts, pivot
 * tables, images, themes, macros, anything a newer Excel adds — are copied as their compressed
 * bytes; the sheets it writes to get their few cells and conditional formats edited in place; the
 * sheets the add-in owns (文字稿, 校验结果) are written new. Nothing is held twice, so the memory
 * needed is that of the largest sheet the plan edits, not a model of the whole workbook.
 */
import * as path from "path";
import { parseRangeAddress, rangeAddress } from "../core/a1";
import { AddressError } from "../core/address-error";
import type { PlanStep, PlanValue, WritePlan } from "../core/plan";
import { UnreachableError } from "../core/unreachable-error";
import type { CellContent } from "./cell-xml";
import { INPUT_LIMITS } from "./input-limits";
import { HIGHLIGHT_COLOURS } from "./owned-highlight";
import { OwnedSheet, type Block } from "./owned-sheet";
import { SheetPatch } from "./sheet-patch";
import { minimalStylesheet, StyleBook, type CellStyleChange } from "./style-book";
import {
  CONTENT_TYPE,
  REL_TYPE,
  findEntry,
  readXmlPart,
  relationshipsOf,
  relsPartOf,
  type XlsxPackage,
} from "./xlsx-package";
import { childElements, element, firstChild, localName, prefixOf, serializeXml, type XmlElement } from "./xml-tree";
import { ZipWriter, type ByteSink } from "./zip-writer";

/** A plan step the package writer does not carry out (a programming mistake: generate never plans it). */
export class UnsupportedPlanStepError extends Error {
  readonly code = "plan-step-unsupported";
  constructor(step: PlanStep) {
    super(`The .xlsx package writer does not apply ${step.kind} here`);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "UnsupportedPlanStepError";
  }
}

function blockOf(address: string): Block {
  const r = parseRangeAddress(address);
  if (!r) throw new AddressError(address);
  return { row: r.row, column: r.column, rows: r.rowCount, columns: r.columnCount };
}

/** The r:id of a sheet element, whatever prefix the relationships namespace has. */
function relIdOf(e: XmlElement): string | undefined {
  const key = Object.keys(e.attributes).find((k) => k.includes(":") && localName(k) === "id");
  return key ? e.attributes[key] : undefined;
}

function clone(e: XmlElement): XmlElement {
  return {
    name: e.name,
    attributes: { ...e.attributes },
    children: e.children.map((c) => (typeof c === "string" ? c : clone(c))),
  };
}

/** Where each sheet's writes go. */
type SheetTarget =
  | { readonly kind: "owned"; readonly part: string; readonly sheet: OwnedSheet }
  | { readonly kind: "input"; readonly part: string; readonly patch: SheetPatch };

const TABLE_HEADER_FILL = "#DDEBF7";
const TABLE_HEADER_BORDER = "#4472C4";

/** CT_Workbook's children after calcPr, before which a new calcPr goes. */
const AFTER_CALC_PR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

class PackageEditor {
  private readonly contentTypes: XmlElement;
  private readonly workbook: XmlElement;
  private readonly workbookRels: XmlElement;
  private readonly styles: StyleBook;
  private readonly stylesPart: string;
  private readonly sheets = new Map<string, SheetTarget>();
  /** Part name → new content (existing parts replaced, new parts added). */
  private readonly written = new Map<string, OwnedSheet | SheetPatch>();
  private readonly removed = new Set<string>();
  private readonly taken = new Set<string>();

  constructor(private readonly pkg: XlsxPackage) {
    this.contentTypes = clone(pkg.contentTypes);
    this.workbook = clone(pkg.workbook);
    this.workbookRels = clone(pkg.workbookRels);
    for (const name of pkg.archive.entries.keys()) this.taken.add(name.toLowerCase());
    if (pkg.stylesPart) {
      this.stylesPart = pkg.stylesPart;
      this.styles = new StyleBook(readXmlPart(pkg.archive, pkg.stylesPart));
    } else {
      this.stylesPart = this.freePart(`${path.posix.dirname(pkg.workbookPart)}/styles`, ".xml");
      this.styles = new StyleBook(minimalStylesheet());
      this.addRelationship(REL_TYPE.styles, this.stylesPart);
      this.addOverride(this.stylesPart, CONTENT_TYPE.styles);
    }
    for (const sheet of pkg.sheets) {
      this.sheets.set(sheet.name, { kind: "input", part: sheet.part, patch: new SheetPatch() });
    }
  }

  /** A part name not in the package yet: `${stem}${n}${extension}` (or without n when free). */
  private freePart(stem: string, extension: string, numbered = false): string {
    for (let n = numbered ? 1 : 0; ; n++) {
      const name = `${stem}${n === 0 ? "" : n}${extension}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }

  private addRelationship(type: string, part: string): string {
    const rels = relationshipsOf(this.workbookRels);
    const ids = new Set(rels.map((r) => r.id));
    let n = rels.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    // a Strict Open XML workbook names its relationship types in another namespace
    const worksheetType = rels.find((r) => r.type.endsWith("/worksheet"))?.type;
    const base = worksheetType ? worksheetType.slice(0, worksheetType.lastIndexOf("/") + 1) : "";
    const relType = base ? base + type.slice(type.lastIndexOf("/") + 1) : type;
    const target = path.posix.relative(path.posix.dirname(this.pkg.workbookPart), part);
    this.workbookRels.children.push(
      element(`${prefixOf(this.workbookRels.name)}Relationship`, { Id: id, Type: relType, Target: target }),
    );
    return id;
  }

  private addOverride(part: string, contentType: string): void {
    this.contentTypes.children.push(
      element(`${prefixOf(this.contentTypes.name)}Override`, { PartName: `/${part}`, ContentType: contentType }),
    );
  }

  private sheetElement(name: string): XmlElement | undefined {
    const sheets = firstChild(this.workbook, "sheets");
    return sheets ? childElements(sheets, "sheet").find((s) => s.attributes["name"] === name) : undefined;
  }

  private addSheet(name: string): void {
    if (this.sheets.has(name)) return;
    const existing = this.pkg.sheets[0]?.part ?? `${path.posix.dirname(this.pkg.workbookPart)}/worksheets/sheet.xml`;
    const part = this.freePart(`${path.posix.dirname(existing)}/sheet`, ".xml", true);
    const relId = this.addRelationship(REL_TYPE.worksheet, part);
    this.addOverride(part, CONTENT_TYPE.worksheet);
    const sheets = firstChild(this.workbook, "sheets") as XmlElement;
    const siblings = childElements(sheets, "sheet");
    const idKey =
      Object.keys(siblings[0]?.attributes ?? {}).find((k) => k.includes(":") && localName(k) === "id") ?? "r:id";
    const sheetId = Math.max(0, ...siblings.map((s) => Number(s.attributes["sheetId"]) || 0)) + 1;
    sheets.children.push(element(`${prefixOf(sheets.name)}sheet`, { name, sheetId: String(sheetId), [idKey]: relId }));
    const sheet = new OwnedSheet();
    this.sheets.set(name, { kind: "owned", part, sheet });
    this.written.set(part, sheet);
  }

  private clearSheet(name: string): void {
    const target = this.sheets.get(name);
    if (!target) throw new UnsupportedPlanStepError({ kind: "clearSheet", sheet: name });
    const sheet = new OwnedSheet();
    this.sheets.set(name, { kind: "owned", part: target.part, sheet });
    this.written.set(target.part, sheet);
    // a chart sheet of that name becomes a worksheet: its content type and relationship say so
    const partName = `/${target.part}`.toLowerCase();
    for (const o of childElements(this.contentTypes, "Override")) {
      if ((o.attributes["PartName"] ?? "").toLowerCase() === partName)
        o.attributes["ContentType"] = CONTENT_TYPE.worksheet;
    }
    const relId = this.sheetElement(name) ? relIdOf(this.sheetElement(name) as XmlElement) : undefined;
    for (const r of childElements(this.workbookRels, "Relationship")) {
      const type = r.attributes["Type"] ?? "";
      if (r.attributes["Id"] === relId && !type.endsWith("/worksheet"))
        r.attributes["Type"] = `${type.slice(0, type.lastIndexOf("/") + 1)}worksheet`;
    }
    // the new sheet has no drawings, comments or tables of its own
    const rels = findEntry(this.pkg.archive, relsPartOf(target.part));
    if (rels) this.removed.add(rels.name);
  }

  private target(step: PlanStep & { sheet: string }): SheetTarget {
    const target = this.sheets.get(step.sheet);
    if (!target) throw new UnsupportedPlanStepError(step);
    return target;
  }

  /** Applies a style change to the cells of `address` on whichever kind of sheet it is. */
  private style(
    step: PlanStep & { sheet: string; address: string },
    changeAt: (r: number, c: number) => CellStyleChange,
  ): void {
    const target = this.target(step);
    const block = blockOf(step.address);
    if (target.kind === "owned") {
      target.sheet.setStyle(block, changeAt);
      return;
    }
    for (let r = 0; r < block.rows; r++)
      for (let c = 0; c < block.columns; c++)
        target.patch.edit(block.row + r, block.column + c, { style: changeAt(r, c) });
    this.written.set(target.part, target.patch);
  }

  private content(
    step: PlanStep & { sheet: string; address: string },
    contentAt: (r: number, c: number) => CellContent,
  ): void {
    const target = this.target(step);
    const block = blockOf(step.address);
    if (target.kind === "owned") {
      target.sheet.setContent(block, contentAt);
      return;
    }
    for (let r = 0; r < block.rows; r++)
      for (let c = 0; c < block.columns; c++)
        target.patch.edit(block.row + r, block.column + c, { content: contentAt(r, c) });
    this.written.set(target.part, target.patch);
  }

  private owned(step: PlanStep & { sheet: string }): OwnedSheet {
    const target = this.target(step);
    if (target.kind !== "owned") throw new UnsupportedPlanStepError(step);
    return target.sheet;
  }

  apply(step: PlanStep): void {
    switch (step.kind) {
      case "addSheet":
        this.addSheet(step.sheet);
        return;
      case "clearSheet":
        this.clearSheet(step.sheet);
        return;
      case "renameSheet": {
        const sheet = this.sheetElement(step.sheet);
        const target = this.sheets.get(step.sheet);
        if (!sheet || !target) throw new UnsupportedPlanStepError(step);
        sheet.attributes["name"] = step.newName;
        this.sheets.delete(step.sheet);
        this.sheets.set(step.newName, target);
        return;
      }
      case "setValues":
        this.content(step, (r, c) => ({ kind: "value", value: (step.values[r]?.[c] ?? null) as PlanValue }));
        return;
      case "setFormulas":
        this.content(step, (r, c) => {
          const f = step.formulas[r]?.[c] ?? "";
          return f.startsWith("=") ? { kind: "formula", formula: f.slice(1) } : { kind: "value", value: f };
        });
        return;
      case "setNumberFormats":
        this.style(step, (r, c) => ({ numberFormat: step.formats[r]?.[c] ?? "General" }));
        return;
      case "setFont": {
        const change = { font: step.font };
        this.style(step, () => change);
        return;
      }
      case "setFill": {
        const change = { fill: step.color };
        this.style(step, () => change);
        return;
      }
      case "setWrapText": {
        const change: CellStyleChange = { wrap: step.wrap, vertical: "top" };
        this.style(step, () => change);
        return;
      }
      case "setAlignment": {
        const change = { horizontal: step.horizontal };
        this.style(step, () => change);
        return;
      }
      case "setColumnWidths": {
        const sheet = this.owned(step);
        for (const w of step.widths) sheet.setColumnWidth(w.column, w.width);
        return;
      }
      case "addTable": {
        const sheet = this.owned(step);
        const block = blockOf(step.address);
        const header = { ...block, rows: 1 };
        sheet.setAutoFilter(rangeAddress(block.row, block.column, 1, block.columns));
        const change: CellStyleChange = { fill: TABLE_HEADER_FILL, bottomBorder: TABLE_HEADER_BORDER };
        sheet.setStyle(header, () => change);
        return;
      }
      case "freezeRows":
        this.owned(step).freezeRows(step.rows);
        return;
      case "clearOwnedHighlights":
        for (const name of step.sheets) {
          const target = this.sheets.get(name);
          if (target?.kind === "input") {
            target.patch.clearOwnedHighlights();
            this.written.set(target.part, target.patch);
          }
        }
        return;
      case "addOwnedHighlight": {
        const target = this.target(step);
        if (target.kind !== "input") throw new UnsupportedPlanStepError(step);
        target.patch.addHighlight(step.addresses, HIGHLIGHT_COLOURS[step.highlight]);
        this.written.set(target.part, target.patch);
        return;
      }
      case "setValidationList":
      case "activateSheet":
        throw new UnsupportedPlanStepError(step);
      default:
        throw new UnreachableError(step);
    }
  }

  /** Asks Excel to calculate every formula on open (the new ones have no cached value). */
  private calculateOnLoad(): void {
    const prefix = prefixOf(this.workbook.name);
    let calcPr = firstChild(this.workbook, "calcPr");
    if (!calcPr) {
      calcPr = element(`${prefix}calcPr`, { calcId: "191029" });
      const at = this.workbook.children.findIndex(
        (c) => typeof c !== "string" && AFTER_CALC_PR.includes(localName(c.name)),
      );
      if (at < 0) this.workbook.children.push(calcPr);
      else this.workbook.children.splice(at, 0, calcPr);
    }
    calcPr.attributes["fullCalcOnLoad"] = "1";
    // the calculation chain lists formula cells; Excel rebuilds it, and a stale one is an error
    const chain = relationshipsOf(this.workbookRels).find((r) => r.type.endsWith("/calcChain"));
    if (chain) {
      const part = findEntry(
        this.pkg.archive,
        path.posix.join(path.posix.dirname(this.pkg.workbookPart), chain.target),
      );
      if (part) this.removed.add(part.name);
      this.workbookRels.children = this.workbookRels.children.filter(
        (c) => typeof c === "string" || c.attributes["Id"] !== chain.id,
      );
      const name = part ? `/${part.name}`.toLowerCase() : "";
      this.contentTypes.children = this.contentTypes.children.filter(
        (c) => typeof c === "string" || (c.attributes["PartName"] ?? "").toLowerCase() !== name,
      );
    }
  }

  async write(file: ByteSink): Promise<void> {
    this.calculateOnLoad();
    const archive = this.pkg.archive;
    const zip = new ZipWriter(file);
    const workbookEntry = findEntry(archive, this.pkg.workbookPart);
    const time = { modTime: workbookEntry?.modTime ?? 0, modDate: workbookEntry?.modDate ?? 0x21 };
    // the parts rendered last: styles collect what the sheets need
    const xmlParts = new Map<string, () => string>([
      ["[Content_Types].xml", () => serializeXml(this.contentTypes)],
      [this.pkg.workbookPart, () => serializeXml(this.workbook)],
      [this.pkg.workbookRelsPart, () => serializeXml(this.workbookRels)],
    ]);
    const rendered = new Map<string, Buffer>();
    for (const [part, content] of this.written) {
      if (content instanceof OwnedSheet) {
        rendered.set(part, Buffer.from(content.render(this.styles), "utf8"));
      } else {
        const entry = findEntry(archive, part);
        if (!entry) continue;
        const text = archive.read(entry, INPUT_LIMITS.partBytes).toString("utf8");
        if (content.changes(text)) rendered.set(part, Buffer.from(content.apply(text, part, this.styles), "utf8"));
      }
    }
    xmlParts.set(this.stylesPart, () => serializeXml(this.styles.root));
    for (const [part, render] of xmlParts) rendered.set(part, Buffer.from(render(), "utf8"));

    const done = new Set<string>();
    for (const entry of archive.entries.values()) {
      if (this.removed.has(entry.name)) continue;
      const replacement = rendered.get(entry.name);
      if (replacement) await zip.add(entry.name, replacement, time);
      else await zip.copy(entry, archive.compressedData(entry));
      done.add(entry.name);
    }
    for (const [part, content] of rendered) if (!done.has(part)) await zip.add(part, content, time);
    await zip.finish();
  }
}

/** Writes the input package `pkg` with `plan` applied, its bytes in order to `file`. */
export async function writePatchedWorkbook(pkg: XlsxPackage, plan: WritePlan, file: ByteSink): Promise<void> {
  const editor = new PackageEditor(pkg);
  for (const step of plan.steps) editor.apply(step);
  await editor.write(file);
}
