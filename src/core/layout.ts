/**
 * The workbook layout, defined once. Sheet names, headers, aliases, enumerations and number
 * formats are part of the user interface: templates, users and tests rely on them, so nothing
 * else in the code spells a sheet name or header — everything derives from this table.
 */

/**
 * How a column's cells are read. `computed` columns are written by the add-in as formulas; `date`
 * columns hold dates (Excel day numbers in a date format, or text such as 2023-09-04).
 */
export type ColumnType = "text" | "number" | "enum" | "computed" | "date";

export interface ColumnSpec<K extends string = string> {
  /** English identifier used by code. */
  readonly key: K;
  /** The header users see. */
  readonly header: string;
  /** Other headers accepted for the same column (matched after normalisation). */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** A blank cell in a non-blank row is an error. */
  readonly required: boolean;
  /** Allowed values, offered as an in-cell drop-down list where the host supports it. */
  readonly enumeration?: readonly string[];
  /** Number format given to the column when the add-in creates it. */
  readonly numberFormat?: string;
  /** Column width in characters when the add-in creates the sheet. */
  readonly width: number;
  /** Sentences people type (进展情况, 备注 …): the wording rules read these cells. */
  readonly freeText: boolean;
  /** A 0 here means "none" (占地0亩 is no land): the text leaves the clause out, as for "—". */
  readonly zeroMeansNone: boolean;
  /** A required column whose cell may stay blank when one of these columns of the row is filled. */
  readonly requiredUnless?: readonly string[];
  /** A required column that may be missing from the header row when one of these columns is there. */
  readonly headerOptionalBeside?: readonly string[];
  /**
   * A required column a sheet may go without (建设阶段: the stages of a factory build, which the
   * projects of a 住建局 or an 农业农村局 do not have): no missing-header error and 建立表格 does
   * not add it to a sheet that has a header row; where the header is there its cells are required,
   * and a template naming it where it is missing writes 【待补】 as for any missing column.
   */
  readonly headerOptional?: boolean;
  /** A required column whose cell is needed only on a row where one of these columns is filled. */
  readonly requiredWith?: readonly string[];
}

export type SheetRole = "input" | "template" | "output";

export interface SheetSpec<K extends string = string> {
  readonly key: string;
  readonly name: string;
  readonly role: SheetRole;
  /** Name of the Excel table the add-in creates on a new sheet (Excel accepts Chinese letters in names). */
  readonly tableName: string;
  readonly columns: readonly ColumnSpec<K>[];
  /**
   * Known columns a workbook may have (an official published rate, ranks, 签约日期): recognised by
   * their headers and read like the others, but never created or asked for — older workbooks and
   * new ones without them work as before.
   */
  readonly optionalColumns?: readonly ColumnSpec<K>[];
  /** The column naming each row (指标, 项目名称 …), used in 【待补：行名·列名】 markers and lookups by name. */
  readonly labelColumn?: K;
}

export const ENUMERATIONS = {
  constructionStage: ["规划设计", "基础施工", "厂房建设", "设备安装", "试生产", "投产"],
  progress: ["正常", "滞后", "提前"],
  investmentUnit: ["万元", "亿元", "万美元", "亿美元"],
  negotiationStatus: ["在谈", "已签约"],
  honourMethod: ["评为", "命名为", "授予"],
  paragraphLevel: ["标题", "一级", "二级", "三级", "正文"],
  listMarker: ["（1）", "1.", "1、", "①"],
  severity: ["错误", "警告", "提示"],
} as const;

/** A column of the layout; its key stays a string literal, so each table's keys form a union type. */
function col<const K extends string>(
  key: K,
  header: string,
  type: ColumnType,
  options: {
    required?: boolean;
    aliases?: readonly string[];
    enumeration?: readonly string[];
    numberFormat?: string;
    width?: number;
    freeText?: boolean;
    zeroMeansNone?: boolean;
    requiredUnless?: readonly string[];
    headerOptionalBeside?: readonly string[];
    headerOptional?: boolean;
    requiredWith?: readonly string[];
  } = {},
): ColumnSpec<K> {
  return {
    key,
    header,
    type,
    required: options.required ?? false,
    aliases: options.aliases ?? [],
    enumeration: options.enumeration,
    numberFormat: options.numberFormat,
    width: options.width ?? 12,
    freeText: options.freeText ?? false,
    zeroMeansNone: options.zeroMeansNone ?? false,
    ...(options.requiredUnless ? { requiredUnless: options.requiredUnless } : {}),
    ...(options.headerOptionalBeside ? { headerOptionalBeside: options.headerOptionalBeside } : {}),
    ...(options.headerOptional ? { headerOptional: true } : {}),
    ...(options.requiredWith ? { requiredWith: options.requiredWith } : {}),
  };
}

export const PERCENT_FORMAT = "0.0%";
/**
 * Amounts of 主要指标 on a new sheet: two decimals, as statistical tables show 亿元 figures, so
 * 58.2, 3.45 and 30 typed into a fresh workbook read 58.20, 3.45 and 30.00 alike in one sentence
 * (General would show each with its own decimals). A unit changes the format where it wants another.
 */
export const AMOUNT_FORMAT = "0.00";

export const LAYOUT = {
  parameters: {
    key: "parameters",
    name: "参数",
    role: "input",
    tableName: "参数表",
    labelColumn: "name",
    columns: [
      col("name", "参数", "text", { required: true, aliases: ["参数名称", "名称"], width: 14 }),
      col("value", "值", "text", { aliases: ["参数值", "数值"], width: 24 }),
    ],
  },
  indicators: {
    key: "indicators",
    name: "主要指标",
    role: "input",
    tableName: "主要指标表",
    labelColumn: "name",
    columns: [
      col("name", "指标", "text", { required: true, aliases: ["指标名称", "指标项"], width: 16 }),
      col("unit", "单位", "text", {
        required: true,
        // a row with a rank alone (全市考核第3位) has no amount to measure
        requiredWith: ["estimate", "target", "lastYear", "cumulative", "lastYearCumulative"],
        aliases: ["计量单位"],
        width: 8,
      }),
      col("estimate", "全年预计", "number", {
        numberFormat: AMOUNT_FORMAT,
        required: true,
        // an indicator published as a rate or a rank alone (规上工业增加值增长0.6%) has no amount
        requiredUnless: ["publishedGrowth", "rank", "cumulative"],
        // a progress report's table has the cumulative figures and no 全年预计 column at all
        headerOptionalBeside: ["cumulative"],
        // the year-end (final) report keeps the year's actual figures in the same column
        aliases: ["本年预计", "全年预计完成", "预计全年", "全年预计数", "全年实际", "全年完成", "本年实际"],
        width: 11,
      }),
      col("target", "年度任务", "number", {
        numberFormat: AMOUNT_FORMAT,
        aliases: ["年任务", "全年任务", "年度目标", "全年目标", "目标任务", "年度计划"],
        width: 11,
      }),
      col("lastYear", "上年实际", "number", {
        numberFormat: AMOUNT_FORMAT,
        aliases: ["上年同期", "上年完成", "上年数", "去年实际"],
        width: 11,
      }),
      col("completion", "完成率", "computed", { numberFormat: PERCENT_FORMAT, width: 9 }),
      col("growth", "同比增长", "computed", { numberFormat: PERCENT_FORMAT, aliases: ["同比"], width: 9 }),
      col("cumulative", "截至本月累计", "number", {
        numberFormat: AMOUNT_FORMAT,
        aliases: ["本月累计", "累计完成", "截止本月累计", "本年累计"],
        width: 13,
      }),
      col("note", "备注", "text", { freeText: true, width: 20 }),
    ],
    optionalColumns: [
      // a rate as published (可比价 growth is published, not computed from the two amounts); a
      // number in percent (5.2) or, in a cell formatted as a percentage, a fraction (5.2%)
      col("publishedGrowth", "公布增速", "number", {
        aliases: ["同比增长（公布）", "增速（公布）", "可比价增速", "公布增长率"],
        numberFormat: "0.0",
        width: 9,
      }),
      col("rank", "位次", "number", {
        aliases: ["排名", "本年位次", "本年排名", "全市排名"],
        numberFormat: "0",
        width: 6,
      }),
      // the rank compared against: last year's in an annual summary, the last period's in a progress
      // report (位次较上半年前移2位)
      col("lastRank", "上年位次", "number", {
        aliases: [
          "上年排名",
          "上期位次",
          "上期排名",
          "上月位次",
          "上月排名",
          "上季度位次",
          "上季度排名",
          "上半年位次",
          "上半年排名",
        ],
        numberFormat: "0",
        width: 8,
      }),
      // a progress report compares like with like: 1—N月 this year against 1—N月 last year
      col("lastYearCumulative", "上年同期累计", "number", {
        numberFormat: AMOUNT_FORMAT,
        aliases: ["去年同期累计", "上年同期累计完成"],
        width: 13,
      }),
    ],
  },
  projects: {
    key: "projects",
    name: "在建项目",
    role: "input",
    tableName: "在建项目表",
    labelColumn: "name",
    columns: [
      col("index", "序号", "text", { width: 6 }),
      col("name", "项目名称", "text", { required: true, width: 20 }),
      col("builder", "建设单位", "text", { aliases: ["业主单位", "项目单位", "实施单位"], width: 20 }),
      col("totalInvestment", "总投资（万元）", "number", {
        aliases: ["总投资", "总投资额（万元）", "计划总投资（万元）"],
        numberFormat: "0",
        width: 14,
      }),
      // factory stages: a unit whose projects are roads, housing or farmland leaves the column out
      col("stage", "建设阶段", "enum", {
        required: true,
        headerOptional: true,
        enumeration: ENUMERATIONS.constructionStage,
        width: 10,
      }),
      col("progress", "进度", "enum", { required: true, enumeration: ENUMERATIONS.progress, width: 8 }),
      col("status", "进展情况", "text", {
        freeText: true,
        required: true,
        aliases: ["项目进展", "形象进度"],
        width: 50,
      }),
    ],
  },
  negotiations: {
    key: "negotiations",
    name: "在谈项目",
    role: "input",
    tableName: "在谈项目表",
    labelColumn: "name",
    columns: [
      col("index", "序号", "text", { width: 6 }),
      col("name", "项目名称", "text", { required: true, width: 18 }),
      col("partners", "合作方", "text", { aliases: ["投资方"], width: 30 }),
      col("investment", "拟投资", "number", {
        required: true,
        aliases: ["拟投资额", "协议投资", "协议投资额", "计划投资"],
        width: 10,
      }),
      col("investmentUnit", "投资单位", "enum", {
        required: true,
        enumeration: ENUMERATIONS.investmentUnit,
        width: 9,
      }),
      col("area", "占地（亩）", "number", { zeroMeansNone: true, aliases: ["占地"], width: 10 }),
      col("status", "状态", "enum", { required: true, enumeration: ENUMERATIONS.negotiationStatus, width: 8 }),
      col("occasion", "签约场合", "text", { aliases: ["签约活动"], width: 18 }),
      col("remark", "补充说明", "text", { freeText: true, width: 40 }),
    ],
    optionalColumns: [
      col("signingDate", "签约日期", "date", { aliases: ["签约时间"], numberFormat: "yyyy/m/d", width: 11 }),
    ],
  },
  honours: {
    key: "honours",
    name: "荣誉",
    role: "input",
    tableName: "荣誉表",
    labelColumn: "title",
    columns: [
      col("grantor", "授予单位", "text", { required: true, aliases: ["授予机关", "颁发单位"], width: 18 }),
      col("method", "方式", "enum", { enumeration: ENUMERATIONS.honourMethod, aliases: ["授予方式"], width: 8 }),
      col("title", "荣誉称号", "text", { freeText: true, required: true, aliases: ["称号", "荣誉名称"], width: 28 }),
    ],
  },
  dataItems: {
    key: "dataItems",
    name: "数据项",
    role: "input",
    tableName: "数据项表",
    labelColumn: "name",
    columns: [
      col("name", "名称", "text", { required: true, aliases: ["数据项"], width: 20 }),
      col("value", "数值", "number", { required: true, aliases: ["值"], width: 12 }),
      col("unit", "单位", "text", { aliases: ["计量单位"], width: 8 }),
      col("note", "说明", "text", { freeText: true, width: 30 }),
    ],
  },
  template: {
    key: "template",
    name: "模板",
    role: "template",
    tableName: "模板表",
    columns: [
      col("level", "级别", "enum", { required: true, enumeration: ENUMERATIONS.paragraphLevel, width: 8 }),
      col("content", "内容", "text", { freeText: true, required: true, width: 100 }),
    ],
  },
  narrative: {
    key: "narrative",
    name: "文字稿",
    role: "output",
    tableName: "文字稿表",
    columns: [
      col("text", "文字稿", "text", { width: 100 }),
      col("level", "级别", "text", { width: 8 }),
      col("sources", "数据来源", "text", { width: 40 }),
      col("issues", "问题", "text", { width: 40 }),
    ],
  },
  issues: {
    key: "issues",
    name: "校验结果",
    role: "output",
    tableName: "校验结果表",
    columns: [
      col("severity", "级别", "text", { width: 6 }),
      col("sheet", "工作表", "text", { width: 10 }),
      col("cell", "单元格", "text", { width: 8 }),
      col("message", "问题", "text", { width: 60 }),
      col("suggestion", "建议", "text", { width: 40 }),
      col("code", "代码", "text", { width: 22 }),
    ],
  },
} as const satisfies Record<string, SheetSpec>;

export type SheetKey = keyof typeof LAYOUT;

/** The sheets users fill in (role "input"), in the order of the layout. */
export type InputSheetKey = { [K in SheetKey]: (typeof LAYOUT)[K]["role"] extends "input" ? K : never }[SheetKey];

/** The sheets the core reads: the input sheets and the 模板. */
export type ReadSheetKey = InputSheetKey | "template";

/** The order in which sheets appear in a workbook the add-in creates: the layout's order. */
export const SHEET_ORDER: readonly SheetKey[] = Object.keys(LAYOUT) as SheetKey[];

const isInputSheet = (key: SheetKey): key is InputSheetKey => LAYOUT[key].role === "input";

export const INPUT_SHEET_KEYS: readonly InputSheetKey[] = SHEET_ORDER.filter(isInputSheet);

/** Every sheet the core reads, in layout order: what an adapter loads for an action. */
export const READ_SHEET_KEYS: readonly ReadSheetKey[] = [...INPUT_SHEET_KEYS, "template"];

/** Keys of a sheet's optional columns (never for sheets without any). */
type OptionalColumnKey<K extends SheetKey> = K extends SheetKey
  ? (typeof LAYOUT)[K] extends { readonly optionalColumns: readonly (infer C)[] }
    ? C extends { readonly key: infer X extends string }
      ? X
      : never
    : never
  : never;

/** Column keys of one sheet, e.g. `ColumnKey<"indicators">` = "name" | "unit" | "estimate" | … */
export type ColumnKey<K extends SheetKey> = (typeof LAYOUT)[K]["columns"][number]["key"] | OptionalColumnKey<K>;

/** A sheet and one of its columns, checked together: { sheet: "projects", column: "totalInvestment" }. */
export type SheetColumn<S extends SheetKey = ReadSheetKey> = {
  [K in S]: { readonly sheet: K; readonly column: ColumnKey<K> };
}[S];

/** Any column key of any sheet: what code that walks every sheet's columns holds. */
export type AnyColumnKey = ColumnKey<SheetKey>;

/** Every column a sheet's header may name: the layout's columns, then its optional ones. */
const ALL_COLUMNS = new Map<SheetKey, readonly ColumnSpec[]>();

/** The columns of a sheet (its optional columns last), with their keys typed. */
export function columnsOf<K extends SheetKey>(sheet: K): readonly ColumnSpec<ColumnKey<K>>[] {
  let all = ALL_COLUMNS.get(sheet);
  if (!all) {
    const spec: SheetSpec = LAYOUT[sheet];
    all = spec.optionalColumns ? [...spec.columns, ...spec.optionalColumns] : spec.columns;
    ALL_COLUMNS.set(sheet, all);
  }
  return all as readonly ColumnSpec<ColumnKey<K>>[];
}

/** The column naming each row of an input sheet (指标, 项目名称, 荣誉称号 …). */
export function labelColumnOf<K extends InputSheetKey>(sheet: K): ColumnKey<K> {
  return LAYOUT[sheet].labelColumn as ColumnKey<K>;
}

/** The free-text columns (sentences people type) of every sheet the core reads, in layout order. */
export const FREE_TEXT_COLUMNS: readonly { readonly sheet: ReadSheetKey; readonly column: ColumnSpec<AnyColumnKey> }[] =
  READ_SHEET_KEYS.flatMap((sheet) =>
    columnsOf(sheet as ReadSheetKey)
      .filter((c) => c.freeText)
      .map((column) => ({ sheet, column })),
  );

export function sheetSpec(key: SheetKey): SheetSpec {
  return LAYOUT[key];
}

export function columnSpec<K extends SheetKey>(sheet: K, key: ColumnKey<K>): ColumnSpec<ColumnKey<K>> {
  const found = columnsOf(sheet).find((c) => c.key === key);
  if (!found) throw new LayoutError(`Unknown column ${String(key)} on sheet ${sheet}`);
  return found;
}

/** Rows of the 参数 sheet, with the value each takes when the add-in creates the sheet. */
export const PARAMETERS = {
  year: { name: "年度", aliases: ["年份"], required: true },
  unitName: { name: "单位名称", aliases: ["单位"], required: true },
  month: { name: "截至月份", aliases: ["截止月份"], required: true },
  usdRate: { name: "美元汇率", aliases: ["汇率"], required: false },
  listMarker: { name: "列举序号", aliases: ["序号样式"], required: false },
} as const;

export type ParameterKey = keyof typeof PARAMETERS;

/** Programming mistakes about the layout (never a data problem). */
export class LayoutError extends Error {
  readonly code = "layout";
  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "LayoutError";
  }
}
