/**
 * `generate -o` writes the input package patched: the user's parts as they were, the computed
 * columns and the add-in's highlights edited in place, its own sheets new — and a workbook that
 * Excel's rules accept (a strict XML parser and ExcelJS read it back).
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { cli, editedSample, editPart, makeTempDir, sampleBytes, sheetPart } from "./support/cli-harness";

// each test writes and reads real workbooks: seconds on a busy two-core machine
jest.setTimeout(60000);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir("annual-summary-patch-");
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function zipOf(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await fs.readFile(file));
}

async function partText(zip: JSZip, part: string): Promise<string> {
  return (zip.file(part) as JSZip.JSZipObject).async("string");
}

function wellFormed(xml: string): void {
  new SaxesParser({ xmlns: false }).write(xml).close();
}

/** Replaces (or adds, in column order) the cell `ref` of a sheet's XML with `cell`. */
function setCell(xml: string, ref: string, cell: string): string {
  const row = ref.replace(/^[A-Z]+/, "");
  const rowPattern = new RegExp(`<row r="${row}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const existing = rowPattern.exec(xml)?.[0];
  if (!existing) throw new Error(`no row ${row}`);
  const open = /^<row[^>]*?(?=\/?>)/.exec(existing)?.[0] ?? `<row r="${row}"`;
  const cells = Array.from(existing.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)).filter(
    (m) => `${m[1]}${row}` !== ref,
  );
  const column = (letters: string): number => letters.length * 100 + letters.charCodeAt(letters.length - 1);
  const all = [
    ...cells.map((m) => ({ col: column(m[1] ?? ""), xml: m[0] })),
    { col: column(ref.replace(/\d+$/, "")), xml: cell },
  ];
  all.sort((a, b) => a.col - b.col);
  return xml.replace(existing, `${open.replace(/ spans="[^"]*"/, "")}>${all.map((c) => c.xml).join("")}</row>`);
}

async function ownedRules(file: string, sheet: string): Promise<string[]> {
  const zip = await zipOf(file);
  const xml = await partText(zip, await sheetPart(zip, sheet));
  return Array.from(
    xml.matchAll(/<conditionalFormatting sqref="([^"]*)">(?:(?!<\/conditionalFormatting>)[\s\S])*年度总结助手/g),
    (m) => m[1] ?? "",
  );
}

describe("highlights of invalid cells", () => {
  it("marks the cells with an error, keeps the user's own conditional formats, and replaces its own next time", async () => {
    const input = await editedSample(path.join(dir, "highlights.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "主要指标");
      await editPart(zip, part, (xml) =>
        setCell(xml, "C3", '<c r="C3" t="inlineStr"><is><t>18.6亿元</t></is></c>').replace(
          "</sheetData>",
          '</sheetData><conditionalFormatting sqref="H2:H7"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>',
        ),
      );
    });
    const first = path.join(dir, "highlights-1.xlsx");
    expect((await cli("generate", input, "-o", first)).code).toBe(1);
    expect(await ownedRules(first, "主要指标")).toEqual(["C3"]);
    const zip = await zipOf(first);
    const sheetXml = await partText(zip, await sheetPart(zip, "主要指标"));
    expect(sheetXml).toContain(
      '<conditionalFormatting sqref="H2:H7"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">',
    );
    for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) wellFormed(await partText(zip, name));

    // the user fixes C3 and breaks D4; generating from the generated workbook moves the highlight
    const second = path.join(dir, "highlights-2.xlsx");
    const fixed = path.join(dir, "highlights-fixed.xlsx");
    const edited = await JSZip.loadAsync(await fs.readFile(first));
    await editPart(edited, await sheetPart(edited, "主要指标"), (xml) =>
      setCell(
        setCell(xml, "C3", '<c r="C3"><v>18.6</v></c>'),
        "D4",
        '<c r="D4" t="inlineStr"><is><t>待定</t></is></c>',
      ),
    );
    await fs.writeFile(fixed, await edited.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect((await cli("generate", fixed, "-o", second)).code).toBe(1);
    expect(await ownedRules(second, "主要指标")).toEqual(["D4"]);
    const styles = (file: string): Promise<string> => zipOf(file).then((z) => partText(z, "xl/styles.xml"));
    const dxfs = (xml: string): string => /<dxfs count="(\d+)"/.exec(xml)?.[1] ?? "";
    const xfs = (xml: string): string => /<cellXfs count="(\d+)"/.exec(xml)?.[1] ?? "";
    expect(dxfs(await styles(second))).toBe(dxfs(await styles(first)));
    expect(xfs(await styles(second))).toBe(xfs(await styles(first)));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.getWorksheet("主要指标")?.getCell("D4").value).toBe("待定");
    expect(wb.getWorksheet("校验结果")?.getCell("C2").value).toMatchObject({
      formula: `HYPERLINK("#'主要指标'!D4","D4")`,
    });
  }, 60000);
});

describe("a shared formula the computed column overwrites", () => {
  it("writes the formula out in the cells that shared it and that the plan does not write", async () => {
    const input = await editedSample(path.join(dir, "shared.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "主要指标");
      await editPart(zip, part, (xml) => {
        let out = setCell(xml, "F2", '<c r="F2"><f t="shared" ref="F2:F9" si="0">IFERROR(C2/D2,"")</f><v>1</v></c>');
        for (let r = 3; r <= 9; r++) out = setCell(out, `F${r}`, `<c r="F${r}"><f t="shared" si="0"/><v>1</v></c>`);
        return out;
      });
    });
    const out = path.join(dir, "shared-out.xlsx");
    expect((await cli("generate", input, "-o", out)).code).toBe(0);
    const zip = await zipOf(out);
    const xml = await partText(zip, await sheetPart(zip, "主要指标"));
    wellFormed(xml);
    expect(xml).not.toContain('si="0"');
    // rows 8 and 9 hold no indicator: their cells keep computing what they did
    expect(/<c r="F8"[^>]*><f>([^<]*)<\/f>/.exec(xml)?.[1]).toBe('IFERROR(C8/D8,"")');
    expect(/<c r="F9"[^>]*><f>([^<]*)<\/f>/.exec(xml)?.[1]).toBe('IFERROR(C9/D9,"")');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("主要指标")?.getCell("F2").formula).toBe(
      'IF(AND(ISNUMBER(C2),ISNUMBER(D2)),IF(D2>0,C2/D2,""),"")',
    );
  });
});

describe("parts a workbook from Excel or another program may have", () => {
  it("drops the calculation chain, which would list cells whose formulas changed", async () => {
    const input = await editedSample(path.join(dir, "calc-chain.xlsx"), async (zip) => {
      zip.file(
        "xl/calcChain.xml",
        '<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F2" i="2"/></calcChain>',
      );
      await editPart(zip, "xl/_rels/workbook.xml.rels", (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      await editPart(zip, "[Content_Types].xml", (xml) =>
        xml.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
    });
    const out = path.join(dir, "calc-chain-out.xlsx");
    expect((await cli("generate", input, "-o", out)).code).toBe(0);
    const zip = await zipOf(out);
    expect(zip.file("xl/calcChain.xml")).toBeNull();
    expect(await partText(zip, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await partText(zip, "[Content_Types].xml")).not.toContain("calcChain");
    expect(await partText(zip, "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it("keeps a sheet written with a namespace prefix (x:) in that form", async () => {
    const input = await editedSample(path.join(dir, "prefixed.xlsx"), async (zip) => {
      const part = await sheetPart(zip, "主要指标");
      await editPart(zip, part, (xml) =>
        setCell(xml, "C3", '<c r="C3" t="inlineStr"><is><t>待定</t></is></c>')
          .replace(/<(\/?)(?!\?)([a-zA-Z]+)(?=[\s>/])/g, (_m, slash: string, name: string) => `<${slash}x:${name}`)
          .replace('<x:worksheet xmlns="', '<x:worksheet xmlns:x="'),
      );
    });
    const out = path.join(dir, "prefixed-out.xlsx");
    expect((await cli("generate", input, "-o", out)).code).toBe(1);
    const zip = await zipOf(out);
    const xml = await partText(zip, await sheetPart(zip, "主要指标"));
    wellFormed(xml);
    expect(xml).toContain('<x:conditionalFormatting sqref="C3"><x:cfRule type="expression"');
    expect(xml).toMatch(/<x:c r="F2" s="\d+"><x:f>IF\(AND/);
    expect(xml).not.toMatch(/<(?!\/?x:|\?xml)[a-zA-Z]/);
  });

  it("copies the parts it does not change byte for byte", async () => {
    const input = path.join(dir, "copied.xlsx");
    await fs.writeFile(input, await sampleBytes());
    const out = path.join(dir, "copied-out.xlsx");
    expect((await cli("generate", input, "-o", out)).code).toBe(0);
    const before = await zipOf(input);
    const after = await zipOf(out);
    for (const name of [
      "xl/theme/theme1.xml",
      "xl/sharedStrings.xml",
      await sheetPart(before, "在建项目"),
      "docProps/core.xml",
    ]) {
      expect(await partText(after, name)).toBe(await partText(before, name));
    }
  });
});
