/**
 * The 汇总 sheet: counts by status per source and 类别, and tasks per 牵头单位 with completion rate
 * and rank, in native formulas (COUNTIFS, RANK) that compute in Excel 2010+, WPS, LibreOffice and
 * Gnumeric and follow every change of an actual, a check-in or the report date without the add-in.
 *
 * Statuses are counted in each indicator table's native helper 状态（原生） (highlight.ts), never in
 * the POLICY column, so the counts are right where the add-in is not loaded. The tables are reached
 * through workbook names over their columns (summaryNames), never through sheet names.
 */
import { STATUS_LABELS } from "../core/target";
import type { Catalog, Source } from "../core/schema";
import { categoryOf, NATIVE_STATUS_HEADER } from "./indicators";
import { TAB_COLOR, TableLayout, sameInBothForms, tableName } from "./layout";
import type { ColumnPlan, DualFormula, RowPlan, SheetPlan, TableNamePlan } from "./plan";
import { OVERDUE_LABEL } from "../core/tasks";

export const SUMMARY_SHEET_NAME = "汇总";
export const SUMMARY_SHEET_KEY = "summary";
export const SUMMARY_STATUS_TABLE = tableName("SummaryStatus");
export const SUMMARY_UNITS_TABLE = tableName("SummaryUnits");

/** Status columns, in the engine's order, then 无数据 (no status label: no actual, a text target, an input error). */
export const STATUS_COLUMNS = [
  STATUS_LABELS.met,
  STATUS_LABELS.onTrack,
  STATUS_LABELS.warning,
  STATUS_LABELS.behind,
  STATUS_LABELS.notMet,
] as const;
export const NO_DATA = "无数据";
export const STATUS_HEADERS = ["来源", "类别", "指标数", ...STATUS_COLUMNS, NO_DATA, "达标或正常占比"] as const;
export const UNIT_HEADERS = ["牵头单位", "任务数", "已完成", "推进中", "逾期", "完成率", "排名"] as const;

export const TOTAL_LABEL = "合计";
export const ALL_LABEL = "全部来源";
export const UNCATEGORIZED = "（未分类）";
export const NO_LEAD_UNIT = "（未明确牵头单位）";

/** Room for rows a user adds to an indicator or task table that the summary still counts. */
const EXTRA_ROWS = 500;

/** The names over the indicator and task tables' columns that the summary counts. */
export const summaryNames = {
  indicatorRefs: (sourceId: string) => {
    const t = tableName("Ind", sourceId);
    return { id: `${t}_Id`, category: `${t}_Cat`, status: `${t}_St` };
  },
  taskRefs: (sourceId: string) => {
    const t = tableName("Task", sourceId);
    return { id: `${t}_Id`, lead: `${t}_Lead`, done: `${t}_Done`, overdue: `${t}_Late` };
  },
  indicator(sourceId: string): TableNamePlan[] {
    const n = summaryNames.indicatorRefs(sourceId);
    return [
      { name: n.id, column: "ID", extraRows: EXTRA_ROWS },
      { name: n.category, column: "类别", extraRows: EXTRA_ROWS },
      { name: n.status, column: NATIVE_STATUS_HEADER, extraRows: EXTRA_ROWS },
    ];
  },
  task(sourceId: string): TableNamePlan[] {
    const n = summaryNames.taskRefs(sourceId);
    return [
      { name: n.id, column: "ID", extraRows: EXTRA_ROWS },
      { name: n.lead, column: "牵头单位", extraRows: EXTRA_ROWS },
      { name: n.done, column: "采用完成情况", extraRows: EXTRA_ROWS },
      { name: n.overdue, column: "逾期", extraRows: EXTRA_ROWS },
    ];
  },
};

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
/** A COUNTIFS criterion matching exactly `s`: wildcards escaped with ~ (Excel, LibreOffice, Gnumeric). */
const exact = (s: string) => s.replace(/[~*?]/g, (c) => `~${c}`);

function countifs(pairs: [string, string][]): string {
  return `COUNTIFS(${pairs.map(([r, c]) => `${r},${c}`).join(",")})`;
}

export function buildSummarySheet(catalog: Catalog, sources: readonly Source[]): SheetPlan | null {
  const withInds = sources.filter((s) => catalog.indicators.some((i) => i.sourceId === s.id));
  const withTasks = sources.filter((s) => catalog.tasks.some((t) => t.sourceId === s.id));
  if (!withInds.length && !withTasks.length) return null;

  const tables: SheetPlan["tables"] = [];
  const cells: SheetPlan["cells"] = [
    { address: "A1", value: "汇总（随实际值、填报记录和报告日期自动更新）", role: "catalog", bold: true },
    {
      address: "A2",
      value:
        "状态按各指标表“状态（原生）”列统计，未加载对标加载项时同样正确；无数据 = 无实际值、文字目标或输入有误。/ Counts follow each indicator table's native status; 无数据 = no actual, a text target or an input error.",
      role: "catalog",
    },
  ];

  let nextRow = 3;
  if (withInds.length) {
    const S = new TableLayout(
      `A${nextRow}`,
      STATUS_HEADERS.map((header) => ({ header })),
    );
    const total = S.cell("指标数");
    const labelled = STATUS_COLUMNS.map((h) => S.cell(h)).join("+");
    const columns: ColumnPlan[] = STATUS_HEADERS.map((header): ColumnPlan => {
      switch (header) {
        case "来源":
          return { header, role: "catalog", width: 26 };
        case "类别":
          return { header, role: "catalog", width: 26 };
        case NO_DATA:
          return {
            header,
            role: "computed",
            width: 8,
            numberFormat: "0",
            formula: sameInBothForms(`=${total}-(${labelled})`),
          };
        case "达标或正常占比":
          return {
            header,
            role: "computed",
            width: 10,
            numberFormat: "0.0%",
            formula: sameInBothForms(
              `=IF(${total}-${S.cell(NO_DATA)}=0,"",(${S.cell(STATUS_LABELS.met)}+${S.cell(STATUS_LABELS.onTrack)})/(${total}-${S.cell(NO_DATA)}))`,
            ),
            note: "（已达标+正常）÷ 有状态的指标数 / (met + on track) ÷ indicators with a status",
          };
        default:
          return { header, role: "computed", width: 8, numberFormat: "0" };
      }
    });
    const counts = (parts: { refs: ReturnType<typeof summaryNames.indicatorRefs>; category?: string }[]) => {
      const one = (extra: [string, string][]) =>
        parts
          .map(({ refs, category }) => {
            const cat: [string, string][] =
              category === undefined ? [] : [[refs.category, category === UNCATEGORIZED ? q("=") : q(exact(category))]];
            return countifs([
              [refs.id, q("<>")],
              ...cat,
              ...extra.map(([k, v]) => [k === "st" ? refs.status : k, v] as [string, string]),
            ]);
          })
          .join("+");
      const values: Record<string, DualFormula> = { 指标数: sameInBothForms(`=${one([])}`) };
      for (const label of STATUS_COLUMNS) values[label] = sameInBothForms(`=${one([["st", q(label)]])}`);
      return values;
    };
    const rows: RowPlan[] = [];
    for (const s of withInds) {
      const refs = summaryNames.indicatorRefs(s.id);
      const cats = [
        ...new Set(catalog.indicators.filter((i) => i.sourceId === s.id).map((i) => categoryOf(i) ?? UNCATEGORIZED)),
      ];
      for (const c of cats)
        rows.push({ key: `${s.id}|${c}`, values: { 来源: s.shortName, 类别: c, ...counts([{ refs, category: c }]) } });
      rows.push({
        key: `${s.id}|${TOTAL_LABEL}`,
        values: { 来源: s.shortName, 类别: TOTAL_LABEL, ...counts([{ refs }]) },
      });
    }
    rows.push({
      key: ALL_LABEL,
      values: {
        来源: ALL_LABEL,
        类别: TOTAL_LABEL,
        ...counts(withInds.map((s) => ({ refs: summaryNames.indicatorRefs(s.id) }))),
      },
    });
    tables.push({
      name: SUMMARY_STATUS_TABLE,
      anchor: S.anchor,
      columns,
      rows,
      keyColumn: "来源",
      keyColumns: ["来源", "类别"],
      conditionalFormats: [],
      dataBars: [{ column: "达标或正常占比", color: "#63BE7B" }],
    });
    nextRow = S.firstDataRow + rows.length + 2;
  }

  if (withTasks.length) {
    cells.push({ address: `A${nextRow}`, value: "任务完成情况（按牵头单位）", role: "catalog", bold: true });
    const U = new TableLayout(
      `A${nextRow + 1}`,
      UNIT_HEADERS.map((header) => ({ header })),
    );
    const units: string[] = [];
    let unassigned = false;
    for (const t of catalog.tasks)
      if (withTasks.some((s) => s.id === t.sourceId)) {
        if (!t.leadUnits.length) unassigned = true;
        for (const u of t.leadUnits) if (!units.includes(u)) units.push(u);
      }
    /** Tasks whose 牵头单位 cell (units joined by 、) names `unit`, counted in every task table. */
    const count = (unit: string | null, extra: (r: ReturnType<typeof summaryNames.taskRefs>) => [string, string][]) =>
      withTasks
        .flatMap((s) => {
          const r = summaryNames.taskRefs(s.id);
          const u = unit === null ? null : exact(unit);
          const patterns = u === null ? [q("=")] : [q(u), q(`${u}、*`), q(`*、${u}`), q(`*、${u}、*`)];
          return patterns.map((p) => countifs([[r.id, q("<>")], [r.lead, p], ...extra(r)]));
        })
        .join("+");
    const done = U.cell("已完成");
    const all = U.cell("任务数");
    const rate = U.cell("完成率");
    const columns: ColumnPlan[] = UNIT_HEADERS.map((header): ColumnPlan => {
      switch (header) {
        case "牵头单位":
          return { header, role: "catalog", width: 24 };
        case "完成率":
          return {
            header,
            role: "computed",
            width: 10,
            numberFormat: "0.0%",
            formula: sameInBothForms(`=IF(${all}=0,"",${done}/${all})`),
          };
        case "排名":
          return {
            header,
            role: "computed",
            width: 6,
            numberFormat: "0",
            formula: sameInBothForms(
              `=IF(ISNUMBER(${rate}),RANK(${rate},$${U.letter("完成率")}$\{first}:$${U.letter("完成率")}$\{last},0),"")`,
            ),
            note: "按完成率从高到低，并列同名次 / By completion rate, ties share a rank",
          };
        default:
          return { header, role: "computed", width: 8, numberFormat: "0" };
      }
    });
    const rowOf = (unit: string | null): RowPlan => ({
      key: unit ?? NO_LEAD_UNIT,
      values: {
        牵头单位: unit ?? NO_LEAD_UNIT,
        任务数: sameInBothForms(`=${count(unit, () => [])}`),
        已完成: sameInBothForms(`=${count(unit, (r) => [[r.done, q("已完成")]])}`),
        推进中: sameInBothForms(`=${count(unit, (r) => [[r.done, q("推进中")]])}`),
        逾期: sameInBothForms(`=${count(unit, (r) => [[r.overdue, q(OVERDUE_LABEL)]])}`),
      },
    });
    const rows = [...units.map(rowOf), ...(unassigned ? [rowOf(null)] : [])];
    tables.push({
      name: SUMMARY_UNITS_TABLE,
      anchor: U.anchor,
      columns,
      rows,
      keyColumn: "牵头单位",
      conditionalFormats: [],
      dataBars: [{ column: "完成率", color: "#5B9BD5" }],
    });
  }

  return {
    key: SUMMARY_SHEET_KEY,
    name: SUMMARY_SHEET_NAME,
    kind: "summary",
    tabColor: TAB_COLOR.about,
    freezeRows: 0,
    protect: true,
    cells,
    tables,
  };
}
