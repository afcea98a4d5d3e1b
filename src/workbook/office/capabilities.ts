/**
 * What the host can do (SPEC §6): custom functions (Excel 2021 / Microsoft 365) or not (Office
 * 2016/2019), and which ExcelApi requirement sets exist, so the pane can say so and inject the
 * native-formula form, and the renderer can skip what an old host lacks instead of failing.
 */

export interface Capabilities {
  /** "excel" inside Excel; "web" in a plain browser (Office.onReady host null) or without office.js. */
  mode: "excel" | "web";
  customFunctions: boolean;
  /** Highest ExcelApi 1.x supported, as its minor number (1.9 → 9, 1.12 → 12; 0 when none). */
  excelApi: number;
  supports(set: string, version: string): boolean;
}

/** The requirement sets the renderer uses, by feature (the lowest ExcelApi version each needs). */
export const FEATURE_SETS = {
  names: "1.4",
  protection: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  namedItemFormula: "1.7",
  dataValidation: "1.8",
} as const;
export type Feature = keyof typeof FEATURE_SETS;

/** Below this the pane cannot inject (named cells and used ranges are essential). */
export const MIN_EXCEL_API = "1.4";

interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function capabilitiesFrom(host: unknown, requirements: RequirementsLike | undefined): Capabilities {
  const inExcel =
    !!requirements && (host === "Excel" || host === "excel" || (typeof host === "string" && /excel/i.test(host)));
  if (!inExcel || !requirements) return { mode: "web", customFunctions: false, excelApi: 0, supports: () => false };
  const supports = (set: string, version: string) => {
    try {
      return requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  let excelApi = 0;
  for (let minor = 1; minor <= 20; minor++) {
    if (!supports("ExcelApi", `1.${minor}`)) break;
    excelApi = minor;
  }
  return {
    mode: "excel",
    customFunctions: supports("CustomFunctionsRuntime", "1.1"),
    excelApi,
    supports,
  };
}

/** "1.12" → 12: requirement-set versions compare by their minor number. */
export function minorOf(version: string): number {
  return Number(version.split(".")[1] ?? 0);
}
