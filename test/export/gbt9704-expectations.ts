/**
 * What a .docx in GB/T 9704 layout must say in its XML, written out in plain numbers (not from
 * src/export's constants, so a wrong constant fails): shared by the export unit tests and the
 * LibreOffice check of the converted file.
 */
import { attributesOf, styleXml, visibleText, type DocxParts } from "./docx-xml";

export function expectGbt9704Layout(parts: DocxParts): void {
  const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(parts.document)?.[0] ?? "";

  // A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (1 mm = 56.69 twips)
  expect(attributesOf(sectPr, "w:pgSz")).toMatchObject({ "w:w": "11906", "w:h": "16838" });
  const margin = attributesOf(sectPr, "w:pgMar");
  expect(margin).toMatchObject({ "w:top": "2098", "w:bottom": "1984", "w:left": "1587", "w:right": "1474" });
  // 22 lines: the grid pitch shares the 225 mm block among them
  const grid = attributesOf(sectPr, "w:docGrid");
  expect(grid["w:type"]).toBe("lines");
  expect(Number(grid["w:linePitch"]) * 22).toBeLessThanOrEqual(16838 - 2098 - 1984);
  expect(Number(grid["w:linePitch"]) * 23).toBeGreaterThan(16838 - 2098 - 1984);

  // body: 仿宋_GB2312 3号 (sz 32), exact 28.9 pt, two-character first-line indent, justified
  const normal = styleXml(parts.styles, "Normal");
  expect(attributesOf(normal, "w:rFonts")["w:eastAsia"]).toBe("仿宋_GB2312");
  expect(attributesOf(normal, "w:sz")["w:val"]).toBe("32");
  expect(attributesOf(normal, "w:spacing")).toMatchObject({ "w:line": "578", "w:lineRule": "exact" });
  expect(attributesOf(normal, "w:ind")).toMatchObject({ "w:firstLine": "640", "w:firstLineChars": "200" });
  expect(attributesOf(normal, "w:jc")["w:val"]).toBe("both");
  // 28 characters a line: 28 × (16 pt + spacing) within the 156 mm (8845 twips) block
  const characterSpacing = Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"\/>/.exec(normal)?.[1]);
  expect(28 * (320 + characterSpacing)).toBeLessThanOrEqual(11906 - 1587 - 1474);
  expect(29 * (320 + characterSpacing)).toBeGreaterThan(11906 - 1587 - 1474);

  // title: 方正小标宋简体 2号 (sz 44), centred, not indented
  const title = styleXml(parts.styles, "Title");
  expect(attributesOf(title, "w:rFonts")["w:eastAsia"]).toBe("方正小标宋简体");
  expect(attributesOf(title, "w:sz")["w:val"]).toBe("44");
  expect(attributesOf(title, "w:jc")["w:val"]).toBe("center");
  expect(attributesOf(title, "w:ind")["w:firstLine"]).toBe("0");

  // headings: 黑体 / 楷体_GB2312 / 仿宋_GB2312, all 3号, not bold, exact spacing, indented like body
  for (const [id, font] of [
    ["Heading1", "黑体"],
    ["Heading2", "楷体_GB2312"],
    ["Heading3", "仿宋_GB2312"],
  ] as const) {
    const style = styleXml(parts.styles, id);
    expect({ id, font: attributesOf(style, "w:rFonts")["w:eastAsia"] }).toEqual({ id, font });
    expect(attributesOf(style, "w:sz")["w:val"]).toBe("32");
    expect(attributesOf(style, "w:b")["w:val"]).toBe("false");
    expect(attributesOf(style, "w:spacing")).toMatchObject({ "w:line": "578", "w:lineRule": "exact" });
    expect(attributesOf(style, "w:ind")["w:firstLineChars"]).toBe("200");
  }

  // fall-backs named in the font table
  for (const [name, alt] of [
    ["仿宋_GB2312", "仿宋"],
    ["方正小标宋简体", "宋体"],
    ["楷体_GB2312", "楷体"],
    ["宋体", "SimSun"],
  ] as const) {
    expect(parts.fontTable).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`);
  }

  // page numbers: different odd/even footers, "— PAGE —" in 宋体 4号 (sz 28), odd right, even left
  expect(parts.settings).toContain("<w:evenAndOddHeaders/>");
  const footerStyle = styleXml(parts.styles, "Footer");
  expect(attributesOf(footerStyle, "w:rFonts")).toMatchObject({
    "w:eastAsia": "宋体",
    "w:ascii": "宋体",
    "w:hAnsi": "宋体",
  });
  expect(attributesOf(footerStyle, "w:sz")["w:val"]).toBe("28");
  const odd = parts.footers["default"] ?? "";
  const even = parts.footers["even"] ?? "";
  for (const footer of [odd, even]) {
    expect(visibleText(footer)).toBe("— PAGE —");
    expect(footer).toContain('<w:pStyle w:val="Footer"/>');
  }
  expect(attributesOf(odd, "w:jc")["w:val"]).toBe("right");
  expect(attributesOf(odd, "w:ind")["w:right"]).toBe("280");
  expect(attributesOf(even, "w:jc")["w:val"]).toBe("left");
  expect(attributesOf(even, "w:ind")["w:left"]).toBe("280");
}
