/**
 * Contexts in which the wrong form of a pair occurs inside legitimate text, kept apart from
 * wording-whitelist.tsv (which is a verbatim copy of the shared reference). The notes column of
 * wording-pairs.tsv warns about some of these (否那么 / 还原那么); the others come from reading
 * each short pair against ordinary 公文 vocabulary. A match that overlaps one of these phrases
 * is not reported, exactly as for the whitelist.
 */
export interface LegitimateContext {
  /** The phrase as it occurs in correct text. */
  readonly phrase: string;
  /** Why it is correct (for maintainers). */
  readonly note: string;
}

export const LEGITIMATE_CONTEXTS: readonly LegitimateContext[] = [
  // 起动 (pair 起动→启动): 起 ends a word and 动 starts the next one
  { phrase: "一起动", note: "一起 + 动手 / 动员" },
  { phrase: "发起动", note: "发起 + 动员" },
  { phrase: "引起动", note: "引起 + 动荡" },
  { phrase: "兴起动", note: "兴起 + 动漫" },
  { phrase: "掀起动", note: "掀起 + 动员热潮" },
  { phrase: "挑起动", note: "挑起 + 动乱" },
  { phrase: "激起动", note: "激起 + 动力" },
  { phrase: "唤起动", note: "唤起 + 动力" },
  { phrase: "提起动", note: "提起 + 动议" },
  { phrase: "崛起动", note: "崛起 + 动能" },
  { phrase: "起动机", note: "起动机 is the standard automotive term (starter motor)" },
  { phrase: "起动器", note: "起动器 is the standard electrical term (starter)" },
  // 原那么 / 否那么 (则→那么): 还原 / 复原 / 是否 followed by 那么
  { phrase: "还原那么", note: "还原 + 那么 (the pairs' own note)" },
  { phrase: "复原那么", note: "复原 + 那么 (the pairs' own note)" },
  { phrase: "是否那么", note: "是否 + 那么重要" },
  { phrase: "与否那么", note: "与否 + 那么" },
  { phrase: "可否那么", note: "可否 + 那么" },
  // 自然气 (天然气→自然气): 自然 + 气候 / 气息 / 气象
  { phrase: "自然气候", note: "natural climate" },
  { phrase: "自然气息", note: "natural air / atmosphere" },
  { phrase: "自然气象", note: "natural weather" },
  // 大局部 (大部分→大局部): 大局 + 部署
  { phrase: "大局部署", note: "服从大局部署" },
  { phrase: "扩大局部", note: "扩大 + 局部" },
  // 根本完成 (基本完成→根本完成): 根本 as an adverb of negation
  { phrase: "根本完成不", note: "根本完成不了 (simply cannot be finished)" },
];
