/**
 * The template a new unit starts from (init, 建立表格): no sample wording, only sentences built from
 * the unit's own tables — each indicator through 列举, then projects, projects in talks, honours
 * and other figures. A table the unit leaves empty gives no sentence (every clause is optional),
 * and a section with nothing in it gives no heading: {序号} numbers the headings that remain.
 * The sample unit's report (default-template.ts) belongs to the sample workbook only.
 */
import type { TemplateRow } from "./default-template";

const INDICATORS =
  "[{预计到年底}{列举(主要指标, 编号=无, 分隔=；)：" + "{指标}[{全年预计}{单位}][，占年任务{完成率}][，{同比}]}。]";

const PROJECTS =
  "[目前，共有在建重点项目{个数(在建项目)}个" +
  "[，其中{列举(在建项目, 进度=滞后, 分隔=和)：{项目名称}项目}进展滞后]" +
  "[，即：{列举(在建项目)：{项目名称}项目[，总投资{总投资（万元）}万元][，{进展情况}]}]。]";

const NEGOTIATIONS =
  "[现有在谈项目{个数(在谈项目, 状态=在谈)}个" +
  "[，即：{列举(在谈项目, 状态=在谈)：{项目名称}项目[，拟投资{拟投资}{投资单位}][，占地{占地}亩][，{合作(合作方)}]}]。]" +
  "[已签约项目{个数(在谈项目, 状态=已签约)}个" +
  "[，即：{列举(在谈项目, 状态=已签约)：{项目名称}项目[，总投资{拟投资}{投资单位}][，在“{签约场合}”上签约]}]。]";

const HONOURS = "[{年度}年，{单位名称}{荣誉列举}。]";

const OTHER_FIGURES = "[{列举(数据项, 编号=无, 分隔=；)：{名称}[{数值}{单位}]}。]";

/** The neutral template, in report order. */
export const NEUTRAL_TEMPLATE: readonly TemplateRow[] = [
  { level: "标题", content: "{年度}年{单位名称}年度工作总结" },
  { level: "一级", content: "{序号}主要指标完成情况" },
  { level: "正文", content: INDICATORS },
  { level: "一级", content: "{序号}重点项目建设" },
  { level: "正文", content: PROJECTS },
  { level: "一级", content: "{序号}招商引资" },
  { level: "正文", content: NEGOTIATIONS },
  { level: "一级", content: "{序号}荣誉" },
  { level: "正文", content: HONOURS },
  { level: "一级", content: "{序号}其他工作" },
  { level: "正文", content: OTHER_FIGURES },
];
