/**
 * @jest-environment jsdom
 */
import { translator, ZH_CN } from "../../src/taskpane/i18n";
import { EN_US } from "../../src/taskpane/i18n-en";
import { createParametersForm } from "../../src/taskpane/parameters-form";

const zh = translator(ZH_CN);

function form(t = zh): { form: ReturnType<typeof createParametersForm>; clicked: string[] } {
  const clicked: string[] = [];
  const f = createParametersForm(document, t, {
    save: () => clicked.push("save"),
    reload: () => clicked.push("reload"),
  });
  document.body.appendChild(f.element);
  return { form: f, clicked };
}

function field(id: string): HTMLInputElement | HTMLSelectElement {
  return document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("createParametersForm", () => {
  it("labels each field, in the form's order, and offers 1–12 and the list markers as lists", () => {
    form();
    const labels = Array.from(document.querySelectorAll(".asp-setting label")).map((l) => [
      l.getAttribute("for"),
      l.textContent,
    ]);
    expect(labels).toEqual([
      ["asp-setting-year", zh("settingsYear")],
      ["asp-setting-month", zh("settingsMonth")],
      ["asp-setting-usdRate", zh("settingsRate")],
      ["asp-setting-listMarker", zh("settingsMarker")],
    ]);
    expect((field("asp-setting-month") as HTMLSelectElement).options).toHaveLength(13);
    expect(Array.from((field("asp-setting-listMarker") as HTMLSelectElement).options).map((o) => o.value)).toContain(
      "（1）",
    );
  });

  it("shows what the 参数 sheet holds, adding to a list a value it lacks, and gives back what was typed", () => {
    const { form: f } = form();
    f.fill({ year: "2023", month: "10", usdRate: "7.05", listMarker: "（甲）" });
    expect(field("asp-setting-listMarker").value).toBe("（甲）");
    field("asp-setting-year").value = "２０２４";
    expect(f.values()).toEqual({ year: "２０２４", month: "10", usdRate: "7.05", listMarker: "（甲）" });
  });

  it("marks every invalid field with its reason, focuses the first, and clears the marks when valid", () => {
    const { form: f } = form();
    f.showErrors([{ key: "year" }, { key: "usdRate" }]);
    const year = field("asp-setting-year");
    expect(year.getAttribute("aria-invalid")).toBe("true");
    expect(year.getAttribute("aria-describedby")).toBe("asp-setting-year-error");
    expect(document.getElementById("asp-setting-year-error")?.textContent).toBe("年度应为四位数字，例如 2023。");
    expect(document.getElementById("asp-setting-usdRate-error")?.textContent).toBe(
      "美元汇率应为大于 0 的数字，例如 7.05。",
    );
    expect(field("asp-setting-month").hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById("asp-setting-month-error")?.hasAttribute("hidden")).toBe(true);
    expect(document.activeElement).toBe(year);
    f.showErrors([]);
    expect(year.hasAttribute("aria-invalid")).toBe(false);
    expect(document.getElementById("asp-setting-year-error")?.hasAttribute("hidden")).toBe(true);
  });

  it("gives the reasons in English in English", () => {
    const { form: f } = form(translator(EN_US));
    f.showErrors([{ key: "month" }]);
    expect(document.getElementById("asp-setting-month-error")?.textContent).toBe(EN_US.settingsInvalidMonth);
  });

  it("calls 保存参数 and 重新读取", () => {
    const { clicked } = form();
    (document.getElementById("asp-settings-save") as HTMLButtonElement).click();
    (document.getElementById("asp-settings-reload") as HTMLButtonElement).click();
    expect(clicked).toEqual(["save", "reload"]);
  });
});
