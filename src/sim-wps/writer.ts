/**
 * A simulated WPS 文字, as far as the WPS edition uses it to open the text in a new document: the
 * Word-like object model (Documents.Add, Content.Text with "\r" between paragraphs, 1-based
 * Paragraphs.Item, Range(start, end) in characters, Font and ParagraphFormat over a range, PageSetup,
 * footers by kind with page fields), each member access a counted call. A document keeps its text,
 * a format per character and per paragraph, so a test can read back what WPS 文字 would show.
 */
import { SimWpsError, SimWpsNotSimulated } from "./errors";

/** Word's "undefined" for a property whose value differs across the range. */
export const WD_UNDEFINED = 9999999;

export interface CharFormat {
  nameFarEast: string;
  nameAscii: string;
  size: number;
  bold: number;
  color: number;
}

export interface ParaFormat {
  alignment: number;
  characterUnitFirstLineIndent: number;
  firstLineIndent: number;
  leftIndent: number;
  rightIndent: number;
  lineSpacingRule: number;
  lineSpacing: number;
  spaceBefore: number;
  spaceAfter: number;
  outlineLevel: number;
  keepWithNext: number;
}

/** WPS 文字's defaults for a new blank document (宋体 五号, single spacing). */
const DEFAULT_CHAR: CharFormat = { nameFarEast: "宋体", nameAscii: "Calibri", size: 10.5, bold: 0, color: -16777216 };
const DEFAULT_PARA: ParaFormat = {
  alignment: 3,
  characterUnitFirstLineIndent: 0,
  firstLineIndent: 0,
  leftIndent: 0,
  rightIndent: 0,
  lineSpacingRule: 0,
  lineSpacing: 12,
  spaceBefore: 0,
  spaceAfter: 0,
  outlineLevel: 10,
  keepWithNext: 0,
};

const PAGE_SETUP_DEFAULTS = {
  PageWidth: 595.3,
  PageHeight: 841.9,
  TopMargin: 72,
  BottomMargin: 72,
  LeftMargin: 90,
  RightMargin: 90,
  HeaderDistance: 42.55,
  FooterDistance: 49.6,
  OddAndEvenPagesHeaderFooter: 0,
  LayoutMode: 0,
  CharsLine: 39,
  LinesPage: 44,
};

export type PageSetupValues = { -readonly [K in keyof typeof PAGE_SETUP_DEFAULTS]: number };

type Tick = (member: string) => void;

/** A text story: the main text or a footer. Its text leaves out the final paragraph mark. */
class Story {
  text = "";
  chars: CharFormat[] = [];
  paras: ParaFormat[] = [{ ...DEFAULT_PARA }];
  /** Fields, by the character position they stand at. */
  fields: { at: number; type: number }[] = [];

  constructor(readonly kind: "main" | "footer") {}

  get length(): number {
    return this.text.length;
  }

  /** The paragraphs' [start, end) including each one's mark. */
  paragraphBounds(): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    let start = 0;
    for (const part of this.text.split("\r")) {
      out.push({ start, end: start + part.length + 1 });
      start += part.length + 1;
    }
    return out;
  }

  replaceAll(text: string): void {
    const chars = text.replace(/\r$/, "");
    const charFormat = this.chars[0] ?? { ...DEFAULT_CHAR };
    const paraFormat = this.paras[0] ?? { ...DEFAULT_PARA };
    this.text = chars;
    this.chars = Array.from({ length: chars.length + 1 }, () => ({ ...charFormat }));
    this.paras = chars.split("\r").map(() => ({ ...paraFormat }));
    this.fields = [];
  }
}

export interface SimWriterParagraphSnapshot {
  readonly text: string;
  readonly format: ParaFormat;
  /** Runs of characters of one format. */
  readonly runs: readonly { readonly text: string; readonly font: CharFormat }[];
}

export interface SimWriterDocumentSnapshot {
  readonly name: string;
  readonly pageSetup: PageSetupValues;
  readonly paragraphs: readonly SimWriterParagraphSnapshot[];
  /** Footers by kind, fields shown as {PAGE}. */
  readonly footers: Readonly<Record<"odd" | "even", SimWriterParagraphSnapshot | undefined>>;
}

function runsOf(story: Story, start: number, end: number): { text: string; font: CharFormat }[] {
  const runs: { text: string; font: CharFormat }[] = [];
  const fieldAt = (i: number): string =>
    story.fields
      .filter((f) => f.at === i)
      .map((f) => (f.type === 33 ? "{PAGE}" : `{FIELD ${f.type}}`))
      .join("");
  for (let i = start; i < end; i++) {
    const ch = fieldAt(i) + (story.text.charAt(i) === "\r" ? "" : story.text.charAt(i));
    const font = story.chars[i] ?? DEFAULT_CHAR;
    const last = runs[runs.length - 1];
    if (last && JSON.stringify(last.font) === JSON.stringify(font)) last.text += ch;
    else runs.push({ text: ch, font: { ...font } });
  }
  const tail = fieldAt(end);
  if (tail !== "") {
    const last = runs[runs.length - 1];
    if (last) last.text += tail;
    else runs.push({ text: tail, font: { ...(story.chars[end] ?? DEFAULT_CHAR) } });
  }
  return runs.filter((r) => r.text !== "");
}

function snapshotStory(story: Story): SimWriterParagraphSnapshot[] {
  return story.paragraphBounds().map((b, i) => {
    const runs = runsOf(story, b.start, b.end - 1);
    return { text: runs.map((r) => r.text).join(""), format: { ...(story.paras[i] ?? DEFAULT_PARA) }, runs };
  });
}

export class SimWriterApplication {
  readonly documents: SimWriterDocument[] = [];
  activeDocument: SimWriterDocument | undefined;
  private callCount = 0;
  private members: Record<string, number> = {};
  /** Called after every call into WPS 文字 (the playground shows the documents). */
  onCall: ((member: string) => void) | undefined;
  readonly tick: Tick = (member) => {
    this.callCount++;
    this.members[member] = (this.members[member] ?? 0) + 1;
    if (this.onCall) this.onCall(member);
  };

  get calls(): number {
    return this.callCount;
  }

  get byMember(): Readonly<Record<string, number>> {
    return { ...this.members };
  }

  get Documents(): { Add(): SimWriterDocument } {
    this.tick("Application.Documents");
    return {
      Add: (): SimWriterDocument => {
        this.tick("Documents.Add");
        const doc = new SimWriterDocument(this.tick, `文字文稿${this.documents.length + 1}`);
        this.documents.push(doc);
        this.activeDocument = doc;
        return doc;
      },
    };
  }
}

export class SimWriterDocument {
  readonly main = new Story("main");
  readonly footers = { odd: new Story("footer"), even: new Story("footer") };
  readonly pageSetup: PageSetupValues = { ...PAGE_SETUP_DEFAULTS };
  activated = false;

  constructor(
    private readonly tick: Tick,
    readonly name: string,
  ) {}

  get Name(): string {
    this.tick("Document.Name");
    return this.name;
  }

  get Content(): SimWriterRange {
    this.tick("Document.Content");
    return new SimWriterRange(this.tick, this.main, 0, this.main.length + 1);
  }

  Range(start: number, end: number): SimWriterRange {
    this.tick("Document.Range");
    if (!(start >= 0) || !(end >= start) || end > this.main.length + 1)
      throw new SimWpsError("argument", `Range(${start}, ${end})`);
    return new SimWriterRange(this.tick, this.main, start, end);
  }

  get Paragraphs(): { readonly Count: number; Item(index: number): { readonly Range: SimWriterRange } } {
    this.tick("Document.Paragraphs");
    const story = this.main;
    const tick = this.tick;
    return {
      get Count(): number {
        tick("Paragraphs.Count");
        return story.paragraphBounds().length;
      },
      Item(index: number) {
        tick("Paragraphs.Item");
        const bounds = story.paragraphBounds()[index - 1];
        if (!bounds) throw new SimWpsError("subscript", `Paragraphs.Item(${index})`);
        return {
          get Range(): SimWriterRange {
            tick("Paragraph.Range");
            return new SimWriterRange(tick, story, bounds.start, bounds.end);
          },
        };
      },
    };
  }

  get PageSetup(): PageSetupValues {
    this.tick("Document.PageSetup");
    const values = this.pageSetup;
    const tick = this.tick;
    const proxy = {} as PageSetupValues;
    for (const key of Object.keys(values) as (keyof PageSetupValues)[]) {
      Object.defineProperty(proxy, key, {
        get: () => {
          tick(`PageSetup.${key}`);
          return values[key];
        },
        set: (v: number) => {
          tick(`PageSetup.${key}=`);
          if (typeof v !== "number" || !isFinite(v)) throw new SimWpsError("argument", `PageSetup.${key} ${String(v)}`);
          values[key] = v;
        },
        enumerable: true,
      });
    }
    return proxy;
  }

  get Sections(): {
    Item(index: number): { readonly Footers: { Item(index: number): { readonly Range: SimWriterRange } } };
  } {
    this.tick("Document.Sections");
    const tick = this.tick;
    const footers = this.footers;
    return {
      Item(index: number) {
        tick("Sections.Item");
        if (index !== 1) throw new SimWpsError("subscript", `Sections.Item(${index})`);
        return {
          get Footers() {
            tick("Section.Footers");
            return {
              Item(kind: number) {
                tick("HeadersFooters.Item");
                const story = kind === 1 ? footers.odd : kind === 3 ? footers.even : undefined;
                if (!story) throw new SimWpsNotSimulated(`footer of kind ${kind}`);
                return {
                  get Range(): SimWriterRange {
                    tick("HeaderFooter.Range");
                    return new SimWriterRange(tick, story, 0, story.length + 1);
                  },
                };
              },
            };
          },
        };
      },
    };
  }

  Activate(): void {
    this.tick("Document.Activate");
    this.activated = true;
  }

  snapshot(): SimWriterDocumentSnapshot {
    const footer = (story: Story): SimWriterParagraphSnapshot | undefined =>
      story.text === "" && story.fields.length === 0 ? undefined : snapshotStory(story)[0];
    return {
      name: this.name,
      pageSetup: { ...this.pageSetup },
      paragraphs: snapshotStory(this.main),
      footers: { odd: footer(this.footers.odd), even: footer(this.footers.even) },
    };
  }
}

export interface SimWriterFont {
  NameFarEast: string;
  NameAscii: string;
  Size: number;
  Bold: number;
  Color: number;
}

export type SimWriterParagraphFormat = Record<keyof typeof PARA_KEYS, number>;

const FONT_KEYS = {
  NameFarEast: "nameFarEast",
  NameAscii: "nameAscii",
  Size: "size",
  Bold: "bold",
  Color: "color",
} as const;
const PARA_KEYS = {
  Alignment: "alignment",
  CharacterUnitFirstLineIndent: "characterUnitFirstLineIndent",
  FirstLineIndent: "firstLineIndent",
  LeftIndent: "leftIndent",
  RightIndent: "rightIndent",
  LineSpacingRule: "lineSpacingRule",
  LineSpacing: "lineSpacing",
  SpaceBefore: "spaceBefore",
  SpaceAfter: "spaceAfter",
  OutlineLevel: "outlineLevel",
  KeepWithNext: "keepWithNext",
} as const;

export class SimWriterRange {
  constructor(
    private readonly tick: Tick,
    private readonly story: Story,
    private start: number,
    private end: number,
  ) {}

  get Text(): string {
    this.tick("Range.Text");
    return this.story.text.slice(this.start, Math.min(this.end, this.story.length));
  }
  set Text(text: string) {
    this.tick("Range.Text=");
    if (typeof text !== "string") throw new SimWpsError("argument", "Range.Text");
    if (this.start !== 0 || this.end < this.story.length)
      throw new SimWpsNotSimulated("replacing part of a story's text");
    this.story.replaceAll(text);
    this.end = this.story.length + 1;
  }

  SetRange(start: number, end: number): void {
    this.tick("Range.SetRange");
    if (!(start >= 0) || !(end >= start) || end > this.story.length + 1)
      throw new SimWpsError("argument", `SetRange(${start}, ${end})`);
    this.start = start;
    this.end = end;
  }

  get Font(): SimWriterFont {
    this.tick("Range.Font");
    const out = {} as SimWriterFont;
    for (const member of Object.keys(FONT_KEYS) as (keyof typeof FONT_KEYS)[]) {
      const key = FONT_KEYS[member];
      Object.defineProperty(out, member, {
        get: () => {
          this.tick(`Font.${member}`);
          const values = this.story.chars.slice(this.start, this.end).map((c) => c[key]);
          return values.every((v) => v === values[0])
            ? (values[0] ?? WD_UNDEFINED)
            : key.startsWith("name")
              ? ""
              : WD_UNDEFINED;
        },
        set: (v: string | number) => {
          this.tick(`Font.${member}=`);
          if (key.startsWith("name") ? typeof v !== "string" || v === "" : typeof v !== "number")
            throw new SimWpsError("argument", `Font.${member} ${String(v)}`);
          for (let i = this.start; i < this.end && i < this.story.chars.length; i++) {
            (this.story.chars[i] as unknown as Record<string, string | number>)[key] = v;
          }
        },
        enumerable: true,
      });
    }
    return out;
  }

  /** The paragraphs the range touches. */
  private paragraphs(): ParaFormat[] {
    const bounds = this.story.paragraphBounds();
    return this.story.paras.filter((_, i) => {
      const b = bounds[i];
      return b !== undefined && b.start < Math.max(this.end, this.start + 1) && b.end > this.start;
    });
  }

  get ParagraphFormat(): SimWriterParagraphFormat {
    this.tick("Range.ParagraphFormat");
    const out = {} as Record<keyof typeof PARA_KEYS, number>;
    for (const member of Object.keys(PARA_KEYS) as (keyof typeof PARA_KEYS)[]) {
      const key = PARA_KEYS[member];
      Object.defineProperty(out, member, {
        get: () => {
          this.tick(`ParagraphFormat.${member}`);
          const values = this.paragraphs().map((p) => p[key]);
          return values.every((v) => v === values[0]) ? (values[0] ?? WD_UNDEFINED) : WD_UNDEFINED;
        },
        set: (v: number) => {
          this.tick(`ParagraphFormat.${member}=`);
          if (typeof v !== "number" || !isFinite(v))
            throw new SimWpsError("argument", `ParagraphFormat.${member} ${String(v)}`);
          for (const p of this.paragraphs()) p[key] = v;
        },
        enumerable: true,
      });
    }
    return out;
  }

  get Fields(): { Add(range: SimWriterRange, type: number): void } {
    this.tick("Range.Fields");
    const tick = this.tick;
    return {
      Add(range: SimWriterRange, type: number): void {
        tick("Fields.Add");
        range.insertField(type);
      },
    };
  }

  /** Fields.Add: the field takes the place of the range's text. */
  insertField(type: number): void {
    if (this.story.kind !== "footer") throw new SimWpsNotSimulated("fields in the main text");
    const story = this.story;
    const end = Math.min(this.end, story.length);
    story.text = story.text.slice(0, this.start) + story.text.slice(end);
    story.chars.splice(this.start, end - this.start);
    story.fields = story.fields.map((f) => (f.at >= end ? { ...f, at: f.at - (end - this.start) } : f));
    story.fields.push({ at: this.start, type });
    this.end = this.start;
  }
}
