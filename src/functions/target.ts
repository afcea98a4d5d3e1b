/**
 * Target-tracking functions: GAPTOTARGET, PROGRESS, EXPECTED, STATUS, TARGET, INFO (docs/FUNCTIONS.md
 * "Target tracking"). All logic is in src/core/target.ts and src/core/info.ts. Each description is
 * written once, "中文 / English": the build derives the zh-CN metadata and docs/FUNCTIONS.md's table
 * from it (scripts/function-text.js).
 */
import { activeCatalog, completeCatalog } from "../catalog/active";
import { isComputeCatalog } from "../catalog/compute";
import { notAvailable } from "../core/errors";
import { info, infoNeedsText } from "../core/info";
import { expectedAt, gapToTarget, progressOf, statusOf, targetOf } from "../core/target";
import { excel, toExcelError } from "./excel";

/**
 * 距目标的缺口，按目标的单位计（大于0为尚差，小于等于0为已达到） / Shortfall from the target in its unit (>0 still short, ≤0 met).
 * @customfunction GAPTOTARGET
 * @param actual 实际值，按指标的单位填写（单位为 % 的指标填 12 表示 12%） / Actual value, in the indicator's unit (12 for 12% when the unit is %)
 * @param target 目标值，或指标ID（取该指标的最终目标和方向），如 DY-MFG-2024.01 / Target value, or an indicator ID (its final target and direction), e.g. DY-MFG-2024.01
 * @param [direction] 方向：up/≥/越大越好（默认），或 down/≤/越小越好 / Direction: up (default) or down
 * @returns 缺口 / The gap.
 */
export function GAPTOTARGET(actual: any, target: any, direction?: any): number {
  return excel(() => gapToTarget(activeCatalog(), actual, target, direction));
}

/**
 * 完成进度（比例，1 表示 100%）；有基期值时为 (实际−基期)÷(目标−基期) / Completion as a fraction (1 = 100%); with a base, (actual − base) ÷ (target − base).
 * @customfunction PROGRESS
 * @param actual 实际值 / Actual value
 * @param target 目标值，或指标ID / Target value or an indicator ID
 * @param [base] 基期值；留空则按 实际÷目标 计算（逆向指标为 目标÷实际） / Base value; blank: actual ÷ target (down: target ÷ actual)
 * @param [direction] 方向：up（默认）或 down / Direction: up (default) or down
 * @returns 完成进度 / Progress.
 */
export function PROGRESS(actual: any, target: any, base?: any, direction?: any): number {
  return excel(() => progressOf(activeCatalog(), actual, target, base, direction));
}

/**
 * 截至某时点按计划进度应达到的值（线性或按年均增速） / Where the indicator should stand at a point in time (linear or cagr).
 * @customfunction EXPECTED
 * @param base 基期值 / Base value
 * @param target 目标值 / Target value
 * @param baseYear 基期年，如 2023 / Base year, e.g. 2023
 * @param targetYear 目标年，如 2026 / Target year, e.g. 2026
 * @param asOf 截至时点：年份（表示该年年末），或日期如 2024-06-30 / As of: a year (its end) or a date
 * @param [path] 推算方式：linear 线性（默认）或 cagr 按年均增速 / Path: linear (default) or cagr
 * @returns 预期值 / The expected value.
 */
export function EXPECTED(base: any, target: any, baseYear: any, targetYear: any, asOf: any, path?: any): number {
  return excel(() => expectedAt(base, target, baseYear, targetYear, asOf, path));
}

/**
 * 进度状态：已达标、正常、预警、滞后，或未给预期值时的未达标 / Status label: 已达标 met, 正常 on track, 预警 warning, 滞后 behind, or 未达标 not met when no expected value is given.
 * @customfunction STATUS
 * @param actual 实际值 / Actual value
 * @param target 目标值，或指标ID / Target value or an indicator ID
 * @param [base] 基期值（留空时跨度从 0 算起） / Base value (blank: the span is measured from 0)
 * @param [expected] 预期值（如 EXPECTED 的结果）；留空则只判断是否达标 / Expected value (e.g. from EXPECTED); blank: met or not only
 * @param [direction] 方向：up（默认）或 down / Direction: up (default) or down
 * @param [tolerance] 预警容差，占基期至目标跨度的比例，默认 0.05（5%） / Warning tolerance as a share of the base-to-target span, default 0.05
 * @returns 状态 / The status label.
 */
export function STATUS(actual: any, target: any, base?: any, expected?: any, direction?: any, tolerance?: any): string {
  return excel(() => statusOf(activeCatalog(), actual, target, base, expected, direction, tolerance));
}

/**
 * 指标某一年的目标值（默认最终目标）；文字目标返回 #N/A，可用 INFO 查看 / An indicator's target for a year (default: the final one); a text target is #N/A, see INFO.
 * @customfunction TARGET
 * @param indicatorId 指标ID，如 DY-MFG-2024.01 / Indicator ID, e.g. DY-MFG-2024.01
 * @param [year] 年份，如 2024；留空为最终目标 / Year, e.g. 2024; blank: the final target
 * @returns 目标值 / The target.
 */
export function TARGET(indicatorId: any, year?: any): number {
  return excel(() => targetOf(activeCatalog(), indicatorId, year));
}

/**
 * 目录条目的字段：名称、单位、基期值、目标、方向、来源、条款、上限、比例等 / A catalog field of a source, indicator, task, rule or rubric item.
 * @customfunction INFO
 * @param id 政策来源、指标、任务、奖补规则或考评项的ID / ID of a source, indicator, task, rule or rubric item
 * @param field 字段名，如 名称、单位、基期值、目标、方向、来源、条款（也可用英文 name、unit、base、target…） / Field name, e.g. name, unit, base, target, source, clause
 * @returns 字段值 / The field's value.
 */
export function INFO(id: any, field: any): any {
  const index = activeCatalog();
  // Task texts, quotes and notes are not in the compute catalog the bundle carries: load the full one.
  if (isComputeCatalog(index.catalog) && infoNeedsText(index, id, field))
    return completeCatalog().then(
      (full) => excel(() => info(full, id, field)),
      () => {
        // The next INFO call loads again (completeCatalog forgets a failed load); Excel calls it again
        // when the user recalculates.
        throw toExcelError(
          notAvailable(
            "目录全文（任务、原文、备注）未能加载，可能是网络或服务器问题：请稍后按 Ctrl+Alt+F9 重新计算",
            "the full catalog (tasks, quotes, notes) could not be loaded, perhaps a network or server problem: recalculate later with Ctrl+Alt+F9",
          ),
        );
      },
    );
  return excel(() => info(index, id, field));
}
