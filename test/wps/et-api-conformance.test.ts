/**
 * The WPS edition calls only members WPS declares. src/wps/et-api.ts (WPS 表格) and
 * src/wps/writer-api.ts (WPS 文字) type the members the adapter uses; each is looked up in WPS's
 * own TypeScript description of its object model (the wps-jsapi package: lib.et.d.ts,
 * lib.wps.d.ts, lib.kso.d.ts and the `wps` namespace of index.d.ts). So is every member the
 * simulated WPS was called through in a full run (建立表格 with the sample, 校验, 生成文字稿,
 * 在WPS文字中打开): the simulator models nothing WPS lacks.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { generateAction } from "../../src/core/actions/generate-action";
import { layoutAction } from "../../src/core/actions/layout-action";
import { validateAction } from "../../src/core/actions/validate-action";
import { generate as generateCore } from "../../src/core/generate";
import { sampleRawWorkbook } from "../../src/core/sample-workbook";
import { SimWpsHost } from "../../src/sim-wps/host";
import { SimWriterApplication } from "../../src/sim-wps/writer";
import { openInWriter } from "../../src/wps/open-in-writer";
import { inWps, progress } from "./wps-helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const WPS_TYPES = path.dirname(require.resolve("wps-jsapi/package.json"));

type Members = Map<string, Set<string>>;

/** Member names of every interface (and namespace, as `ns:name`) declared in `files`. */
function declaredMembers(files: readonly string[]): Members {
  const out: Members = new Map();
  const add = (owner: string, name: string): void => {
    const set = out.get(owner) ?? new Set<string>();
    set.add(name);
    out.set(owner, set);
  };
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, namespace: string): void => {
      if (ts.isInterfaceDeclaration(node)) {
        for (const m of node.members)
          if (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) add(node.name.text, m.name.text);
        return;
      }
      if (ts.isModuleDeclaration(node)) {
        const name = namespace === "" ? node.name.getText(source) : `${namespace}.${node.name.getText(source)}`;
        if (node.body && ts.isModuleBlock(node.body)) {
          for (const statement of node.body.statements) {
            if (ts.isFunctionDeclaration(statement) && statement.name) add(`ns:${name}`, statement.name.text);
            if (ts.isModuleDeclaration(statement)) add(`ns:${name}`, statement.name.getText(source));
            if (ts.isVariableStatement(statement))
              for (const d of statement.declarationList.declarations)
                if (ts.isIdentifier(d.name)) add(`ns:${name}`, d.name.text);
            visit(statement, name);
          }
        }
        return;
      }
      ts.forEachChild(node, (child) => visit(child, namespace));
    };
    visit(source, "");
  }
  return out;
}

/** Member names of the interfaces declared in one of the project's files. */
function projectMembers(file: string): Members {
  return declaredMembers([path.join(ROOT, file)]);
}

const WPS = declaredMembers(
  ["index.d.ts", "lib.et.d.ts", "lib.wps.d.ts", "lib.kso.d.ts"].map((f) => path.join(WPS_TYPES, "src", f)),
);

/** The adapter's interface → WPS's declaration of the same object. */
const COUNTERPART: Readonly<Record<string, string>> = {
  EtApplication: "EtApplication",
  EtWorkbook: "EtWorkbook",
  EtSheets: "EtSheets",
  EtWorksheet: "EtWorksheet",
  EtRange: "EtRange",
  EtFont: "EtFont",
  EtInterior: "EtInterior",
  EtFormatConditions: "EtFormatConditions",
  EtFormatCondition: "EtFormatCondition",
  EtValidation: "EtValidation",
  EtListObjects: "EtListObjects",
  EtListObject: "EtListObject",
  EtWindow: "EtWindow",
  EtDocumentProperties: "KsoDocumentProperties",
  EtDocumentProperty: "KsoDocumentProperty",
  WpsPluginStorage: "ns:wps.PluginStorage",
  WpsTaskPane: "CustomTaskpane",
  WpsGlobal: "ns:wps",
  WriterApplication: "WpsApplication",
  WriterDocuments: "WpsDocuments",
  WriterDocument: "WpsDocument",
  WriterRange: "WpsRange",
  WriterFont: "WpsFont",
  WriterParagraphFormat: "WpsParagraphFormat",
  WriterParagraphs: "WpsParagraphs",
  WriterParagraph: "WpsParagraph",
  WriterPageSetup: "WpsPageSetup",
  WriterSections: "WpsSections",
  WriterSection: "WpsSection",
  WriterHeadersFooters: "WpsHeadersFooters",
  WriterHeaderFooter: "WpsHeaderFooter",
  WriterFields: "WpsFields",
};

/** Members WPS declares on a base interface: CustomTaskpane extends WpsTaskPane. */
function wpsMembers(name: string): Set<string> {
  const own = WPS.get(name) ?? new Set<string>();
  return name === "CustomTaskpane" ? new Set([...own, ...(WPS.get("WpsTaskPane") ?? [])]) : own;
}

function missing(file: string): string[] {
  const out: string[] = [];
  projectMembers(file).forEach((members, owner) => {
    const counterpart = COUNTERPART[owner];
    if (!counterpart) {
      out.push(`${owner}: no counterpart named in this test`);
      return;
    }
    const declared = wpsMembers(counterpart);
    members.forEach((m) => {
      if (!declared.has(m)) out.push(`${owner}.${m} (not in ${counterpart})`);
    });
  });
  return out;
}

/** The simulator's member names ("Range.Value2=") → the adapter interface that types them. */
const SIM_OWNER: Readonly<Record<string, string>> = {
  Application: "EtApplication",
  Workbook: "EtWorkbook",
  Sheets: "EtSheets",
  Worksheet: "EtWorksheet",
  Range: "EtRange",
  Font: "EtFont",
  Interior: "EtInterior",
  FormatConditions: "EtFormatConditions",
  FormatCondition: "EtFormatCondition",
  Validation: "EtValidation",
  ListObjects: "EtListObjects",
  ListObject: "EtListObject",
  Window: "EtWindow",
  DocumentProperties: "KsoDocumentProperties",
  DocumentProperty: "KsoDocumentProperty",
};

const WRITER_OWNER: Readonly<Record<string, string>> = {
  Application: "WpsApplication",
  Documents: "WpsDocuments",
  Document: "WpsDocument",
  Range: "WpsRange",
  Font: "WpsFont",
  ParagraphFormat: "WpsParagraphFormat",
  Paragraphs: "WpsParagraphs",
  Paragraph: "WpsParagraph",
  PageSetup: "WpsPageSetup",
  Sections: "WpsSections",
  Section: "WpsSection",
  HeadersFooters: "WpsHeadersFooters",
  HeaderFooter: "WpsHeaderFooter",
  Fields: "WpsFields",
};

function undeclared(byMember: Readonly<Record<string, number>>, owners: Readonly<Record<string, string>>): string[] {
  return Object.keys(byMember)
    .map((key) => key.replace(/=$/, ""))
    .filter((key) => {
      const [owner = "", member = ""] = key.split(".");
      const counterpart = owners[owner];
      return !counterpart || !wpsMembers(counterpart).has(member);
    });
}

describe("the WPS object model the edition relies on", () => {
  it("reads WPS's declarations", () => {
    expect(WPS.get("EtRange")?.has("Value2")).toBe(true);
    expect(WPS.get("ns:wps")?.has("WpsApplication")).toBe(true);
  });

  it("names in et-api.ts (WPS 表格) only members WPS declares", () => {
    expect(missing("src/wps/et-api.ts")).toEqual([]);
  });

  it("names in writer-api.ts (WPS 文字) only members WPS declares", () => {
    expect(missing("src/wps/writer-api.ts")).toEqual([]);
  });

  it("has the simulated WPS called, in a full run, only through members WPS declares", async () => {
    const host = new SimWpsHost();
    host.addSheet("Sheet1");
    await inWps(host, async (b) => {
      await b.run(layoutAction({ sample: true }), progress);
      await b.run(validateAction(), progress);
      await b.run(generateAction({ editedNarrative: "ask" }), progress);
      await b.goToCell("主要指标", "C3");
    });
    expect(undeclared(host.wpsStats.byMember, SIM_OWNER)).toEqual([]);
    expect(Object.keys(host.wpsStats.byMember).length).toBeGreaterThan(30);

    const writer = new SimWriterApplication();
    await openInWriter(generateCore(sampleRawWorkbook()).document, writer);
    expect(undeclared(writer.byMember, WRITER_OWNER)).toEqual([]);
  });
});
