/**
 * Legitimate collocations that contain a spun word (平安建设, 取得进展 …): never flagged.
 * Verbatim copy of shared/reference/wording-whitelist.tsv (a test keeps the two byte-identical):
 * this is data, parsed at load by check-wording.ts. Edit the reference file and copy it here.
 */
export const WORDING_WHITELIST_TSV = `whitelist	note
平安建设	real term
平安单位	real term (创建“平安单位”)
平安中国	real term
取得进展	real phrase
进展顺利	real phrase
进展缓慢	real phrase
根本任务	real phrase
根本目的	real phrase
预备党员	real term
缺乏活力	real phrase
连续三年	real phrase
不可估量	real phrase
`;
