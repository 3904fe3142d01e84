import { format, loadMessages, pickLocale, translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";

describe("pickLocale", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US", "en-US"],
    ["en-GB", "en-US"],
    ["EN", "en-US"],
    ["fr-FR", "zh-CN"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
  ])("chooses %s → %s (Chinese first)", (language, locale) => {
    expect(pickLocale(language)).toBe(locale);
  });
});

describe("messages", () => {
  it("has an English string for every Chinese one, with the same placeholders", () => {
    const zh = ZH_CN;
    const en = EN_US;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const names = (s: string): string[] =>
      (s.match(/\{\{\w+/g) ?? []).filter((n, i, all) => all.indexOf(n) === i).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key])).toEqual(names(zh[key]));
  });

  it("names the five actions in Chinese", () => {
    const t = translator(ZH_CN);
    expect([t("createLayout"), t("validate"), t("generate"), t("copy"), t("exportWord")]).toEqual([
      "建立表格",
      "校验",
      "生成文字稿",
      "复制全文",
      "导出Word",
    ]);
  });
});

describe("English plurals", () => {
  const t = translator(EN_US);

  it("counts issues, errors, cells, markers and paragraphs in the singular and the plural", () => {
    expect(t("doneValidate", { error: 1, warning: 3, info: 0 })).toBe("Validated: 1 error, 3 warnings, 0 notes.");
    expect(t("issuesSummary", { total: 1, error: 1, warning: 0, info: 0 })).toBe(
      "1 issue: 1 error, 0 warnings, 0 notes",
    );
    expect(t("issuesSummary", { total: 4, error: 3, warning: 1, info: 0 })).toBe(
      "4 issues: 3 errors, 1 warning, 0 notes",
    );
    expect(t("fixApplied", { count: 1 })).toBe("1 cell changed; validating again…");
    expect(t("previewMarkers", { count: 1 })).toContain("1 【待补】 marker;");
    expect(t("doneGenerate", { count: 1 })).toBe("Generated 1 paragraph into the 文字稿 sheet.");
    expect(t("settingsInvalid", { count: 2 })).toContain("2 parameters are not valid");
  });

  it("has no plural choice in a Chinese string (Chinese has no plural forms)", () => {
    for (const text of Object.values(ZH_CN)) expect(text).not.toMatch(/\{\{\w+\|/);
  });
});

describe("loadMessages", () => {
  it("loads the English strings on demand and has the Chinese ones at hand", async () => {
    await expect(loadMessages("zh-CN")).resolves.toBe(ZH_CN);
    await expect(loadMessages("en-US")).resolves.toBe(EN_US);
  });
});

describe("format", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("共 {{total}} 项，{{missing}}", { total: 3 })).toBe("共 3 项，{{missing}}");
  });

  it("chooses the singular or the plural word by the value", () => {
    expect(format("{{n}} {{n|issue|issues}}", { n: 1 })).toBe("1 issue");
    expect(format("{{n}} {{n|issue|issues}}", { n: 0 })).toBe("0 issues");
    expect(format("{{n}} {{n|issue|issues}}", { n: 2 })).toBe("2 issues");
    expect(format("{{n|issue|issues}}", {})).toBe("{{n|issue|issues}}");
  });

  it("inserts values literally, even ones that look like replacement patterns", () => {
    expect(format("{{a}}", { a: "$& <b>" })).toBe("$& <b>");
  });
});
