/**
 * The indicator sheet of one source (docs/WORKBOOK.md, "Columns"): one row per indicator with the exact headers `ID`,
 * `指标名称`, `类别`, `单位`, `方向`, `基期年`, `基期值`, one `<YYYY>年目标` per milestone year, `属性`,
 * `牵头单位`, `实际值`, `截至日期`, `预期值`, `缺口`, `完成进度`, `状态`. The computed columns are
 * POLICY.* formulas over the row's own cells in the add-in form and native formulas in the portable
 * form; the status highlights are native conditions in both.
 *
 * Gap, progress and status measure against the final milestone (as GAPTOTARGET with an indicator ID
 * does); 预期值 is where the base→final path stands at the row's as-of date, or the workbook's
 * report date when 截至日期 is blank.
 */
import { finalMilestone } from "../core/catalogIndex";
import { DIRECTION_TEXT } from "../core/directions";
import { MAX_SERIAL, MIN_YEAR, SERIAL_FROM } from "../core/dates";
import { expectedFormula, gapFormula, progressFormula, statusFormula, type TargetRefs } from "../core/native/target";
import { barOf, targetText } from "../core/target";
import type { Catalog, Direction, Indicator, Source } from "../core/schema";
import { INDICATOR_CHECKIN_HEADERS, indicatorCheckinColumn } from "./checkins";
import { unknownColumn } from "./columns";
import { labelIs, nativeHeader, nativeHelperFormula } from "./highlight";
import { REPORT_DATE_NAME, STATUS_STYLE, TAB_COLOR, TableLayout, tableName } from "./layout";
import type { ColumnPlan, ConditionalFormatPlan, DualFormula, RowPlan, SheetPlan } from "./plan";
import { summaryNames } from "./summary";

export const INDICATOR_HEADERS_BEFORE_TARGETS = ["ID", "指标名称", "类别", "单位", "方向", "基期年", "基期值"] as const;
export const INDICATOR_HEADERS_AFTER_TARGETS = [
  "属性",
  "牵头单位",
  "实际值",
  "截至日期",
  "预期值",
  "缺口",
  "完成进度",
  "状态",
] as const;

/**
 * The native helper after 状态 (highlight.ts): the status without the add-in, which the highlights
 * compare. Not one of the fixed headers (docs/WORKBOOK.md): it follows them, at the end of the table.
 */
export const NATIVE_STATUS_HEADER = nativeHeader("状态");

/**
 * What 截至日期 accepts, exactly as the engine reads it (src/core/dates.ts parseTimePoint): a whole
 * year 1900–9999 (that year's end) or a date serial from 10000 (1927-05-18) to 9999-12-31; a
 * fraction below 10000 or a number below 1900 is refused. `x` is the cell (e.g. `M{r}`).
 */
export function asOfValidationFormula(x: string): string {
  return `=AND(ISNUMBER(${x}),${x}<${MAX_SERIAL + 1},OR(${x}>=${SERIAL_FROM},AND(${x}>=${MIN_YEAR},${x}=INT(${x}))))`;
}
export const AS_OF_ERROR =
  "请输入日期（如 2024-06-30）或年份（如 2024，表示该年年末） / Enter a date (such as 2024-06-30) or a year (such as 2024, meaning its end)";

/** Shown in 状态 where the final target is text (nothing to compute). */
export const TEXT_TARGET_STATUS = "文字目标";

/**
 * The 类别 cell of an indicator row: the catalog's category trimmed, or an empty cell (null) when it
 * has none. Never "" or spaces: 汇总 counts a row without a category with COUNTIFS(…,"="), which
 * matches an empty cell in Excel, LibreOffice and Gnumeric, but a cell holding "" only in
 * LibreOffice (Excel and Gnumeric take it as text), and spaces in none.
 */
export function categoryOf(ind: Indicator): string | null {
  return ind.category?.trim() || null;
}

export function targetHeader(year: number): string {
  return `${year}年目标`;
}

export const INDICATOR_SHEET_PREFIX = "指标·";
/** The statuses coloured, in rule order (docs/WORKBOOK.md, "Highlighting": 滞后 red, 预警 amber, 已达标 green). */
const HIGHLIGHTED = ["滞后", "预警", "已达标"] as const;

export function buildIndicatorSheet(catalog: Catalog, source: Source): SheetPlan | null {
  const inds = catalog.indicators.filter((i) => i.sourceId === source.id);
  if (!inds.length) return null;
  const years = [...new Set(inds.flatMap((i) => i.milestones.map((m) => m.year)))].sort((a, b) => a - b);
  const lastYear = years[years.length - 1];

  const targetHeaders = years.map(targetHeader);
  const headers = [
    ...INDICATOR_HEADERS_BEFORE_TARGETS,
    ...targetHeaders,
    ...INDICATOR_HEADERS_AFTER_TARGETS,
    NATIVE_STATUS_HEADER,
    ...INDICATOR_CHECKIN_HEADERS,
  ];
  const L = new TableLayout(
    "A3",
    headers.map((header) => ({ header })),
  );

  // One direction for the whole table keeps formulas short; a mixed table reads the 方向 cell.
  const dirs = new Set(inds.map((i) => i.direction));
  const tableDir: Direction | "mixed" = dirs.size === 1 ? inds[0].direction : "mixed";

  /** The row's references; `abs` makes columns absolute (conditional formats over several columns). */
  const refs = (targetRef: string, year: number, abs: boolean): TargetRefs => {
    const c = (h: string) => (abs ? L.rowCell(h) : L.cell(h));
    return {
      // The latest check-in, else the typed 实际值/截至日期 (checkins.ts).
      actual: c("采用值"),
      target: targetRef,
      base: c("基期值"),
      baseYear: c("基期年"),
      targetYear: year,
      asOf: c("采用日期"),
      reportDate: REPORT_DATE_NAME,
      direction: tableDir === "mixed" ? c("方向") : tableDir,
    };
  };

  interface RowCase {
    targetRef: string;
    year: number;
    /** A numeric base and base year: expected value and progress from the base. */
    hasBase: boolean;
  }
  const formulas = ({
    targetRef,
    year,
    hasBase,
  }: RowCase): Record<"预期值" | "缺口" | "完成进度" | "状态" | typeof NATIVE_STATUS_HEADER, DualFormula | null> => {
    const r = refs(targetRef, year, false);
    const [K, T, G, F, E, M] = [
      r.actual as string,
      targetRef,
      r.base as string,
      r.baseYear as string,
      L.cell("方向"),
      L.cell("预期值"),
    ];
    const asOf = `IF(${r.asOf}="",${REPORT_DATE_NAME},${r.asOf})`;
    const noBase = { ...r, base: undefined, baseYear: undefined };
    return {
      预期值: hasBase
        ? {
            addin: `=IF(ISNUMBER(${G}),POLICY.EXPECTED(${G},${T},${F},${year},${asOf}),"")`,
            portable: `=${expectedFormula(r)}`,
          }
        : null,
      缺口: { addin: `=IF(${K}="","",POLICY.GAPTOTARGET(${K},${T},${E}))`, portable: `=${gapFormula(r)}` },
      完成进度: {
        addin: hasBase
          ? `=IF(${K}="","",POLICY.PROGRESS(${K},${T},${G},${E}))`
          : `=IF(${K}="","",POLICY.PROGRESS(${K},${T},,${E}))`,
        portable: `=${progressFormula(hasBase ? r : noBase)}`,
      },
      状态: {
        addin: hasBase
          ? `=IF(${K}="","",POLICY.STATUS(${K},${T},${G},${M},${E}))`
          : `=IF(${K}="","",POLICY.STATUS(${K},${T},,,${E}))`,
        portable: `=${statusFormula(hasBase ? { ...r, expected: M } : noBase)}`,
      },
      // 预期值 is a POLICY cell in the add-in form: the helper computes the expected value inline.
      [NATIVE_STATUS_HEADER]: nativeHelperFormula(L.cell("状态"), statusFormula(hasBase ? r : noBase)),
    };
  };
  const general = formulas({ targetRef: L.cell(targetHeader(lastYear)), year: lastYear, hasBase: true });

  const columns: ColumnPlan[] = headers.map((header: string): ColumnPlan => {
    const ci = INDICATOR_CHECKIN_HEADERS.find((h) => h === header);
    if (ci) return indicatorCheckinColumn(ci, L, tableDir);
    switch (header) {
      case "ID":
        return { header, role: "catalog", width: 18 };
      case "指标名称":
        return { header, role: "catalog", width: 34 };
      case "类别":
        return { header, role: "catalog", width: 12 };
      case "单位":
        return { header, role: "catalog", width: 10 };
      case "方向":
        return { header, role: "catalog", width: 10 };
      case "基期年":
        return { header, role: "catalog", numberFormat: "0", width: 8 };
      case "基期值":
        return { header, role: "catalog", numberFormat: "General", width: 11 };
      case "属性":
        return { header, role: "catalog", width: 9 };
      case "牵头单位":
        return { header, role: "catalog", width: 16 };
      case "实际值":
        return {
          header,
          role: "input",
          numberFormat: "General",
          width: 11,
          validation: { kind: "decimal" },
          note: "请填写实际值，与“单位”列同一单位；百分比指标填百分点数（15 表示 15%） / Type the actual value in the unit shown; for % indicators type points (15 means 15%)",
        };
      case "截至日期":
        return {
          header,
          role: "input",
          // A year number (2024 = that year's end) shows as a year, a date as a date.
          numberFormat: "[<10000]0;yyyy-mm-dd",
          width: 12,
          validation: { kind: "custom", formula: asOfValidationFormula(L.cell("截至日期")), error: AS_OF_ERROR },
          note: "日期或年份；留空则按“说明”页的报告日期 / A date or a year; blank = the report date on the 说明 sheet",
        };
      case "预期值":
        return { header, role: "computed", numberFormat: "#,##0.0#", width: 11, formula: general.预期值! };
      case "缺口":
        return {
          header,
          role: "computed",
          numberFormat: "#,##0.0#",
          width: 11,
          formula: general.缺口!,
          note: ">0 尚差，≤0 已达到 / >0 still short, ≤0 met",
        };
      case "完成进度":
        return { header, role: "computed", numberFormat: "0.0%", width: 10, formula: general.完成进度! };
      case "状态":
        return { header, role: "computed", width: 9, formula: general.状态! };
      case NATIVE_STATUS_HEADER:
        return {
          header,
          role: "computed",
          width: 9,
          formula: general[NATIVE_STATUS_HEADER]!,
          note: "用 Excel 原生公式算出的状态，未加载对标加载项时也有；颜色标识依据此列 / The status by native formulas: shown without the add-in; the colours follow this column",
        };
      default:
        if (targetHeaders.includes(header)) return { header, role: "catalog", numberFormat: "General", width: 11 };
        throw unknownColumn("指标", header);
    }
  });

  const rows: RowPlan[] = inds.map((ind) => {
    const values: RowPlan["values"] = {
      ID: ind.id,
      指标名称: ind.name,
      类别: categoryOf(ind),
      单位: ind.unit,
      方向: DIRECTION_TEXT[ind.direction],
      基期年: ind.baseYear ?? null,
      基期值: ind.base ?? ind.baseText ?? null,
      属性: ind.attribute ?? null,
      牵头单位: ind.leadUnit ?? null,
    };
    for (const m of ind.milestones) values[targetHeader(m.year)] = targetText(m.target);
    // Rows that differ from the table's general case carry their own formulas.
    const fin = finalMilestone(ind);
    const bar = barOf(fin.target, ind.direction);
    if (bar === null) {
      for (const h of ["预期值", "缺口", "完成进度"]) values[h] = null;
      values["状态"] = TEXT_TARGET_STATUS;
      values[NATIVE_STATUS_HEADER] = TEXT_TARGET_STATUS;
    } else {
      const own = formulas({
        targetRef: fin.target.kind === "range" ? String(bar) : L.cell(targetHeader(fin.year)),
        year: fin.year,
        hasBase: ind.base !== undefined && ind.baseYear !== undefined,
      });
      for (const [h, f] of Object.entries(own)) {
        const col = general[h as keyof typeof general]!;
        if (f === null) values[h] = null;
        else if (f.addin !== col.addin || f.portable !== col.portable) values[h] = f;
      }
    }
    return { key: ind.id, values };
  });

  const condition = (label: (typeof HIGHLIGHTED)[number]): ConditionalFormatPlan => ({
    columns: [],
    formula: {
      addin: `=${labelIs(L.rowCell(NATIVE_STATUS_HEADER), label)}`,
      portable: `=${labelIs(L.rowCell("状态"), label)}`,
    },
    fill: STATUS_STYLE[label].fill,
    fontColor: STATUS_STYLE[label].fontColor,
    label,
  });

  const title = `${source.shortName} 指标对标（${source.docNumber ?? source.title}）`;
  return {
    key: `indicators:${source.id}`,
    name: `${INDICATOR_SHEET_PREFIX}${source.shortName}`,
    kind: "indicators",
    tabColor: TAB_COLOR.indicators,
    freezeRows: L.headerRow,
    // Not protected: people sort and filter by 状态 (Excel sorts no range with locked cells on a
    // protected sheet); every row formula reads only its own row, so sorting moves rows intact.
    protect: false,
    cells: [
      { address: "A1", value: title, role: "catalog", bold: true },
      {
        address: "A2",
        value:
          "黄色列为输入列（实际值、截至日期）；截至日期留空时按“说明”页的报告日期计算。/ Yellow columns are inputs; a blank as-of date uses the report date.",
        role: "catalog",
      },
    ],
    tables: [
      {
        name: tableName("Ind", source.id),
        anchor: L.anchor,
        columns,
        rows,
        keyColumn: "ID",
        conditionalFormats: HIGHLIGHTED.map(condition),
        names: summaryNames.indicator(source.id),
        dataBars: [{ column: "完成进度", color: "#5B9BD5" }],
      },
    ],
  };
}
