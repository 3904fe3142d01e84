/**
 * The part of WPS 表格's JavaScript object model (the ET object model of WPS 加载项, JSA) that the
 * WPS adapter uses, typed as the adapter relies on it. WPS mirrors Excel's VBA object model: 1-based
 * `Item`, `Range(address)`, `Value2` as a 2-D array (rows of cells) for a block and a single value
 * for one cell, `NumberFormat` as one string for the block (null where its cells differ), colours
 * as BGR numbers (`RGB(r, g, b)` = r + 256·g + 65536·b), parameterised members as methods. Every
 * member access crosses from the pane's page into WPS, synchronously: the adapter reads and writes
 * whole ranges, never one call per cell.
 *
 * The names are those of WPS's own declarations (the `wps-jsapi` package, lib.et.d.ts), which type
 * nearly everything as `any` or `void`; test/wps/et-api-conformance.test.ts holds every member
 * named here to those declarations.
 */

/** What `Range.Value2` holds for one cell: empty cells come back as undefined (VBA's Empty). */
export type EtCellValue = string | number | boolean | null | undefined;

/** XlFormatConditionType.xlExpression: a rule given by a formula. */
export const XL_EXPRESSION = 2;
/** XlDVType.xlValidateList, XlDVAlertStyle.xlValidAlertStop, XlFormatConditionOperator.xlBetween. */
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_BETWEEN = 1;
/** XlListObjectSourceType.xlSrcRange and XlYesNoGuess.xlYes (the first row holds the headers). */
export const XL_SRC_RANGE = 1;
export const XL_YES = 1;
/** XlHAlign. */
export const XL_HALIGN = { General: 1, Left: -4131, Center: -4108, Right: -4152 } as const;
/** MsoDocProperties.msoPropertyTypeString. */
export const MSO_PROPERTY_TYPE_STRING = 4;

export interface EtApplication {
  /** The workbook the user is in; null when none is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  /** The window of the active workbook (freeze panes are a window's). */
  readonly ActiveWindow: EtWindow | null;
  readonly ActiveSheet: EtWorksheet | null;
  /** Off while a plan is written, so WPS does not repaint after every write. */
  ScreenUpdating: boolean;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Sheets: EtSheets;
  /** Opened read-only: changes cannot be saved to the file. */
  readonly ReadOnly: boolean;
  /** Structure protected: sheets cannot be added, renamed or deleted. */
  readonly ProtectStructure: boolean;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtSheets {
  readonly Count: number;
  /** By 1-based position or by name; a missing one raises an error. */
  Item(index: number | string): EtWorksheet;
  /** A new sheet before `before` or after `after` (Excel's Sheets.Add(Before, After, Count, Type)). */
  Add(before?: EtWorksheet, after?: EtWorksheet, count?: number, type?: number): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  /** The sheet's contents are protected (审阅 → 保护工作表). */
  readonly ProtectContents: boolean;
  /** The block from the first to the last used cell (values and formats). */
  readonly UsedRange: EtRange;
  /** Every cell of the sheet. */
  readonly Cells: EtRange;
  /** A1 address on this sheet, also several blocks joined by commas ("C2,E5:E9"). */
  Range(address: string): EtRange;
  readonly ListObjects: EtListObjects;
  Activate(): void;
}

export interface EtRange {
  /** 1-based row and column of the top-left cell. */
  readonly Row: number;
  readonly Column: number;
  /** A block: rows of cell values; one cell: its value. */
  Value2: EtCellValue | EtCellValue[][];
  /** Formulas in A1 style (a constant cell gives its value); written as a 2-D array for a block. */
  Formula: EtCellValue | EtCellValue[][];
  /** One format for the block, or null where its cells' formats differ. Written as one string. */
  NumberFormat: string | null;
  WrapText: boolean | null;
  HorizontalAlignment: number | null;
  /** In characters of the standard font. */
  ColumnWidth: number | null;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly FormatConditions: EtFormatConditions;
  readonly Validation: EtValidation;
  /** Clears values, formulas and formats. */
  Clear(): void;
  Select(): void;
}

export interface EtFont {
  Bold: boolean | null;
  Italic: boolean | null;
  /** BGR. */
  Color: number | null;
  Name: string | null;
  Size: number | null;
}

export interface EtInterior {
  /** BGR. */
  Color: number | null;
}

export interface EtFormatConditions {
  readonly Count: number;
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  Delete(): void;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  InCellDropdown: boolean;
}

export interface EtListObjects {
  Add(sourceType: number, source: EtRange, linkSource?: unknown, hasHeaders?: number): EtListObject;
}

export interface EtListObject {
  Name: string;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface EtDocumentProperties {
  readonly Count: number;
  /** By name or 1-based position; a missing one raises an error. */
  Item(index: number | string): EtDocumentProperty;
  Add(name: string, linkToContent: boolean, type: number, value: string): EtDocumentProperty;
}

export interface EtDocumentProperty {
  readonly Name: string;
  Value: unknown;
}

/** 加载项 storage shared by the add-in's pages for the session (not saved with a workbook). */
export interface WpsPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string | number | boolean): void;
}

/** A task pane made by `CreateTaskPane`. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
}

/** The global `wps` of a WPS 加载项's pages: the applications, task panes and plug-in storage. */
export interface WpsGlobal {
  /** WPS 表格's Application. */
  EtApplication?(): EtApplication;
  /** WPS 文字's Application, where WPS lets an add-in reach it. */
  WpsApplication?(): unknown;
  readonly PluginStorage?: WpsPluginStorage;
  CreateTaskPane?(url: string, title?: string): WpsTaskPane;
  GetTaskPane?(id: number): WpsTaskPane;
}
