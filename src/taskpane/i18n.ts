/**
 * The pane's strings: zh-CN first, en-US beside it (i18n-en.ts), chosen from Office's display
 * language.
 * Messages take `{{name}}` placeholders; values are inserted as text by the caller's DOM code.
 */
export type Locale = "zh-CN" | "en-US";

const ZH = {
  appTitle: "年度总结助手",
  appSubtitle: "从指标表生成经过校验、可追溯的年度工作总结",
  loading: "正在加载……",
  ready: "已就绪。",
  notExcel: "请在 Excel 或 WPS 表格中打开本加载项。",
  actionsHeading: "操作",
  reportLabel: "报告",
  reportOption: "{{name}}（写入“{{sheet}}”）",
  createLayout: "建立表格",
  validate: "校验",
  generate: "生成文字稿",
  copy: "复制全文",
  exportWord: "导出Word",
  createLayoutHint: "新建缺少的工作表和表头，不改动已填写的内容。",
  emptyWorkbookTitle: "工作簿是空的",
  emptyWorkbookText: "是否同时写入示例数据，以便先看看效果？",
  insertSample: "写入示例数据",
  emptyLayout: "只建空表",
  cancel: "取消",
  editedNarrativeTitle: "“文字稿”表有改动",
  editedNarrativeText:
    "“文字稿”表在上次生成后被修改过。“保留修改稿并生成”把它改名为“文字稿（修改稿）”留下，再写出新的“文字稿”；“替换”用新生成的文字覆盖它。",
  editedNarrativeUnknownText:
    "“文字稿”表中的文字不是本加载项在这个工作簿里最后写入的，可能有人修改过。“保留修改稿并生成”把它改名为“文字稿（修改稿）”留下，再写出新的“文字稿”；“替换”用新生成的文字覆盖它。",
  keepEditedNarrative: "保留修改稿并生成",
  replaceNarrative: "替换",
  editedNarrativeAsk: "“文字稿”表有改动，请选择如何处理。",
  keptNarrative: "原“文字稿”表已保留为“{{name}}”表。",
  generateCancelled: "未生成：“文字稿”表保持不变。",
  settingsHeading: "参数",
  settingsYear: "年度",
  settingsMonth: "截至月份",
  settingsRate: "美元汇率",
  settingsMarker: "列举序号",
  settingsSave: "写入参数表",
  settingsReload: "从参数表读取",
  settingsSaved: "已写入“参数”表：{{names}}。",
  settingsNothing: "参数未改动。",
  settingsMissingRows: "“参数”表缺少以下行：{{names}}。请先点“建立表格”补齐。",
  settingsInvalidYear: "年度应为四位数字，例如 2023。",
  settingsInvalidMonth: "截至月份应为 1 到 12 的整数。",
  settingsInvalidRate: "美元汇率应为大于 0 的数字，例如 7.05。",
  settingsInvalidMarker: "列举序号应为（1）、1.、1、或①之一。",
  settingsInvalid: "参数有 {{count}} 处填写不正确，未写入：请按输入框下方的提示修改。",
  issuesHeading: "校验结果",
  issuesNone: "未发现问题。",
  issuesNotRun: "尚未校验。点“校验”检查全部数据。",
  issuesSummary: "共 {{total}} 项：错误 {{error}}，警告 {{warning}}，提示 {{info}}",
  issueWorkbook: "整个工作簿",
  issueGoTo: "定位到 {{sheet}}!{{cell}}",
  issueSuggestion: "建议：{{text}}",
  fixTextNumber: "转换为数字",
  fixTextNumbersAll: "将本表 {{count}} 个文本数字全部转换",
  fixWording: "改为“{{right}}”",
  fixApplied: "已修改 {{count}} 个单元格，正在重新校验……",
  fixStale: "单元格内容已变化，未作修改。请重新校验。",
  previewHeading: "文字稿预览",
  previewEmpty: "尚未生成。点“生成文字稿”。",
  previewMarkers: "文中有 {{count}} 处【待补】，请按校验结果补齐数据。",
  previewNoMarkers: "文中无待补内容。",
  previewStale: "数据已修改：下面和“文字稿”表中是修改前生成的文字，不能复制或导出。请重新生成文字稿。",
  regenerate: "重新生成文字稿",
  textStale: "生成文字稿之后，数据已修改（{{where}}）：请先重新生成文字稿，再复制或导出。",
  staleCells: "{{cell}} 等 {{count}} 处",
  staleSheets: "“{{sheets}}”表",
  sheetSeparator: "”“",
  progressReading: "正在读取工作簿……",
  progressComputing: "正在计算……",
  progressWriting: "正在写入工作簿……",
  progressWorking: "正在处理……",
  doneLayout: "表格已建立：{{changes}}",
  doneLayoutNothing: "表格已齐全，无需改动。",
  doneValidate: "校验完成：错误 {{error}}，警告 {{warning}}，提示 {{info}}。",
  doneGenerate: "文字稿已生成，共 {{count}} 段，已写入“文字稿”表。",
  skippedFeatures: "本机 Excel 版本较旧，以下功能已跳过：{{features}}。",
  blockedWrites: "{{messages}}",
  doneGenerateNotWritten: "文字稿已生成，共 {{count}} 段，但未能写入“文字稿”表。",
  copyRich: "已复制全文（带格式），可直接粘贴到 Word 或 WPS。",
  copyPlain: "已复制全文（纯文本）。",
  copyFallback: "已通过备用方式复制全文（浏览器限制了剪贴板接口）。",
  copyFailed: "无法自动复制：本环境不允许访问剪贴板。请在下方文本框中按 Ctrl+C 复制，或直接复制“文字稿”表中的内容。",
  copyNothing: "请先生成文字稿。",
  copyWithMarkers: "已复制全文，但文中仍有 {{count}} 处【待补】：请补齐数据后重新生成文字稿，再复制。",
  markersRemain: "文中仍有 {{count}} 处【待补】，请补齐数据后重新生成文字稿。",
  exportLoading: "正在生成 Word 文件……",
  exportDone: "已生成 Word 文件“{{name}}”。",
  exportWithMarkers:
    "已生成 Word 文件“{{name}}”，但文中仍有 {{count}} 处【待补】：请补齐数据后重新生成文字稿，再导出。",
  exportMac:
    "Mac 版 Excel 不允许加载项下载文件（Office 的限制），无法在这里导出 Word 文件。请改用“复制全文”，粘贴到 Word 或 WPS 中保存。",
  exportIos: "iPad 和 iPhone 上的 Excel 不允许加载项下载文件，无法在这里导出 Word 文件。请改用“复制全文”。",
  exportNoDownload: "本环境不允许从加载项下载文件。请改用“复制全文”，或在桌面版 Excel 中导出。",
  exportFailed: "生成 Word 文件失败：{{message}}",
  openInWriter: "在WPS文字中打开",
  writerOpening: "正在 WPS 文字中排版……",
  writerOpened: "已在 WPS 文字中打开“{{name}}”，按公文版式（GB/T 9704）排好。",
  writerOpenedWithMarkers: "已在 WPS 文字中打开“{{name}}”；文中还有 {{count}} 处待补内容，已用红字标出。",
  writerFailed: "未能在 WPS 文字中打开：{{message}}",
  errorPrefix: "操作未完成：",
  errorUnknown: "发生未知错误：{{message}}",
  errorHostTooOld: "此操作需要 Excel API {{set}}，当前 Excel 版本不支持。请升级 Office 或改用网页版 Excel。",
  errorProtected: "工作表受保护，无法写入。请先在“审阅”选项卡中撤消工作表保护，再重试。",
  errorRejected: "Excel 拒绝了本次写入（{{code}}）。工作簿未被部分修改前请重试；若反复出现，请保存后重新打开。",
  busy: "正在处理上一项操作，请稍候。",
  severity_error: "错误",
  severity_warning: "警告",
  severity_info: "提示",
  keyboardHint: "可仅用键盘操作：Tab 切换，Enter 或空格执行，在问题上按 Enter 定位单元格。",
  copyAreaLabel: "全文（纯文本）",
};

export type MessageKey = keyof typeof ZH;
export type Messages = Readonly<Record<MessageKey, string>>;

/** zh-CN unless Office's display language is English ("en", "en-US", "en-GB" …). */
export function pickLocale(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === "string" && /^en\b/i.test(displayLanguage) ? "en-US" : "zh-CN";
}

/** The Chinese strings: always in the bundle, the pane's first language. */
export const ZH_CN: Messages = ZH;

/**
 * The strings of `locale`. English is a chunk of its own, loaded only for an English Office, so
 * the Chinese pane does not carry it.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === "zh-CN") return Promise.resolve(ZH);
  return import(/* webpackChunkName: "i18n-en" */ "./i18n-en").then(
    (m) => m.EN_US,
    () => ZH,
  );
}

/**
 * A message with its {{placeholders}} filled; an unknown placeholder stays visible.
 * `{{count|issue|issues}}` is a plural choice (English): the first word when the value is 1, the
 * second otherwise. Chinese strings have no need of it.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(
    /\{\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
      const value = values[name];
      if (one === undefined || other === undefined) return String(value);
      return Number(value) === 1 ? one : other;
    },
  );
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(table: Messages): Translate {
  return (key, values) => format(table[key], values);
}
