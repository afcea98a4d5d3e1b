/**
 * Rubric functions: SCORE (points of one rubric item) and TIER (result tier of a rank), docs/RUBRIC.md.
 * All logic is in src/core/rubric. Each description is written once, "中文 / English": the build
 * derives the zh-CN metadata and docs/FUNCTIONS.md's table from it (scripts/function-text.js).
 */
import { activeCatalog } from "../catalog/active";
import { score, tier } from "../core/rubric";
import { excel } from "./excel";

/**
 * 按考评办法计算某一考评项的得分 / Points of one rubric item under the scoring rubric.
 * @customfunction SCORE
 * @param item 考评项ID，如 HS-BANK-2024.S-LOAN-INC / Rubric item ID, e.g. "HS-BANK-2024.S-LOAN-INC".
 * @param actual 实际完成值：增量、增速、单数、档次或评分等（各项含义见 INFO） / The unit's actual value (increment, growth, count, grade… see INFO).
 * @param [reference] 参照值：任务数（或附件中的银行名称，如“工商银行”）、全市平均增速、年初利率等 / Reference: the task (or the bank's name in the annex), the citywide average, or the rate at the start of the year.
 * @param [extra] 附加值：加分事项数、是否2024年新纳入合作、打包等方式处置额等 / Extra: number of bonus events, whether newly taken into cooperation in 2024, packaged disposals…
 * @returns 得分 / Points.
 */
export function SCORE(item: any, actual: any, reference?: any, extra?: any): number {
  return excel(() => score(activeCatalog(), item, actual, reference, extra));
}

/**
 * 按名次给出考评结果档次：前3名贡献突出单位，第4—10名贡献积极单位，第11—13名贡献一般单位，后3名约谈 / Result tier of a rank: top 3, 4–10, 11–13, last 3.
 * @customfunction TIER
 * @param rubric 考评办法ID，如 HS-BANK-2024 / Rubric ID, e.g. "HS-BANK-2024".
 * @param rank 名次（1为第一）；被一票否决的填“否决” / Rank (1 = first); "否决" (veto) for a disqualified unit.
 * @param count 参加排名的单位数（不含被否决的） / Number of ranked units (vetoed ones not counted).
 * @returns 档次 / Tier label.
 */
export function TIER(rubric: any, rank: any, count: any): string {
  return excel(() => tier(activeCatalog(), rubric, rank, count));
}
