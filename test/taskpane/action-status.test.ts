import { actionStatus } from "../../src/taskpane/action-status";
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";

const zh = translator(ZH_CN);
const PROTECTED =
  "工作表“主要指标”受保护，完成率、同比增长公式和问题单元格标记未写入；请在“审阅”选项卡撤销工作表保护后重试。";

describe("actionStatus", () => {
  it("is a success when the host did everything", () => {
    expect(actionStatus("校验完成。", { skipped: [], blocked: [] }, zh)).toEqual({
      kind: "success",
      message: "校验完成。",
    });
  });

  it("names the protected sheets after the result, as a warning: the rest was done", () => {
    expect(
      actionStatus(
        "校验完成：错误 1，警告 0，提示 0。",
        { skipped: [], blocked: [{ sheet: "主要指标", message: PROTECTED }] },
        zh,
      ),
    ).toEqual({
      kind: "warning",
      message: `校验完成：错误 1，警告 0，提示 0。 ${PROTECTED}`,
    });
  });

  it("says both what an old Excel skipped and what protection kept out", () => {
    const s = actionStatus(
      "校验完成。",
      { skipped: ["下拉列表"], blocked: [{ sheet: "主要指标", message: PROTECTED }] },
      zh,
    );
    expect(s.message).toBe(`校验完成。 本机 Excel 版本较旧，以下功能已跳过：下拉列表。 ${PROTECTED}`);
  });

  it("introduces the adapter's Chinese sentences in English in the English pane", () => {
    const s = actionStatus(
      "Validated.",
      { skipped: [], blocked: [{ sheet: "主要指标", message: PROTECTED }] },
      translator(EN_US),
    );
    expect(s).toEqual({ kind: "warning", message: `Validated. Protected, so not written: ${PROTECTED}` });
  });
});
