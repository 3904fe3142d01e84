/**
 * The simulated Excel host: the part of the Excel JavaScript API the add-in uses, with Excel's
 * semantics (proxies, load before read, writes queued until sync, request-size limit, requirement
 * sets, formulas computed by HyperFormula). No Node modules: the playground bundles it.
 */
export { SimExcelHost, EXCEL_WEB_PAYLOAD_LIMIT, type SimExcelOptions, type SimExcelStats } from "./host";
export { SimRichApiError, type SimErrorCode } from "./errors";
export { SIM_API_LEVELS, type SimApiLevel } from "./requirements";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot } from "./snapshot";
export { utf8Bytes, type SimRequestRecord } from "./request-context";
export { API_CONFORMANCE } from "./api-conformance";
