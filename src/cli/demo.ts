/**
 * `duibiao demo --out DIR`: every built-in source in one workbook with sample actuals, in both forms:
 * duibiao-demo.xlsx (POLICY.* formulas, for Excel with the add-in) and duibiao-demo-portable.xlsx
 * (native formulas: any Excel, WPS, LibreOffice). Both files are rendered in memory and their paths
 * checked before either is written.
 */
import * as path from "path";
import type { Catalog } from "../core/schema";
import { fillSampleActuals } from "../demo/sampleActuals";
import type { FormulaForm } from "../workbook/plan";
import { renderXlsx } from "../workbook/xlsx/render";
import { prepareOutput, STDOUT } from "./files";
import { usageError } from "./errors";
import { planFor } from "./plans";
import type { Progress } from "./progress";

export const DEMO_FILES: Record<FormulaForm, string> = {
  addin: "duibiao-demo.xlsx",
  portable: "duibiao-demo-portable.xlsx",
};

export async function renderDemo(
  catalog: Catalog,
  form: FormulaForm,
  reportDate: string,
  progress?: Progress,
): Promise<Uint8Array> {
  const ids = catalog.sources.map((s) => s.id);
  const plan = fillSampleActuals(catalog, planFor(catalog, ids, { form, reportDate }), reportDate);
  return renderXlsx(plan, {
    form,
    onProgress: (done, total, sheet) => progress?.step(`${DEMO_FILES[form]}: ${done}/${total} ${sheet}`),
  });
}

export async function writeDemo(
  catalog: Catalog,
  opts: { dir: string; reportDate: string; progress: Progress },
): Promise<string[]> {
  const forms: FormulaForm[] = ["addin", "portable"];
  if (opts.dir === STDOUT)
    throw usageError(
      "demo 写出两个文件，--out 应为目录，不能是 -",
      "demo writes two files: --out must be a directory, not -",
    );
  const targets = forms.map((f) => prepareOutput(path.resolve(opts.dir, DEMO_FILES[f])));
  const files: Uint8Array[] = [];
  for (const form of forms) files.push(await renderDemo(catalog, form, opts.reportDate, opts.progress));
  for (const [i, t] of targets.entries()) await t.write(files[i]);
  opts.progress.done();
  return targets.map((t) => t.display);
}
