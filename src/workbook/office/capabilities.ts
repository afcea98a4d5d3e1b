/**
 * Where the pane runs (README, "Where it runs"): inside Excel, or in a plain browser as the web page.
 *
 * Every Excel that can load this add-in has what the pane and the renderer use. The manifest requires
 * SharedRuntime 1.1, which Microsoft lists for Excel on the web, Microsoft 365 (and retail perpetual)
 * on Windows from Version 2002, Excel 2021 from Version 2108 and Excel on Mac from 16.35
 * (learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets). Those
 * builds have ExcelApi 1.10 or later (…/requirement-sets/excel/excel-api-requirement-sets: 1.10 is
 * Version 1907, Mac 16.30; Office 2021 has 1.14), so the pane needs no check of its own for them.
 * Volume-licensed Office 2016/2019 lacks SharedRuntime and never offers the add-in, so nothing here
 * serves it: those users have the web page, the portable copy and the CLI.
 *
 * One gap remains on hosts that do load the add-in: Microsoft lists CustomFunctionsRuntime for retail
 * perpetual Office only from Version 2311 (…/requirement-sets/excel/custom-functions-requirement-sets),
 * and its custom functions overview says volume-licensed Office 2021 has none
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview, "Supported platforms")
 * while the requirement-set table lists it there. Where the set is missing, the pane inserts the
 * native-formula form, which computes without the functions.
 *
 * `supports` (Office.context.requirements.isSetSupported) still reaches the renderer, so a feature that
 * one day needs a set above the ExcelApi floor is skipped and reported instead of failing.
 */

export interface Capabilities {
  /** "excel" inside Excel; "web" in a plain browser (Office.onReady host null) or without office.js. */
  mode: "excel" | "web";
  /** CustomFunctionsRuntime 1.1: whether POLICY.* formulas can compute in this Excel. */
  customFunctions: boolean;
  supports(set: string, version: string): boolean;
}

/**
 * The requirement sets the renderer uses, by feature (the lowest ExcelApi version each needs). All are
 * at or below ExcelApi 1.10, which every host of the add-in has (see above).
 */
export const FEATURE_SETS = {
  names: "1.4",
  protection: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  namedItemFormula: "1.7",
  dataValidation: "1.8",
  pageLayout: "1.9",
} as const;
export type Feature = keyof typeof FEATURE_SETS;

interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function capabilitiesFrom(host: unknown, requirements: RequirementsLike | undefined): Capabilities {
  const inExcel =
    !!requirements && (host === "Excel" || host === "excel" || (typeof host === "string" && /excel/i.test(host)));
  if (!inExcel || !requirements) return { mode: "web", customFunctions: false, supports: () => false };
  const supports = (set: string, version: string) => {
    try {
      return requirements.isSetSupported(set, version);
    } catch {
      return false;
    }
  };
  return { mode: "excel", customFunctions: supports("CustomFunctionsRuntime", "1.1"), supports };
}
