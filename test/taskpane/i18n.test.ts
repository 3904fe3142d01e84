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
    const names = (s: string): string[] => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
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

  it("inserts values literally, even ones that look like replacement patterns", () => {
    expect(format("{{a}}", { a: "$& <b>" })).toBe("$& <b>");
  });
});
