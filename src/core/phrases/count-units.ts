/**
 * Units that count things (个, 名, 人次 …): a count of zero is never printed in a report
 * (“其余0个项目”, “0名预备党员”); the clause that would state it is left out instead.
 */
const COUNT_UNITS = new Set([
  "个",
  "名",
  "人",
  "人次",
  "位",
  "项",
  "家",
  "户",
  "次",
  "件",
  "篇",
  "所",
  "座",
  "条",
  "批",
  "场",
  "期",
  "宗",
  "处",
  "支",
  "台",
  "套",
  "辆",
  "艘",
]);

/** True for a unit that counts things: 个, 名, 人次 … */
export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim());
}
