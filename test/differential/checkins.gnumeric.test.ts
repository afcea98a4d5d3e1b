/**
 * Check-ins (填报记录) and the 汇总 sheet as Gnumeric computes them, against the engine: the portable
 * demo (sample check-ins over four quarters) plus bad check-ins of every kind the reporting cycle
 * names (unknown ID, a date after the report date, text in 实际值, two values for one ID and date) and
 * a few more a statistician types (a year as the date, a lower-case ID, a task's blank or misspelt
 * 完成情况, TRUE, numeric text, a date typed as text, values with all 17 digits, an ID with * or ?), and
 * categories given as "" or with spaces, is recalculated by Gnumeric in one ssconvert run, and
 * - 校验 says what the engine's rule (src/core/checkins.ts) says of every check-in row;
 * - each indicator row's 采用值 / 采用日期 / 来源 / 上期值 / 趋势 / 缺口 / 完成进度 / 状态（原生） and each
 *   task row's 最新进展 / 采用完成情况 / 逾期 equal what the engine reads from the same file
 *   (src/workbook/read: no computed values there, so it applies the check-ins itself);
 * - 汇总's counts, shares, completion rates and ranks equal the engine's progress summary
 *   (src/core/progress.ts), which the 通报 and the pane's board show.
 * test/workbook/xlsx/checkins.libreoffice.test.ts checks the same file kind in LibreOffice; with this,
 * the formulas are checked in the two engines there are besides Excel.
 *
 * Needs Gnumeric (ssconvert): fails on CI when missing, skips with a reason elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { checkCheckins, latestCheckins, type CheckinCheck, type KnownKind } from "../../src/core/checkins";
import { NO_CATEGORY, NO_UNIT, STATUS_ORDER, summarizeProgress, type CountGroup } from "../../src/core/progress";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import { buildPlan } from "../../src/workbook";
import { parseAddress } from "../../src/workbook/a1";
import {
  CHECKIN_PROBLEMS,
  CHECKIN_TABLE,
  CHECKIN_VALID,
  SOURCE_LABELS,
  TREND_LABELS,
} from "../../src/workbook/checkins";
import { NATIVE_STATUS_HEADER } from "../../src/workbook/indicators";
import type { CellValue, TablePlan, WorkbookPlan } from "../../src/workbook/plan";
import { loadWorkbookForReading, readProgressRows } from "../../src/workbook/read";
import {
  ALL_LABEL,
  NO_DATA,
  NO_LEAD_UNIT,
  STATUS_COLUMNS,
  SUMMARY_STATUS_TABLE,
  SUMMARY_UNITS_TABLE,
  TOTAL_LABEL,
  UNCATEGORIZED,
} from "../../src/workbook/summary";
import { renderXlsx } from "../../src/workbook/xlsx/render";
import { csvValue, same, show } from "../support/differential";
import type { XlValue } from "../support/excelFormula";
import { findSsconvert, recalcWithGnumeric } from "../support/gnumeric";
import { requireBinary } from "../support/libreoffice";

const ssconvert = findSsconvert();
const maybe = requireBinary("Gnumeric (ssconvert)", ssconvert) ? describe : describe.skip;

const REPORT_DATE = "2024-12-31";
const serial = (iso: string) =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 864e5;
const asSheet = (v: CellValue | undefined): unknown =>
  v && typeof v === "object" && "date" in v ? serial(v.date) : (v ?? null);

/**
 * Bad and unusual check-ins, on IDs the demo's samples leave alone (so that each row's effect is
 * visible) and on the first sample rows (so that a bad row meets valid ones).
 */
function addCheckins(plan: WorkbookPlan, catalog: ReturnType<typeof builtInCatalog>): TablePlan {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === CHECKIN_TABLE)!;
  const sampled = new Set(table.rows.map((r) => String(r.values.ID)));
  const ind = catalog.indicators.filter((i) => !sampled.has(i.id) && i.sourceId === "DY-MFG-2024").map((i) => i.id);
  const task = catalog.tasks.filter((t) => !sampled.has(t.id)).map((t) => t.id);
  const [a, b] = [table.rows[0].values, table.rows[5].values];
  const d = (iso: string) => ({ date: iso });
  const rows: Record<string, CellValue>[] = [
    // What the reporting cycle names.
    { ID: "NO-SUCH-ID", 截至日期: d("2024-06-30"), 实际值: 1 },
    { ID: a.ID as string, 截至日期: d("2025-03-31"), 实际值: 99999 },
    { ID: a.ID as string, 截至日期: d("2024-05-31"), 实际值: "约12" },
    { ID: a.ID as string, 截至日期: a["截至日期"] as CellValue, 实际值: 12345 },
    { ID: b.ID as string, 截至日期: b["截至日期"] as CellValue, 实际值: b["实际值"] as CellValue },
    { ID: null, 截至日期: d("2024-06-30"), 实际值: 5 },
    // Values with all 17 significant digits (pasted from a computed column): used, not in conflict.
    { ID: ind[0], 截至日期: d("2024-03-31"), 实际值: 10 / 3 },
    { ID: ind[0], 截至日期: d("2024-06-30"), 实际值: 0.1 + 0.2 },
    // A lower-case ID is the same ID.
    { ID: ind[1], 截至日期: d("2024-03-31"), 实际值: 1.5 },
    { ID: ind[1].toLowerCase(), 截至日期: d("2024-06-30"), 实际值: 2.5 },
    // A year is that year's 31 December: a second value for that day is a conflict.
    { ID: ind[2], 截至日期: 2024, 实际值: 7 },
    { ID: ind[2], 截至日期: d("2024-12-31"), 实际值: 8 },
    // A year alone, used.
    { ID: ind[3], 截至日期: 2023, 实际值: 40 },
    { ID: ind[3], 截至日期: d("2024-09-30"), 实际值: 40 },
    // TRUE, numeric text, a date typed as text.
    { ID: ind[4], 截至日期: d("2024-06-30"), 实际值: true },
    { ID: ind[4], 截至日期: d("2024-09-30"), 实际值: "12" },
    { ID: ind[4], 截至日期: "2024-10-31", 实际值: 12 },
    // An ID with a trailing space is unknown; so is a pattern (COUNTIF would read * and ? as wildcards
    // and let it pass as a known ID, then use it nowhere).
    { ID: `${ind[5]} `, 截至日期: d("2024-06-30"), 实际值: 4 },
    { ID: `${ind[5].slice(0, -2)}*`, 截至日期: d("2024-06-30"), 实际值: 4 },
    { ID: `${ind[6].slice(0, -1)}?`, 截至日期: d("2024-09-30"), 实际值: 5 },
    { ID: "*", 截至日期: d("2024-09-30"), 实际值: 6 },
    // Tasks: a blank 完成情况 twice on one day (a repeat), blank and 推进中 on one day (a conflict), a
    // word that is not a state, and a valid note that is used.
    { ID: task[0], 截至日期: d("2024-06-30"), 实际值: null, 备注: "已召开推进会" },
    { ID: task[0], 截至日期: d("2024-06-30"), 实际值: null, 备注: "重复填报" },
    { ID: task[1], 截至日期: d("2024-06-30"), 实际值: null, 备注: "甲" },
    { ID: task[1], 截至日期: d("2024-06-30"), 实际值: "推进中", 备注: "乙" },
    { ID: task[2], 截至日期: d("2024-06-30"), 实际值: "完成", 备注: "丙" },
    { ID: task[3], 截至日期: d("2024-09-30"), 实际值: "已完成", 备注: "已通过验收" },
  ];
  table.rows.push(...rows.map((values, i) => ({ key: `added-${i}`, values })));
  return table;
}

maybe("check-ins and 汇总 recalculated by Gnumeric equal the engine", () => {
  test("portable demo with bad check-ins", async () => {
    // A catalog of one's own may give a category as "" or with spaces: such rows count under
    // （未分类） or their trimmed category, in the sheet as in the engine.
    const catalog = structuredClone(builtInCatalog());
    const own = catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024");
    own[0].category = "";
    own[1].category = `  ${own[1].category} `;
    own[2].category = "  ";
    const plan = fillSampleActuals(
      catalog,
      buildPlan(
        catalog,
        catalog.sources.map((s) => s.id),
        { form: "portable", reportDate: REPORT_DATE },
      ),
      REPORT_DATE,
    );
    const ciTable = addCheckins(plan, catalog);
    const bytes = await renderXlsx(plan, { form: "portable" });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-gnumeric-checkins-"));
    let sheets: string[][][];
    try {
      const file = path.join(dir, "portable.xlsx");
      fs.writeFileSync(file, bytes);
      sheets = await recalcWithGnumeric(file, ssconvert, { raw: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // The embedded catalog sheet comes last, after the plan's sheets.
    expect(sheets.length).toBeGreaterThanOrEqual(plan.sheets.length);

    const sheetIndex = new Map(plan.sheets.flatMap((s, i) => s.tables.map((t) => [t, i] as const)));
    const gnumeric = (t: TablePlan, i: number, header: string): XlValue => {
      const a = parseAddress(t.anchor);
      const j = t.columns.findIndex((c) => c.header === header);
      if (j < 0) throw new Error(`no ${header} in ${t.name}`);
      return csvValue(sheets[sheetIndex.get(t)!][a.row + i]?.[a.col - 1 + j]);
    };
    const mismatches: string[] = [];
    const expectSame = (what: string, got: XlValue, want: XlValue) => {
      if (!same(got, want)) mismatches.push(`${what}: Gnumeric ${show(got)} ≠ engine ${show(want)}`);
    };

    // 校验 of every check-in row.
    const known = new Map<string, KnownKind>([
      ...catalog.indicators.map((i) => [i.id.toUpperCase(), "indicator"] as const),
      ...catalog.tasks.map((t) => [t.id.toUpperCase(), "task"] as const),
    ]);
    const inputs = ciTable.rows.map((r) => ({
      id: asSheet(r.values.ID as CellValue),
      date: asSheet(r.values["截至日期"] as CellValue),
      value: asSheet(r.values["实际值"] as CellValue),
      note: asSheet(r.values["备注"] as CellValue),
    }));
    const word: Record<CheckinCheck, string> = { ...CHECKIN_PROBLEMS, valid: CHECKIN_VALID, blank: "" };
    const checks = checkCheckins(inputs, serial(REPORT_DATE), known).map((c) => word[c]);
    checks.forEach((want, i) => expectSame(`填报记录 row ${i + 1} 校验`, gnumeric(ciTable, i, "校验"), want));
    // Every kind of problem is among the rows.
    for (const p of Object.values(CHECKIN_PROBLEMS)) expect(checks).toContain(p);
    expect(checks.filter((c) => c === CHECKIN_VALID).length).toBeGreaterThan(100);

    // The engine's reading of the same file (no computed values: the engine applies the check-ins).
    const engine = readProgressRows(await loadWorkbookForReading(bytes, "portable.xlsx"));
    expect(engine.computedRows).toBeGreaterThan(100);
    const latest = latestCheckins(inputs, serial(REPORT_DATE), known);
    const rowsById = new Map(engine.indicators.map((r) => [r.id, r]));
    const trendWord = (t: keyof typeof TREND_LABELS | null | undefined) => (t ? TREND_LABELS[t] : "");
    let withTrend = 0;
    for (const sheet of plan.sheets.filter((s) => s.kind === "indicators")) {
      const t = sheet.tables[0];
      t.rows.forEach((row, i) => {
        const e = rowsById.get(row.key)!;
        const ci = latest.get(row.key.toUpperCase());
        const typed = (h: string) => (asSheet(row.values[h] as CellValue) ?? "") as XlValue;
        const got = (h: string) => gnumeric(t, i, h);
        expectSame(`${row.key} 采用值`, got("采用值"), ci ? (ci.latest.value as XlValue) : typed("实际值"));
        expectSame(`${row.key} 采用值 (read)`, got("采用值"), e.actual ?? typed("实际值"));
        expectSame(`${row.key} 采用日期`, got("采用日期"), ci ? ci.latest.date : typed("截至日期"));
        expectSame(
          `${row.key} 来源`,
          got("来源"),
          ci ? SOURCE_LABELS.checkin : typed("实际值") === "" ? "" : SOURCE_LABELS.row,
        );
        expectSame(`${row.key} 上期值`, got("上期值"), e.previous ?? "");
        expectSame(`${row.key} 趋势`, got("趋势"), trendWord(e.trend));
        if (e.trend) withTrend++;
        if (e.status !== null) {
          expectSame(`${row.key} 状态（原生）`, got(NATIVE_STATUS_HEADER), e.status);
          expectSame(`${row.key} 缺口`, got("缺口"), e.gap);
          expectSame(`${row.key} 完成进度`, got("完成进度"), e.progress);
        } else if ((STATUS_COLUMNS as readonly XlValue[]).includes(got(NATIVE_STATUS_HEADER)))
          mismatches.push(`${row.key} 状态（原生）: Gnumeric ${show(got(NATIVE_STATUS_HEADER))}, engine no status`);
      });
    }
    expect(withTrend).toBeGreaterThan(20);

    const tasksById = new Map(engine.tasks.map((r) => [r.id, r]));
    let fromCheckins = 0;
    for (const sheet of plan.sheets.filter((s) => s.kind === "tasks")) {
      const t = sheet.tables[0];
      t.rows.forEach((row, i) => {
        const e = tasksById.get(row.key)!;
        if (latest.has(row.key.toUpperCase())) fromCheckins++;
        expectSame(`${row.key} 采用完成情况`, gnumeric(t, i, "采用完成情况"), e.state ?? "");
        expectSame(`${row.key} 最新进展`, gnumeric(t, i, "最新进展"), e.note);
        expectSame(`${row.key} 逾期`, gnumeric(t, i, "逾期") !== "", e.overdue);
      });
    }
    expect(fromCheckins).toBeGreaterThan(5);

    // 汇总: the engine's progress summary over the same rows.
    const summary = summarizeProgress(engine.indicators, engine.tasks, REPORT_DATE);
    // The engine's buckets are the sheet's status columns.
    expect([...STATUS_COLUMNS, NO_DATA]).toEqual([...STATUS_ORDER]);
    const st = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === SUMMARY_STATUS_TABLE)!;
    st.rows.forEach((row, i) => {
      const source = summary.bySource.find((g) => g.label === row.values["来源"]);
      const category = row.values["类别"] === UNCATEGORIZED ? NO_CATEGORY : row.values["类别"];
      const group: CountGroup | undefined =
        row.values["来源"] === ALL_LABEL
          ? summary.indicators
          : category === TOTAL_LABEL
            ? source
            : source?.categories.find((c) => c.label === category);
      if (!group) {
        mismatches.push(`汇总 ${row.key}: no such group in the engine's summary`);
        return;
      }
      expectSame(`汇总 ${row.key} 指标数`, gnumeric(st, i, "指标数"), group.total);
      for (const label of STATUS_ORDER)
        expectSame(`汇总 ${row.key} ${label}`, gnumeric(st, i, label), group.counts[label]);
      expectSame(`汇总 ${row.key} 达标或正常占比`, gnumeric(st, i, "达标或正常占比"), group.onTrackShare ?? "");
    });
    const ut = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === SUMMARY_UNITS_TABLE)!;
    ut.rows.forEach((row, i) => {
      const name = String(row.values["牵头单位"]);
      const u = summary.units.find((x) => x.unit === (name === NO_LEAD_UNIT ? NO_UNIT : name));
      if (!u) {
        mismatches.push(`汇总 unit ${name}: not in the engine's ranking`);
        return;
      }
      expectSame(`汇总 ${name} 任务数`, gnumeric(ut, i, "任务数"), u.total);
      expectSame(`汇总 ${name} 已完成`, gnumeric(ut, i, "已完成"), u.done);
      expectSame(`汇总 ${name} 推进中`, gnumeric(ut, i, "推进中"), u.inProgress);
      expectSame(`汇总 ${name} 逾期`, gnumeric(ut, i, "逾期"), u.overdue);
      expectSame(`汇总 ${name} 完成率`, gnumeric(ut, i, "完成率"), u.completionRate);
      expectSame(`汇总 ${name} 排名`, gnumeric(ut, i, "排名"), u.rank);
    });
    expect(st.rows.map((r) => r.values["类别"])).toContain(UNCATEGORIZED);
    expect(ut.rows.length).toBe(summary.units.length);
    expect(new Set(summary.units.map((u) => u.rank)).size).toBeGreaterThan(2);

    expect(mismatches).toEqual([]);
  }, 120_000);
});
