/**
 * The styles part of a workbook being written: cell styles (xf) derived from a cell's own style
 * plus what a plan step changes (number format, font, fill, alignment, border), and the
 * differential formats of conditional formats. Every style is looked up before one is added, so
 * generating from the same input twice writes the same styles, and styles.xml does not grow each
 * time a generated workbook is generated again.
 */
import type { FontSpec, HorizontalAlignment } from "../core/plan";
import { BUILTIN_NUMBER_FORMATS } from "./builtin-number-formats";
import { childElements, element, firstChild, localName, prefixOf, serializeElement, type XmlElement } from "./xml-tree";

/** What plan steps set on a cell, accumulated; absent fields keep the cell's own style. */
export interface CellStyleChange {
  readonly numberFormat?: string;
  readonly font?: FontSpec;
  /** "#RRGGBB", a solid fill. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly vertical?: "top";
  readonly horizontal?: HorizontalAlignment;
  /** A thin bottom border in this colour ("#RRGGBB"), as under a table's header row. */
  readonly bottomBorder?: string;
}

/** Merges a later change over an earlier one (fonts field by field, as Excel's font properties). */
export function mergeStyleChange(a: CellStyleChange, b: CellStyleChange): CellStyleChange {
  return { ...a, ...b, font: a.font || b.font ? { ...a.font, ...b.font } : undefined };
}

/** CT_Stylesheet's children in schema order. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** Built-in formats shown alike in every Excel language (dates and times differ by language). */
const UNIVERSAL_BUILTIN_IDS = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49];

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** styles.xml of a workbook that has none: one font, the two fills Excel requires, one style. */
export function minimalStylesheet(): XmlElement {
  return element("styleSheet", { xmlns: MAIN_NS }, [
    element("fonts", { count: "1" }, [
      element("font", {}, [element("sz", { val: "11" }), element("name", { val: "Calibri" })]),
    ]),
    element("fills", { count: "2" }, [
      element("fill", {}, [element("patternFill", { patternType: "none" })]),
      element("fill", {}, [element("patternFill", { patternType: "gray125" })]),
    ]),
    element("borders", { count: "1" }, [element("border")]),
    element("cellStyleXfs", { count: "1" }, [
      element("xf", { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0" }),
    ]),
    element("cellXfs", { count: "1" }, [
      element("xf", { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0", xfId: "0" }),
    ]),
    element("cellStyles", { count: "1" }, [element("cellStyle", { name: "Normal", xfId: "0", builtinId: "0" })]),
  ]);
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function clone(e: XmlElement): XmlElement {
  return {
    name: e.name,
    attributes: { ...e.attributes },
    children: e.children.map((c) => (typeof c === "string" ? c : clone(c))),
  };
}

export class StyleBook {
  private readonly prefix: string;
  private readonly index = new Map<string, Map<string, number>>();
  private readonly derived = new Map<string, number>();

  constructor(readonly root: XmlElement) {
    this.prefix = prefixOf(root.name);
  }

  /** The collection element (fonts, fills, cellXfs …), created in schema order when missing. */
  private collection(local: string): XmlElement {
    const found = firstChild(this.root, local);
    if (found) return found;
    const created = element(`${this.prefix}${local}`, { count: "0" });
    const order = STYLESHEET_ORDER.indexOf(local);
    const at = this.root.children.findIndex(
      (c) => typeof c !== "string" && STYLESHEET_ORDER.indexOf(localName(c.name)) > order,
    );
    if (at < 0) this.root.children.push(created);
    else this.root.children.splice(at, 0, created);
    return created;
  }

  private items(local: string, item: string): XmlElement[] {
    return childElements(this.collection(local), item);
  }

  /** Index of an item equal to `e` in a collection, appending it when there is none. */
  private intern(local: string, e: XmlElement): number {
    let byXml = this.index.get(local);
    const items = this.items(local, localName(e.name));
    if (!byXml) {
      byXml = new Map();
      items.forEach((item, i) => {
        const key = serializeElement(item);
        if (!byXml?.has(key)) byXml?.set(key, i);
      });
      this.index.set(local, byXml);
    }
    const key = serializeElement(e);
    const found = byXml.get(key);
    if (found !== undefined) return found;
    const collection = this.collection(local);
    collection.children.push(e);
    const i = items.length;
    collection.attributes["count"] = String(i + 1);
    byXml.set(key, i);
    return i;
  }

  private el(local: string, attributes: Record<string, string> = {}, children: XmlElement[] = []): XmlElement {
    return element(`${this.prefix}${local}`, attributes, children);
  }

  /**
   * The id of a number format code: a built-in one that reads the same in every language, one the
   * workbook declares, or a new one.
   */
  numberFormatId(code: string): number {
    for (const id of UNIVERSAL_BUILTIN_IDS) if (BUILTIN_NUMBER_FORMATS[id] === code) return id;
    const numFmts = this.items("numFmts", "numFmt");
    const existing = numFmts.find((f) => f.attributes["formatCode"] === code);
    if (existing) return Number(existing.attributes["numFmtId"]);
    const id = Math.max(163, ...numFmts.map((f) => Number(f.attributes["numFmtId"]) || 0)) + 1;
    const collection = this.collection("numFmts");
    collection.children.push(this.el("numFmt", { numFmtId: String(id), formatCode: code }));
    collection.attributes["count"] = String(numFmts.length + 1);
    return id;
  }

  private font(baseId: number, spec: FontSpec): number {
    const base = this.items("fonts", "font")[baseId];
    const font = base ? clone(base) : this.el("font");
    const set = (local: string, attributes: Record<string, string> | undefined): void => {
      font.children = font.children.filter((c) => typeof c === "string" || localName(c.name) !== local);
      if (attributes) font.children.push(this.el(local, attributes));
    };
    if (spec.bold !== undefined) set("b", spec.bold ? {} : undefined);
    if (spec.italic !== undefined) set("i", spec.italic ? {} : undefined);
    if (spec.size !== undefined) set("sz", { val: String(spec.size) });
    if (spec.color) set("color", { rgb: argb(spec.color) });
    if (spec.name) {
      set("name", { val: spec.name });
      // a theme font scheme would override the name
      set("scheme", undefined);
    }
    return this.intern("fonts", font);
  }

  private fill(color: string): number {
    return this.intern(
      "fills",
      this.el("fill", {}, [
        this.el("patternFill", { patternType: "solid" }, [this.el("fgColor", { rgb: argb(color) })]),
      ]),
    );
  }

  private bottomBorder(color: string): number {
    return this.intern(
      "borders",
      this.el("border", {}, [
        this.el("left"),
        this.el("right"),
        this.el("top"),
        this.el("bottom", { style: "thin" }, [this.el("color", { rgb: argb(color) })]),
        this.el("diagonal"),
      ]),
    );
  }

  /** The cell style that is style `base` with `change` applied. */
  cellStyle(base: number, change: CellStyleChange): number {
    const cacheKey = `${base}|${JSON.stringify(change)}`;
    const cached = this.derived.get(cacheKey);
    if (cached !== undefined) return cached;
    const xfs = this.items("cellXfs", "xf");
    const original = xfs[base] ?? xfs[0];
    const xf = original ? clone(original) : this.el("xf", { numFmtId: "0", fontId: "0", fillId: "0", borderId: "0" });
    const attrs = xf.attributes;
    if (change.numberFormat !== undefined) {
      attrs["numFmtId"] = String(this.numberFormatId(change.numberFormat));
      attrs["applyNumberFormat"] = "1";
    }
    if (change.font) {
      attrs["fontId"] = String(this.font(Number(attrs["fontId"] ?? 0), change.font));
      attrs["applyFont"] = "1";
    }
    if (change.fill) {
      attrs["fillId"] = String(this.fill(change.fill));
      attrs["applyFill"] = "1";
    }
    if (change.bottomBorder) {
      attrs["borderId"] = String(this.bottomBorder(change.bottomBorder));
      attrs["applyBorder"] = "1";
    }
    if (change.wrap !== undefined || change.vertical || change.horizontal) {
      let alignment = firstChild(xf, "alignment");
      if (!alignment) {
        alignment = this.el("alignment");
        xf.children.unshift(alignment);
      }
      const a = alignment.attributes;
      if (change.wrap !== undefined) {
        if (change.wrap) a["wrapText"] = "1";
        else delete a["wrapText"];
      }
      if (change.vertical) a["vertical"] = change.vertical;
      if (change.horizontal) {
        if (change.horizontal === "General") delete a["horizontal"];
        else a["horizontal"] = change.horizontal.toLowerCase();
      }
      attrs["applyAlignment"] = "1";
    }
    const index = this.intern("cellXfs", xf);
    this.derived.set(cacheKey, index);
    return index;
  }

  /** The differential format (for a conditional format) filling a cell with `argbColor`. */
  highlight(argbColor: string): number {
    return this.intern(
      "dxfs",
      this.el("dxf", {}, [
        this.el("fill", {}, [
          this.el("patternFill", { patternType: "solid" }, [this.el("bgColor", { rgb: argbColor })]),
        ]),
      ]),
    );
  }
}
