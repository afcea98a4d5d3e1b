/** `duibiao template <SOURCE-ID…> --out FILE.xlsx [--portable]`: the same workbook the task pane injects, as a file. */
import * as path from "path";
import { isoDateProblem } from "../core/dates";
import type { Catalog } from "../core/schema";
import type { FormulaForm } from "../workbook/plan";
import { renderXlsx } from "../workbook/xlsx/render";
import { inputError, usageError } from "./errors";
import { prepareOutput, STDOUT } from "./files";
import { planFor } from "./plans";
import type { Progress } from "./progress";

/** Checks a --report-date value (YYYY-MM-DD, a real calendar day, a year 1900–9999: core/dates). */
export function parseReportDate(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const problem = isoDateProblem(text, "报告日期 --report-date");
  if (problem) {
    const [zh, en] = problem.split(" / ");
    throw usageError(zh, en ?? zh);
  }
  return text.trim();
}

/** The source IDs as given, checked against the catalog (case-insensitive), duplicates dropped. */
export function resolveSources(catalog: Catalog, ids: string[]): string[] {
  const known = new Map(catalog.sources.map((s) => [s.id.toUpperCase(), s.id]));
  const unknown = ids.filter((id) => !known.has(id.trim().toUpperCase()));
  if (unknown.length) {
    const list = catalog.sources.map((s) => s.id).join(", ");
    throw inputError(
      `未知来源：${unknown.join("、")}（可用：${list}）`,
      `unknown source ${unknown.join(", ")} (known: ${list})`,
    );
  }
  return [...new Set(ids.map((id) => known.get(id.trim().toUpperCase())!))];
}

export function checkXlsxPath(out: string): void {
  if (out !== STDOUT && path.extname(out).toLowerCase() !== ".xlsx") {
    throw usageError(`输出文件应以 .xlsx 结尾：${out}`, `the output file must end in .xlsx: ${out}`);
  }
}

export async function writeTemplate(
  catalog: Catalog,
  ids: string[],
  opts: { out: string; form: FormulaForm; reportDate?: string; progress: Progress },
): Promise<string> {
  const sources = resolveSources(catalog, ids);
  checkXlsxPath(opts.out);
  const target = prepareOutput(opts.out, { allowStdout: true }); // fail before the work, not after it
  opts.progress.step(`生成工作簿 / building the workbook (${sources.join(", ")})`);
  const plan = planFor(catalog, sources, { form: opts.form, reportDate: opts.reportDate });
  const bytes = await renderXlsx(plan, {
    form: opts.form,
    onProgress: (done, total, sheet) => opts.progress.step(`写入工作表 / writing sheet ${done}/${total}: ${sheet}`),
  });
  await target.write(bytes);
  opts.progress.done();
  return target.display;
}
