/**
 * The 进度看板's Excel side: read the open workbook's rows (../../workbook/office/readProgress.ts),
 * count them (../../core/progress.ts, the same counts as the 汇总 sheet and the 通报), and select a
 * listed row. Loaded with the pane's Excel module (../excel.ts), never on the first paint.
 */
import { hasNoActuals, summarizeProgress } from "../../core/progress";
import type { Catalog } from "../../core/schema";
import { readProgress, selectRow } from "../../workbook/office/readProgress";
import type { BoardHost } from "../model";

export function excelBoardHost(catalog: Pick<Catalog, "sources">): BoardHost {
  return {
    read: (sources = catalog.sources) =>
      Excel.run(async (context) => {
        const read = await readProgress(context, sources);
        return {
          summary: summarizeProgress(read.indicators, read.tasks, read.reportDate ?? ""),
          where: read.where,
          problems: read.problems,
          noActuals: hasNoActuals(read.indicators),
          syncs: read.syncs,
        };
      }),
    select: (at) => Excel.run((context) => selectRow(context, at)),
    readReport: (sources = catalog.sources) =>
      Excel.run(async (context) => {
        const read = await readProgress(context, sources);
        return { indicators: read.indicators, tasks: read.tasks, reportDate: read.reportDate, file: workbookFile() };
      }),
  };
}

/** The open workbook's file name from its URL (no round trip); a generic name for a new, unsaved one. */
function workbookFile(): string {
  const url = typeof Office === "undefined" ? "" : (Office.context?.document?.url ?? "");
  const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? "").split("?")[0];
  return name || "当前工作簿";
}
