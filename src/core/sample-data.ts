/**
 * The built-in sample data (shared/reference/sample-data.md): a fictional 2023 data set in the
 * shape of the report. It fills the sample workbook of the CLI and the playground, and it is the
 * data behind the golden tests. Rows are keyed by column key so they follow the layout.
 */
import type { InputSheetKey } from "./layout";
import type { RawCell } from "./raw-cell";

export type SampleRow = Readonly<Record<string, RawCell>>;

/** Number formats by column key for rows that need more than the column default. */
export interface SampleRowFormats {
  readonly [columnKey: string]: string;
}

export interface SampleTable {
  readonly rows: readonly SampleRow[];
  /** Per-row number formats (same length as rows) where a row needs its own. */
  readonly formats?: readonly SampleRowFormats[];
}

const BILLION_YUAN = { estimate: "0.00", target: "0.00", lastYear: "0.00", cumulative: "0.00" };
const TEN_THOUSAND_USD = { estimate: "0", target: "0", lastYear: "0", cumulative: "0" };

export const SAMPLE_DATA: Readonly<Record<InputSheetKey, SampleTable>> = {
  parameters: {
    rows: [
      { name: "年度", value: 2023 },
      { name: "单位名称", value: "开发区管委会" },
      { name: "截至月份", value: 10 },
      { name: "美元汇率", value: 7.05 },
      { name: "列举序号", value: "（1）" },
    ],
  },
  indicators: {
    rows: [
      {
        name: "工业销售收入",
        unit: "亿元",
        estimate: 52.36,
        target: 50,
        lastYear: 45.12,
        cumulative: null,
        note: null,
      },
      { name: "引进内资", unit: "亿元", estimate: 18.6, target: 20, lastYear: 16.2, cumulative: null, note: null },
      { name: "出口额", unit: "万美元", estimate: 8650, target: 9000, lastYear: 9120, cumulative: null, note: null },
      { name: "财政收入", unit: "亿元", estimate: 3.21, target: 3, lastYear: 2.87, cumulative: null, note: null },
      { name: "固定资产投资", unit: "亿元", estimate: 26.8, target: 25, lastYear: 22.4, cumulative: null, note: null },
      {
        name: "实际利用外资",
        unit: "万美元",
        estimate: 2200,
        target: 2200,
        lastYear: 1960,
        cumulative: 1850,
        note: null,
      },
    ],
    formats: [BILLION_YUAN, BILLION_YUAN, TEN_THOUSAND_USD, BILLION_YUAN, BILLION_YUAN, TEN_THOUSAND_USD],
  },
  projects: {
    rows: [
      {
        index: 1,
        name: "华瑞重工生产基地",
        builder: "华瑞重工有限公司",
        totalInvestment: 120000,
        stage: "规划设计",
        progress: "滞后",
        status: "仍处于规划设计阶段",
      },
      {
        index: 2,
        name: "鑫源机械工程",
        builder: "鑫源机械有限公司",
        totalInvestment: 35000,
        stage: "设备安装",
        progress: "正常",
        status: "厂区厂房及生活区建设全部完成，设备搬迁工作已准备就绪，预计明年初可实现试生产",
      },
      {
        index: 3,
        name: "宏达起重机",
        builder: "宏达起重设备有限公司",
        totalInvestment: 28000,
        stage: "设备安装",
        progress: "正常",
        status:
          "基建工程已全部完成，起重机设备完成了安装调试工作，其他生产设备搬迁工作已准备就绪，预计明年初可实现试生产",
      },
      {
        index: 4,
        name: "明光玻璃生产",
        builder: "明光玻璃有限公司",
        totalInvestment: 15000,
        stage: "试生产",
        progress: "正常",
        status: "目前已完成一条生产线的安装工作，现已进入试生产阶段",
      },
      {
        index: 5,
        name: "佳美家具生产",
        builder: "佳美家具有限公司",
        totalInvestment: 12000,
        stage: "投产",
        progress: "正常",
        status: "目前该公司自5月份生产以来特别顺利，已生产12万件套",
      },
      {
        index: 6,
        name: "金桥物流园",
        builder: "金桥物流有限公司",
        totalInvestment: 18000,
        stage: "厂房建设",
        progress: "正常",
        status: "一期已完成1万平方米的厂房和6000平方米的职工住宅楼建设，二期工程明年春天启动",
      },
      {
        index: 7,
        name: "恒通电子",
        builder: "恒通电子有限公司",
        totalInvestment: 9000,
        stage: "厂房建设",
        progress: "正常",
        status: "已完成厂房建设，办公楼正在装修，预计12月份安装设备及职工培训并试生产",
      },
    ],
  },
  negotiations: {
    rows: [
      {
        index: 1,
        name: "不锈钢生产",
        partners: "鑫达集团、华泰公司",
        investment: 30000,
        investmentUnit: "万元",
        area: 150,
        status: "在谈",
        occasion: null,
        remark: null,
      },
      {
        index: 2,
        name: "汽车零部件",
        partners: "远航公司、美国联合技术公司、韩国大宇工程",
        investment: 5000,
        investmentUnit: "万美元",
        area: 100,
        status: "在谈",
        occasion: null,
        remark: null,
      },
      {
        index: 3,
        name: "国际影视文化旅游",
        partners: "环球集团、星光公司",
        investment: 30,
        investmentUnit: "亿美元",
        area: null,
        status: "在谈",
        occasion: null,
        remark: "项目共分三期建设，一期工程投入10亿美元，占地4500亩",
      },
      {
        index: 4,
        name: "精密铸件",
        partners: null,
        investment: 3000,
        investmentUnit: "万美元",
        area: 150,
        status: "在谈",
        occasion: null,
        remark: null,
      },
      {
        index: 5,
        name: "铝型材加工",
        partners: null,
        investment: 2000,
        investmentUnit: "万美元",
        area: 100,
        status: "在谈",
        occasion: null,
        remark: null,
      },
      {
        index: 6,
        name: "德国环保设备",
        partners: null,
        investment: 1500,
        investmentUnit: "万美元",
        area: null,
        status: "在谈",
        occasion: null,
        remark: null,
      },
      {
        index: 7,
        name: "新能源电池",
        partners: null,
        investment: 8000,
        investmentUnit: "万美元",
        area: null,
        status: "已签约",
        occasion: "京津冀投资洽谈会",
        remark: null,
      },
      {
        index: 8,
        name: "美国医疗器械",
        partners: null,
        investment: 2500,
        investmentUnit: "万美元",
        area: null,
        status: "已签约",
        occasion: "京津冀投资洽谈会",
        remark: null,
      },
      {
        index: 9,
        name: "食品加工",
        partners: null,
        investment: 1.2,
        investmentUnit: "亿元",
        area: null,
        status: "已签约",
        occasion: "京津冀投资洽谈会",
        remark: null,
      },
      {
        index: 10,
        name: "小型配套",
        partners: null,
        investment: 800,
        investmentUnit: "万元",
        area: null,
        status: "已签约",
        occasion: "京津冀投资洽谈会",
        remark: null,
      },
    ],
  },
  honours: {
    rows: [
      { grantor: "市委、市政府", method: "命名为", title: "市级文明单位" },
      { grantor: "市总工会", method: "评为", title: "二十佳示范基层工会" },
      { grantor: "县委", method: "评为", title: "宣传工作先进集体" },
      { grantor: "县委组织部", method: "评为", title: "七一先进基层党组织" },
      { grantor: "县总工会", method: "评为", title: "县优秀工会" },
      { grantor: "县总工会", method: "评为", title: "县先进职工之家" },
    ],
  },
  dataItems: {
    rows: [
      { name: "天然气主管道长度", value: 12000, unit: "米", note: null },
      { name: "输水管线长度", value: 8.5, unit: "公里", note: null },
      { name: "人行道及绿地面积", value: 26000, unit: "平方米", note: null },
      { name: "转正人数", value: 3, unit: "名", note: null },
      { name: "新发展预备党员人数", value: 2, unit: "名", note: null },
      { name: "新确定积极分子人数", value: 5, unit: "名", note: null },
      { name: "表彰人次", value: 28, unit: "人次", note: null },
      { name: "发稿篇数", value: 120, unit: "篇", note: null },
      { name: "引进人才数", value: 45, unit: "名", note: null },
      { name: "招录员工数", value: 1200, unit: "名", note: null },
    ],
  },
};
