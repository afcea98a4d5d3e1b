/**
 * Incentive functions: SUBSIDY and EXPLAIN (docs/INCENTIVES.md). All logic is in src/core/incentives.
 * Each description is written once, "中文 / English": the build derives the zh-CN metadata and
 * docs/FUNCTIONS.md's table from it (scripts/function-text.js).
 */
import { activeCatalog } from "../catalog/active";
import { explain, subsidy } from "../core/incentives/subsidy";
import { excel } from "./excel";

/**
 * 按政策条款计算奖补金额（万元） / The award or subsidy under a policy rule, in 万元.
 * @customfunction SUBSIDY
 * @param rule 奖补规则ID，如 DY-MFG-2024.R-TECHREFORM / Incentive rule ID, e.g. DY-MFG-2024.R-TECHREFORM
 * @param amount 金额或数量，按规则的计量单位（定额、分级奖补填1） / Amount in the rule's base unit (1 for fixed and level awards)
 * @param [qualifier] 限定条件：项目总投资、认定级别、此前最高营业收入、是否已获奖、采购类别等，依规则而定 / Qualifier: total investment, level, previous best revenue, already paid, procurement category… as the rule defines
 * @param [bound] 区间取值：上限（默认）、下限或中值 / Which end of a range: max (default), min or mid
 * @returns 奖补金额（万元） / The award in 万元.
 */
export function SUBSIDY(rule: any, amount: any, qualifier?: any, bound?: any): number {
  return excel(() => subsidy(activeCatalog(), rule, amount, qualifier, bound));
}

/**
 * 用一句中文说明奖补的计算过程、起约束作用的上限或门槛及政策出处 / One line of Chinese: the computation, the cap or gate that bound it, and the clause.
 * @customfunction EXPLAIN
 * @param rule 奖补规则ID，如 DY-MFG-2024.R-TECHREFORM / Incentive rule ID, e.g. DY-MFG-2024.R-TECHREFORM
 * @param amount 金额或数量，按规则的计量单位（定额、分级奖补填1） / Amount in the rule's base unit (1 for fixed and level awards)
 * @param [qualifier] 限定条件：项目总投资、认定级别、此前最高营业收入、是否已获奖、采购类别等，依规则而定 / Qualifier: total investment, level, previous best revenue, already paid, procurement category… as the rule defines
 * @param [bound] 区间取值：上限（默认）、下限或中值 / Which end of a range: max (default), min or mid
 * @returns 计算说明 / The explanation.
 */
export function EXPLAIN(rule: any, amount: any, qualifier?: any, bound?: any): string {
  return excel(() => explain(activeCatalog(), rule, amount, qualifier, bound));
}
