/** The workbook plan for CLI commands: the task pane's own builder, its errors turned into CLI input errors. */
import type { Catalog } from "../core/schema";
import { buildPlan, PlanError, type PlanOptions, type WorkbookPlan } from "../workbook";
import { CliError, EXIT } from "./errors";

export function planFor(catalog: Catalog, sourceIds: readonly string[], options: PlanOptions): WorkbookPlan {
  try {
    return buildPlan(catalog, sourceIds, options);
  } catch (e) {
    if (e instanceof PlanError) throw new CliError(EXIT.input, e.message);
    throw e;
  }
}
