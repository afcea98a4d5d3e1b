/**
 * The 说明 sheet: what the workbook is, the report date (the one input cell every expected value and
 * overdue check reads, named DB_ReportDate), the catalog version and formula form, the sources
 * included, the colour legend (coloured by the same kind of native conditional formats), and the
 * reading notes of every entry shown (docs/CATALOG.md, "Reading decisions": a known inconsistency is shown where the
 * entry is).
 */
import type { Catalog, Source } from "../core/schema";
import { yearPositionFormula } from "../core/native/target";
import { OVERDUE_LABEL } from "../core/tasks";
import { CELL_FILL } from "./fills";
import {
  REPORT_DATE_NAME,
  REPORT_POINT_NAME,
  STATUS_STYLE,
  TAB_COLOR,
  TableLayout,
  sameInBothForms,
  tableName,
} from "./layout";
import type { CellValue, ConditionalFormatPlan, FormulaForm, RowPlan, SheetPlan } from "./plan";

export const PRODUCT_NAME = "对标 Duibiao";
export const REPORT_DATE_CELL = "B3";

const LEGEND: { label: string; meaning: string; fill: string; fontColor?: string }[] = [
  {
    label: "滞后",
    meaning: "落后于按进度应达到的水平，超出容差 / Behind the expected path beyond the tolerance",
    ...STATUS_STYLE.滞后,
  },
  {
    label: "预警",
    meaning: "落后于应达到的水平，在容差以内 / Slightly behind (within the tolerance)",
    ...STATUS_STYLE.预警,
  },
  { label: "已达标", meaning: "已达到目标 / Target met", ...STATUS_STYLE.已达标 },
  {
    label: OVERDUE_LABEL,
    meaning: "任务截止日期早于报告日期且未完成 / Task due before the report date, not done",
    ...STATUS_STYLE.滞后,
  },
  {
    label: "输入列",
    meaning: "黄色：请填写（重新注入时保留） / Yellow: type here (kept on re-inject)",
    fill: CELL_FILL.input,
  },
];

/** Reading notes of the entries of these sources (indicators, tasks, rules, rubric items). */
function notesOf(catalog: Catalog, ids: Set<string>): { id: string; note: string }[] {
  const out: { id: string; note: string }[] = [];
  const add = (id: string, notes: string[]) => notes.forEach((note) => out.push({ id, note }));
  for (const s of catalog.sources) if (ids.has(s.id)) add(s.id, s.notes);
  for (const i of catalog.indicators) if (ids.has(i.sourceId)) add(i.id, i.notes);
  for (const t of catalog.tasks) if (ids.has(t.sourceId)) add(t.id, t.notes);
  for (const r of catalog.rules) if (ids.has(r.sourceId)) add(r.id, r.notes);
  for (const rb of catalog.rubrics) if (ids.has(rb.sourceId)) rb.items.forEach((it) => add(it.id, it.notes));
  return out;
}

export function buildAboutSheet(
  catalog: Catalog,
  sources: Source[],
  options: { form: FormulaForm; reportDate: CellValue },
): SheetPlan {
  const ids = new Set(sources.map((s) => s.id));
  const srcTable = new TableLayout(
    "A10",
    ["来源ID", "文件", "文号", "地区", "内容"].map((header) => ({ header })),
  );
  const legendRow = srcTable.firstDataRow + sources.length + 2;
  const legend = new TableLayout(
    `A${legendRow + 1}`,
    ["标识", "含义"].map((header) => ({ header })),
  );
  const notes = notesOf(catalog, ids);
  const notesRow = legend.firstDataRow + LEGEND.length + 2;
  const notesTable = new TableLayout(
    `A${notesRow + 1}`,
    ["条目ID", "说明"].map((header) => ({ header })),
  );

  const KIND_ZH = { indicators: "指标", tasks: "任务", rules: "奖补规则", rubric: "考评办法" } as const;
  const legendCf: ConditionalFormatPlan[] = LEGEND.map((l) => ({
    columns: ["标识"],
    formula: sameInBothForms(`=${legend.rowCell("标识")}="${l.label}"`),
    fill: l.fill,
    fontColor: l.fontColor,
    label: l.label,
  }));

  const tables: SheetPlan["tables"] = [
    {
      name: tableName("About", "Sources"),
      anchor: srcTable.anchor,
      keyColumn: "来源ID",
      columns: [
        { header: "来源ID", role: "catalog", width: 20 },
        { header: "文件", role: "catalog", width: 60 },
        { header: "文号", role: "catalog", width: 20 },
        { header: "地区", role: "catalog", width: 8 },
        { header: "内容", role: "catalog", width: 20 },
      ],
      rows: sources.map((s): RowPlan => ({
        key: s.id,
        values: {
          来源ID: s.id,
          文件: s.title,
          文号: s.docNumber ?? null,
          地区: s.region,
          内容: s.kinds.map((k) => KIND_ZH[k]).join("、"),
        },
      })),
      conditionalFormats: [],
    },
    {
      name: tableName("Legend"),
      anchor: legend.anchor,
      keyColumn: "标识",
      columns: [
        { header: "标识", role: "catalog", width: 20 },
        { header: "含义", role: "catalog", width: 60 },
      ],
      rows: LEGEND.map((l) => ({ key: l.label, values: { 标识: l.label, 含义: l.meaning } })),
      conditionalFormats: legendCf,
    },
  ];
  if (notes.length)
    tables.push({
      name: tableName("Notes"),
      anchor: notesTable.anchor,
      keyColumn: "条目ID",
      keyColumns: ["条目ID", "说明"],
      columns: [
        { header: "条目ID", role: "catalog", width: 20 },
        { header: "说明", role: "catalog", width: 100 },
      ],
      rows: notes.map((n) => ({ key: `${n.id}|${n.note}`, values: { 条目ID: n.id, 说明: n.note } })),
      conditionalFormats: [],
    });

  return {
    key: "about",
    name: "说明",
    kind: "about",
    tabColor: TAB_COLOR.about,
    freezeRows: 0,
    protect: true,
    cells: [
      { address: "A1", value: `${PRODUCT_NAME}：政策目标对标与奖补测算`, role: "catalog", bold: true },
      {
        address: "A2",
        value:
          "改“报告日期”，各指标的预期值、状态和任务逾期随之更新。/ Change the report date and every sheet moves with it.",
        role: "catalog",
      },
      { address: "A3", value: "报告日期 Report date", role: "catalog", bold: true },
      {
        address: REPORT_DATE_CELL,
        value: options.reportDate,
        role: "input",
        numberFormat: "[<10000]0;yyyy-mm-dd",
        name: REPORT_DATE_NAME,
      },
      { address: "C3", value: "日期或年份（2024 表示 2024 年末） / A date, or a year (its end)", role: "catalog" },
      { address: "A4", value: "报告时点（年） Report point", role: "catalog" },
      {
        address: "B4",
        value: sameInBothForms(`=${yearPositionFormula(REPORT_DATE_CELL)}`),
        role: "computed",
        numberFormat: "0.000",
        name: REPORT_POINT_NAME,
      },
      {
        address: "C4",
        value: "报告日期在年度中的位置（2024.5 约为 2024 年年中） / Where the report date falls in its year",
        role: "catalog",
      },
      { address: "A5", value: "目录版本 Catalog version", role: "catalog" },
      { address: "B5", value: catalog.version, role: "catalog" },
      { address: "A6", value: "公式形式 Formulas", role: "catalog" },
      {
        address: "B6",
        value:
          options.form === "addin"
            ? "加载项函数（POLICY.*），需要对标加载项 / POLICY.* functions (needs the add-in)"
            : "原生公式（便携版），无需加载项 / Native formulas (portable, no add-in needed)",
        role: "catalog",
      },
      {
        address: "A7",
        value: "本工作簿内嵌所用目录，同事打开时按同一目录计算。/ The catalog used is stored in this workbook.",
        role: "catalog",
      },
      { address: `A${srcTable.headerRow - 1}`, value: "政策文件 Sources", role: "catalog", bold: true },
      { address: `A${legendRow}`, value: "颜色说明 Legend", role: "catalog", bold: true },
      ...(notes.length
        ? [
            {
              address: `A${notesRow}`,
              value: "条目说明（含原文不一致之处） Notes",
              role: "catalog" as const,
              bold: true,
            },
          ]
        : []),
    ],
    tables,
  };
}
