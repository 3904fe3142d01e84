/**
 * The built-in progress report (月度进展): written from the same tables as the annual summary, for
 * 1—N月 (一季度, 上半年, 前三季度 at 3, 6 and 9). Each indicator's cumulative figure against the
 * same months of last year (截至本月累计 / 上年同期累计), its share of the annual task against the
 * time elapsed (序时进度), and one sentence naming the indicators behind schedule. Lives on the
 * 模板（月度进展） sheet; its text goes to 文字稿（月度进展）.
 */
import type { TemplateRow } from "./default-template";

const INDICATORS =
  "[{累计月份}，{列举(主要指标, 编号=无, 分隔=；)：" +
  "[{指标}完成{截至本月累计}{单位}[，{累计同比}][，{序时进度}]]}。]" +
  "[{低于序时进度}低于序时进度，需进一步加大工作力度。]";

const PROJECTS =
  "[目前，共有在建重点项目{个数(在建项目)}个" +
  "[，其中{列举(在建项目, 进度=滞后, 分隔=和)：{项目名称}项目}进展滞后]。]" +
  "[{列举(在建项目)：{项目名称}项目[，{进展情况}]}。]";

const NEGOTIATIONS =
  "[现有在谈项目{个数(在谈项目, 状态=在谈)}个[，即：{列举(在谈项目, 状态=在谈)：{项目名称}项目[，拟投资{拟投资}{投资单位}]}]。]" +
  "[已签约项目{个数(在谈项目, 状态=已签约)}个[，即：{列举(在谈项目, 状态=已签约)：{项目名称}项目[，总投资{拟投资}{投资单位}]}]。]";

/** The progress report's template, in report order. */
export const PROGRESS_TEMPLATE: readonly TemplateRow[] = [
  { level: "标题", content: "{年度}年{累计月份}{单位名称}工作进展情况" },
  { level: "一级", content: "{序号}主要指标完成情况" },
  { level: "正文", content: INDICATORS },
  { level: "一级", content: "{序号}重点项目进展" },
  { level: "正文", content: PROJECTS },
  { level: "一级", content: "{序号}招商引资" },
  { level: "正文", content: NEGOTIATIONS },
];
