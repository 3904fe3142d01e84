/**
 * The examples of the README's 模板语法 that draw on the two units' workbooks
 * (test/fixtures/units/): each template gives exactly the result the README shows.
 */
import * as fs from "fs";
import * as path from "path";
import { parseWorkbook } from "../../../src/core/parse-workbook";
import { sampleRawWorkbook } from "../../../src/core/sample-workbook";
import { evaluateTemplate } from "../../../src/core/template/evaluate-template";
import { unitWorkbook, type UnitWorkbook } from "../units/unit-workbook";

const unit = (name: string) =>
  parseWorkbook(
    unitWorkbook(
      JSON.parse(
        fs.readFileSync(path.join(__dirname, "../../fixtures/units", name, "workbook.json"), "utf8"),
      ) as UnitWorkbook,
    ),
  );

const ZONE = unit("county-development-zone");
const DISTRICT = unit("district-statistics-bureau");
const AGRICULTURE = unit("district-agriculture-bureau");
const SAMPLE = parseWorkbook(sampleRawWorkbook());

const render = (template: string, data: typeof ZONE) =>
  evaluateTemplate(template, { data, location: { row: 6, cell: "B7" } });

describe("README 模板语法 examples", () => {
  it.each([
    ["降幅{增幅(房地产开发投资)}", "降幅15.3%", DISTRICT],
    ["{增减(社会消费品零售总额)}", "比上年增加7.21亿元", DISTRICT],
    ["{百分点(城镇调查失业率)}", "比上年回落0.3个百分点", DISTRICT],
    ["{同比(地区生产总值)}", "同比增长5.8%", DISTRICT],
    ["规模以上工业增加值{增长(规模以上工业增加值)}", "规模以上工业增加值增长0.6%", DISTRICT],
    ["{比重(税收收入.全年预计, 一般公共预算收入.全年预计)}", "74.0%", DISTRICT],
    ["{比值(城镇居民人均可支配收入.全年预计, 农村居民人均可支配收入.全年预计)}", "2.10", DISTRICT],
    ["外贸进出口总额{换算(外贸进出口总额.全年预计, 亿美元)}", "外贸进出口总额3.2亿美元", ZONE],
    ["{换算(规模以上工业总产值.全年预计, 亿元, 位数=0)}", "111亿元", ZONE],
    ["{列举(在建项目, 前=1, 降序=总投资)：总投资{换算(总投资（万元）, 亿元)}}", "总投资25亿元", ZONE],
    ["总投资{合计(在建项目, 总投资（万元）, 单位=亿元)}亿元", "总投资117.4亿元", ZONE],
    ["新开工项目总投资{合计(在建项目, 总投资, 项目类别=新开工)}万元", "新开工项目总投资374000万元", ZONE],
    ["平均每个项目{平均(在建项目, 总投资（万元）, 单位=亿元)}亿元", "平均每个项目9.78亿元", ZONE],
    ["先进制造业项目占{占比(在谈项目, 状态=已签约, 其中, 产业类别=先进制造业)}", "先进制造业项目占66.7%", ZONE],
    [
      "{分组(在建项目, 项目类别, 编号=无, 分隔=逗号)：{项目类别}项目{个数}个}",
      "续建项目5个，竣工投产项目3个，新开工项目4个",
      ZONE,
    ],
    [
      "{列举(在建项目, 降序=总投资, 前=2, 分隔=和)：总投资{换算(总投资（万元）, 亿元)}的{项目名称}项目}",
      "总投资25亿元的华晟新材料产业园项目和总投资18亿元的瑞丰智能装备制造项目",
      ZONE,
    ],
    ["居全市第{位次(地区生产总值)}位", "居全市第3位", DISTRICT],
    ["居全市第{位次(地区生产总值)}名", "居全市第3名", DISTRICT],
    ["居全市第{地区生产总值.位次}位", "居全市第3位", DISTRICT],
    [
      "城乡居民收入差额为{差额(城镇居民人均可支配收入.全年预计, 农村居民人均可支配收入.全年预计)}元",
      "城乡居民收入差额为21762元",
      AGRICULTURE,
    ],
    [
      "完成年度计划的{完成率(合计(在建项目, 本年完成投资), 合计(在建项目, 年度计划投资))}",
      "完成年度计划的102.1%",
      AGRICULTURE,
    ],
    [
      "{荣誉列举(级别=国家级|省级)}",
      "被农业农村部评为“全国农业农村系统先进集体”，被省农业农村厅评为“全省农业产业化工作先进单位”“全省高标准农田建设先进单位”",
      AGRICULTURE,
    ],
    ["完成{新建高标准农田.完成率}%", "完成106.7%", AGRICULTURE],
    ["{同比(工业销售额)}", "【模板错误：主要指标表中没有“工业销售额”这一行，是否指“工业销售收入”？】", SAMPLE],
  ])("%s → %s", (template, expected, data) => {
    expect(render(template, data).text).toBe(expected);
  });
});
