import { localizeButtonNames } from "../../src/taskpane/button-names";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";

describe("localizeButtonNames", () => {
  it("names the pane's buttons by their English labels in the English pane", () => {
    const t = translator(EN_US);
    expect(localizeButtonNames("改为数字 52.36（可用“转换为数字”一键修正）", t)).toBe(
      "改为数字 52.36（可用“Convert to number”一键修正）",
    );
    expect(localizeButtonNames("用“建立表格”补建“荣誉”工作表，或把已有工作表改名为“荣誉”", t)).toBe(
      "用“Create tables”补建“荣誉”工作表，或把已有工作表改名为“荣誉”",
    );
    expect(localizeButtonNames("请先点“生成文字稿”，再“复制全文”或“导出Word”", t)).toBe(
      "请先点“Generate text”，再“Copy all”或“Export Word”",
    );
  });

  it("leaves the Chinese pane's text, and quoted data, as they are", () => {
    const text = "将“取得了显著成效”改为“取得明显成效”；用“建立表格”补建";
    expect(localizeButtonNames(text, translator(ZH_CN))).toBe(text);
    expect(localizeButtonNames("将“取得了显著成效”改为“取得明显成效”", translator(EN_US))).toBe(
      "将“取得了显著成效”改为“取得明显成效”",
    );
  });
});
