/**
 * `duibiao report <workbook.xlsx> --out <通报.docx> [--date YYYY-MM-DD]`: the 通报 of a Duibiao
 * workbook as a Word document (docs/REPORT.md). Reads the workbook's indicator and task tables (as
 * the spreadsheet last computed them, or computed by the engine where the file has no results),
 * counts them (src/core/progress.ts) and writes the document (src/report/).
 */
import * as fs from "fs";
import * as path from "path";
import { hasNoActuals, type ProgressSummary } from "../core/progress";
import type { Catalog } from "../core/schema";
import { buildReport } from "../report/content";
import { EmbeddedCatalogError } from "../workbook/catalogSheet";
import { loadWorkbookForReading, readProgressRows, WorkbookReadError } from "../workbook/read";
import { inputError, usageError } from "./errors";
import { prepareOutput, STDOUT } from "./files";
import type { Progress } from "./progress";

export interface ReportResult {
  file: string;
  summary: ProgressSummary;
  /** No indicator row holds an actual: the document says so instead of counting. */
  noActuals: boolean;
  /** Tables of the workbook that could not be counted (a required column missing), one line each. */
  problems: string[];
}

export async function writeReport(
  workbook: string,
  opts: { out: string; date?: string; catalog: Catalog; progress: Progress },
): Promise<ReportResult> {
  if (opts.out === STDOUT || path.extname(opts.out).toLowerCase() !== ".docx")
    throw usageError(`输出文件应以 .docx 结尾：${opts.out}`, `the output file must end in .docx: ${opts.out}`);
  if (path.extname(workbook).toLowerCase() !== ".xlsx")
    throw inputError(
      `输入应为对标工作簿（.xlsx）：${workbook}`,
      `the input must be a Duibiao workbook (.xlsx): ${workbook}`,
    );
  const target = prepareOutput(opts.out, { inputs: [workbook] });
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(workbook);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw inputError(`无法读取输入文件 ${workbook}（${code}）`, `cannot read ${workbook} (${code})`);
  }
  opts.progress.step(`读取工作簿 / reading the workbook ${workbook}`);
  const name = path.basename(workbook);
  let read;
  try {
    const wb = await loadWorkbookForReading(bytes, name);
    read = readProgressRows(wb, { reportDate: opts.date, fallbackCatalog: opts.catalog, file: name });
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof EmbeddedCatalogError)
      throw inputError(...splitMessage(e.message));
    throw e;
  }
  const { summary, blocks, title } = buildReport(read, name);
  opts.progress.step("生成通报 / writing the report");
  // Word's library (about 1 MB, ~0.35 s to load) is loaded only by this command, so the other commands
  // start without it. require, not import(): the esbuild bundle and the tsx fallback (bin/duibiao.js)
  // both resolve a require of a TypeScript module, while a native import() under tsx/cjs does not.

  const { renderReportDocx } = require("../report/docx") as typeof import("../report/docx");
  await target.write(await renderReportDocx(blocks, { title }));
  opts.progress.done();
  return {
    file: target.display,
    summary,
    noActuals: read.indicators.length > 0 && hasNoActuals(read.indicators),
    problems: read.problems,
  };
}

function splitMessage(message: string): [string, string] {
  const i = message.indexOf(" / ");
  return i < 0 ? [message, message] : [message.slice(0, i), message.slice(i + 3)];
}
