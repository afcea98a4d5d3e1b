/**
 * A cell of an exceljs workbook as the workbook shows it (./rows.ts `Shown`): a value, an error, or a
 * formula that carries no computed result (a file straight from `duibiao template`, never opened in a
 * spreadsheet).
 */
import type ExcelJS from "exceljs";
import type { Shown } from "./rows";

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS Date exceljs made of a date-formatted number, back to the number (Excel's serial, or a year). */
function serialOfDate(d: Date): number {
  return Math.round(((d.getTime() - EPOCH_MS) / 86_400_000) * 1e6) / 1e6;
}

function scalar(v: unknown): Shown {
  if (v === null || v === undefined) return { kind: "value", value: null };
  if (v instanceof Date) return { kind: "value", value: serialOfDate(v) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { kind: "value", value: v };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("error" in o) return { kind: "error", code: String(o.error) };
    if ("richText" in o)
      return { kind: "value", value: (o.richText as { text: string }[]).map((t) => t.text).join("") };
    if ("text" in o) return { kind: "value", value: String(o.text) };
  }
  return { kind: "value", value: String(v) };
}

export function shownOf(cell: ExcelJS.Cell): Shown {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    // cell.result, not value.result: exceljs leaves a falsy result (0, FALSE) out of `value`. It is
    // undefined when the file has no <v> for the formula.
    const r = cell.result as unknown;
    return r === undefined ? { kind: "uncomputed" } : scalar(r);
  }
  return scalar(v);
}
