import { citer } from "../../cite";

/** The plan has no 文号; provenance cites it by title. */
export const DOCUMENT = "黄石市智能装备产业发展“十四五”规划";
/** Seed file of 黄石市智能装备产业发展“十四五”规划. */
export const SEED = "004_bb55ef2a1f48e8cc.txt";

/** One provenance item of the plan: `clause` as a reader would cite it, `quote` copied from the seed. */
export const cite = citer(DOCUMENT, SEED);

// 第二章 三、主要目标 黄石市智能装备产业发展“十四五”目标主要指标 (indicators): the header row, cited by every indicator.
export const TARGETS_HEADER = cite(
  "第二章 三、主要目标 黄石市智能装备产业发展“十四五”目标主要指标 表头",
  "序号 指标名称 单位 2020年预 计值 2025年 目标值 年均增速",
);
