/**
 * The simulated WPS 表格 host: WPS's synchronous object model (`Application`, and the `wps` global
 * of a 加载项 page) over the same workbook model as the simulated Excel host, so that one
 * workbook can be set up, snapshot and compared the same way on both. It counts every call into
 * WPS (each property read or write and each method call), by member.
 */
import type { RawWorkbook } from "../core/raw-cell";
import { SimExcelHost } from "../sim-excel";
import { type FormatRule, type PaneState, type SimEtContext } from "./context";
import { SimEtApplication } from "./et-workbook";
import type { SimWriterApplication } from "./writer";

export interface SimWpsOptions {
  /** The workbook's file name (Workbook.Name; FullName adds a folder). */
  readonly name?: string;
  /** Opened read-only (Workbook.ReadOnly). */
  readonly readOnly?: boolean;
  /** A file format without custom document properties: `CustomDocumentProperties` raises an error. */
  readonly noCustomProperties?: boolean;
}

export interface SimWpsStats {
  /** Calls into WPS since the last reset. */
  readonly calls: number;
  /** Calls by member ("Range.Value2", "Range.Value2=" for a write, "Sheets.Item" …). */
  readonly byMember: Readonly<Record<string, number>>;
}

export class SimWpsHost extends SimExcelHost {
  /** Custom document properties, as saved with the file. */
  readonly documentProperties = new Map<string, unknown>();
  /** The add-in's PluginStorage (kept for the WPS session, not with the file). */
  readonly pluginStorage = new Map<string, unknown>();
  readonly workbook: { name: string; fullName: string; readOnly: boolean; customProperties: boolean };
  /** WPS 文字, where a test installs one (`host.writer = new SimWriterApplication()`). */
  writer: SimWriterApplication | undefined;
  /** Called after every call into WPS (the playground repaints its grid). */
  onCall: ((member: string) => void) | undefined;
  private callCount = 0;
  private members: Record<string, number> = {};
  private readonly context: SimEtContext;

  constructor(options: SimWpsOptions = {}) {
    super({ level: "latest" });
    const name = options.name ?? "工作簿1.xlsx";
    this.workbook = {
      name,
      fullName: `D:\\统计\\${name}`,
      readOnly: options.readOnly === true,
      customProperties: options.noCustomProperties !== true,
    };
    this.context = {
      model: this.model,
      tick: (member: string): void => {
        this.callCount++;
        this.members[member] = (this.members[member] ?? 0) + 1;
        if (this.onCall) this.onCall(member);
      },
      documentProperties: this.documentProperties,
      workbook: this.workbook,
      rules: new WeakMap<never, FormatRule>(),
      panes: new WeakMap<never, PaneState>(),
      screenUpdating: true,
    };
  }

  /** A host holding `workbook`'s sheets (values and number formats), as a user's file would. */
  static fromRaw(workbook: RawWorkbook, options: SimWpsOptions = {}): SimWpsHost {
    const host = new SimWpsHost(options);
    for (const name of workbook.sheetNames) host.addSheet(name);
    for (const sheet of workbook.sheets) {
      host.addSheet(sheet.name);
      host.putCells(
        sheet.name,
        sheet.origin.row,
        sheet.origin.column,
        sheet.values,
        sheet.numberFormats,
        sheet.formulas,
      );
    }
    if (host.model.sheets.length === 0) host.addSheet("Sheet1");
    host.model.activeSheet = host.model.sheets[0];
    return host;
  }

  /** WPS 表格's Application object (what `window.Application` is in a 加载项 page). */
  get application(): SimEtApplication {
    return new SimEtApplication(this.context);
  }

  get wpsStats(): SimWpsStats {
    return { calls: this.callCount, byMember: { ...this.members } };
  }

  resetCalls(): void {
    this.callCount = 0;
    this.members = {};
  }

  get screenUpdating(): boolean {
    return this.context.screenUpdating;
  }

  /**
   * Installs the globals of a WPS 加载项 page, `Application` and `wps` (EtApplication,
   * WpsApplication where a writer is set, PluginStorage), and removes Office's; returns a
   * function that restores the previous globals.
   */
  override install(): () => void {
    const g = globalThis as unknown as Record<string, unknown>;
    const names = ["Application", "wps", "Excel", "Office", "OfficeExtension"] as const;
    const previous: Record<string, unknown> = {};
    for (const n of names) previous[n] = g[n];
    const application = this.application;
    const storage = this.pluginStorage;
    const wps: Record<string, unknown> = {
      EtApplication: () => application,
      PluginStorage: {
        getItem: (key: string): unknown => (storage.has(key) ? storage.get(key) : null),
        setItem: (key: string, value: unknown): void => {
          storage.set(key, value);
        },
        removeItem: (key: string): void => {
          storage.delete(key);
        },
      },
    };
    if (this.writer) {
      const writer = this.writer;
      wps["WpsApplication"] = () => writer;
    }
    g["Application"] = application;
    g["wps"] = wps;
    delete g["Excel"];
    delete g["Office"];
    delete g["OfficeExtension"];
    return () => {
      for (const n of names) {
        if (previous[n] === undefined) delete g[n];
        else g[n] = previous[n];
      }
    };
  }
}
