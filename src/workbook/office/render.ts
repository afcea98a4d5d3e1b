/**
 * The office.js renderer: applies a WorkbookPlan to the open workbook.
 *
 * Round trips (docs/PERFORMANCE.md, "Inject"): one sync reads the workbook's sheets, tables and names; a second (only
 * on re-inject) reads what must be kept (the input columns of our tables, the used ranges); then the
 * writes go out in as few syncs as the payload allows — everything in one for a source of a few
 * hundred rows, table bodies in row chunks for large catalogs so that no request exceeds the
 * budget (3.5 MB by default, under the 4 MB bar and Excel on the web's 5 MB limit).
 *
 * Safety: everything that can be checked is checked before the first write (sheet names, what a
 * larger table would cover, formula and text lengths, table names); nothing is written when a check
 * fails. New sheets are written before existing ones are touched, and a failure while writing new
 * sheets deletes them again. Catalog text is written with Excel's text prefix where needed
 * (../text.ts), so it never becomes a formula.
 *
 * Where the host lacks a requirement set (Office 2016/2019), the feature is skipped and reported
 * (conditional formats 1.6, freeze panes and tab colours 1.7, data validation 1.8), never failed on.
 */

import type { DualFormula, FormulaForm, WorkbookPlan } from "../plan";
import { FEATURE_SETS, type Feature } from "./capabilities";
import { checkBeforeWriting, mergeExisting } from "./renderCheck";
import { InjectError, renderEnv, type OfficeRenderOptions, type RenderEnv, type RenderReport } from "./renderCommon";
import { readExistingState, readWorkbook } from "./renderRead";
import { writeSheets } from "./renderWrite";

export { DEFAULT_MAX_REQUEST_BYTES, InjectError, type OfficeRenderOptions, type RenderReport } from "./renderCommon";

const FEATURE_ZH: Record<Feature, string> = {
  names: "名称",
  protection: "工作表保护",
  conditionalFormats: "条件格式（高亮）",
  freezePanes: "冻结窗格",
  tabColor: "工作表标签颜色",
  namedItemFormula: "更新名称引用",
  dataValidation: "数据验证（下拉列表）",
  pageLayout: "打印设置",
};

/**
 * Applies a plan to the open workbook, phase by phase:
 * 1. readWorkbook (./renderRead.ts): sheets, tables, names — 1 sync;
 * 2. readExistingState (./renderRead.ts): on re-inject, what must be kept — 1 sync, or none;
 * 3. mergeExisting, checkBeforeWriting (./renderCheck.ts): no sync; throws before any write;
 * 4. writeSheets (./renderWrite.ts): the writes in budget-sized syncs, rolled back on failure.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: OfficeRenderOptions,
): Promise<RenderReport> {
  const env = renderEnv(context, options);
  const skipped = skippedFeatures(env);
  if (!env.has("names"))
    throw new InjectError(
      "此版本的 Excel 不支持注入所需的接口（ExcelApi 1.4）；请使用网页版生成 .xlsx",
      "this Excel lacks ExcelApi 1.4, which injecting needs; use the web page to download an .xlsx",
    );

  const { read, old } = await (async () => {
    const r = await readWorkbook(env, plan);
    return { read: r, old: await readExistingState(env, plan, r) };
  })().catch((e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InjectError(`注入失败：${msg}；未写入任何内容`, `inject failed while reading the workbook: ${msg}`);
  });
  const { sheets, merges } = mergeExisting(plan, read, old);
  checkBeforeWriting(env.form, sheets, old, read.stash);
  await writeSheets(env, read, old, sheets);

  return {
    sheets: sheets.map((s) => ({ key: s.plan.key, name: s.name, created: !s.exists })),
    syncs: env.syncs,
    merges,
    notices: [
      ...mergeNotices(merges),
      ...sheets
        .filter((s) => s.movedTo)
        .map(
          (s) =>
            `“${s.name}”：表格已随其上方插入或删除的行移到 ${s.movedTo}，已按现在的位置更新，上方的标题与说明未改动 / ` +
            `the table moved to ${s.movedTo} with the rows inserted or deleted above it: updated where it is now, the title above left as it is`,
        ),
      ...sheets
        .filter((s) => s.keptCells?.length)
        .map(
          (s) =>
            `“${s.name}”：${s.keptCells!.join("、")} 的内容不是对标写入的，已保留，未写入标题或说明 / ` +
            `kept what you typed in ${s.keptCells!.join(", ")} instead of our title or label`,
        ),
    ],
    skipped,
  };
}

/** A list for a message: the first few items, then how many in all. */
function list(items: string[], max = 8): string {
  const shown = items.slice(0, max).join("、");
  return items.length > max ? `${shown} 等 ${items.length} 项` : shown;
}

/** What a re-inject kept or recognised that the user should know about, one line per case. */
export function mergeNotices(merges: RenderReport["merges"]): string[] {
  const out: string[] = [];
  const id = (k: string) => k || "（无 ID）";
  for (const m of merges) {
    const at = `“${m.sheet}”`;
    if (m.restored)
      out.push(
        `${at}：上次注入未完成，已从暂存副本恢复 ${m.restored} 个单元格 / ${m.restored} cells restored from the copy an unfinished inject left`,
      );
    if (m.renamed.length)
      out.push(
        `${at}：${m.renamed.map((r) => `列“${r.from}”识别为“${r.to}”`).join("、")}，数据仍在公式读取的列中，表头已改回 / ` +
          `${m.renamed.map((r) => `column “${r.from}” recognised as “${r.to}”`).join(", ")}: the data stays in the column the formulas read; header restored`,
      );
    if (m.computedKept.length)
      out.push(
        `${at}：计算列中手动输入的值已保留（未改回公式）：${list(m.computedKept.map((c) => `${id(c.key)} ${c.header}=${String(c.value)}`))} / ` +
          `${m.computedKept.length} values typed into computed columns kept instead of the formula`,
      );
    if (m.duplicates.length)
      out.push(
        `${at}：复制的行及其输入值已保留在表末：${list(m.duplicates.map(id))} / ${m.duplicates.length} copied rows kept at the end`,
      );
    if (m.orphans.length)
      out.push(
        `${at}：目录中没有的行（或无 ID 的行）及其输入值已保留在表末：${list(m.orphans.map(id))} / ` +
          `${m.orphans.length} rows not in the catalog kept at the end`,
      );
    if (m.userColumns.length)
      out.push(`${at}：您添加的列已保留：${list(m.userColumns)} / your columns kept: ${m.userColumns.join(", ")}`);
  }
  return out;
}

/** The features the host lacks, to report as skipped (Chinese / English). No requests. */
function skippedFeatures(env: RenderEnv): string[] {
  return (Object.keys(FEATURE_SETS) as Feature[])
    .filter((f) => f !== "namedItemFormula" && !env.has(f))
    .map((f) => `${FEATURE_ZH[f]}（需要 ExcelApi ${FEATURE_SETS[f]}）/ ${f} needs ExcelApi ${FEATURE_SETS[f]}`);
}

/** A DualFormula's text in a form, for tests and the preview. */
export function formulaOf(f: DualFormula, form: FormulaForm): string | null {
  return form === "addin" ? f.addin : f.portable;
}
