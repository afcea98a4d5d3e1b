/**
 * The check-ins, 汇总 and print setup in the plan, and check-ins kept on re-inject: what a
 * statistician relies on — the 填报记录 table's columns and its ID list, indicator rows computing
 * from 采用值/采用日期 (never overwriting the typed 实际值), formulas that compute in Excel 2010+, WPS
 * and LibreOffice (no MAXIFS, XLOOKUP, dynamic arrays), counts over the native status column, A4
 * landscape print setup, and rows typed into 填报记录 surviving a re-inject.
 */
import { builtInCatalog } from "../../src/catalog";
import { STATUS_LABELS } from "../../src/core/target";
import { buildPlan } from "../../src/workbook";
import {
  CHECKIN_HEADERS,
  CHECKIN_SHEET_NAME,
  CHECKIN_TABLE,
  CI_NAMES,
  INDICATOR_CHECKIN_HEADERS,
  KNOWN_IDS_TABLE,
} from "../../src/workbook/checkins";
import { mergeTable } from "../../src/workbook/merge";
import { applyPlan } from "../../src/workbook/office/render";
import type { DualFormula, SheetPlan, TablePlan, WorkbookPlan } from "../../src/workbook/plan";
import { STATUS_COLUMNS, SUMMARY_STATUS_TABLE } from "../../src/workbook/summary";
import { isDualFormula } from "../../src/workbook/xlsx/render";
import { FakeExcel } from "./office/fakeExcel";

const catalog = builtInCatalog();
const ALL = catalog.sources.map((s) => s.id);
const plan = (ids: string[] = ALL, form: "addin" | "portable" = "portable"): WorkbookPlan =>
  buildPlan(catalog, ids, { form, reportDate: "2024-12-31" });
const tableOf = (p: WorkbookPlan, name: string): TablePlan =>
  p.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;

function formulas(s: SheetPlan): string[] {
  const out: string[] = [];
  const add = (f: DualFormula) => out.push(f.addin, ...(f.portable ? [f.portable] : []));
  for (const c of s.cells) if (isDualFormula(c.value)) add(c.value);
  for (const t of s.tables) {
    for (const c of t.columns) if (c.formula) add(c.formula);
    for (const r of t.rows) for (const v of Object.values(r.values)) if (isDualFormula(v)) add(v);
    for (const cf of t.conditionalFormats) add(cf.formula);
  }
  return out;
}

describe("the plan", () => {
  const p = plan();

  test("填报记录: one table with ID, 截至日期, 实际值, 备注, 填报单位 as inputs, the ID dropdown over the injected IDs", () => {
    const sheet = p.sheets.find((s) => s.name === CHECKIN_SHEET_NAME)!;
    const t = tableOf(p, CHECKIN_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual([...CHECKIN_HEADERS]);
    expect(t.columns.filter((c) => c.role === "input").map((c) => c.header)).toEqual([
      "ID",
      "截至日期",
      "实际值",
      "备注",
      "填报单位",
    ]);
    // No catalog rows: the user's rows are kept in order on re-inject (merge.ts).
    expect(t.rows).toEqual([]);
    expect(t.columns[0].validation).toEqual({ kind: "listRange", source: `=${CI_NAMES.knownIds}` });
    const known = tableOf(p, KNOWN_IDS_TABLE);
    const ids = known.rows.map((r) => r.key);
    expect(ids).toContain("DY-MFG-2024.01");
    expect(ids.length).toBe(
      catalog.indicators.filter((i) => ALL.includes(i.sourceId)).length +
        catalog.tasks.filter((x) => ALL.includes(x.sourceId)).length,
    );
    expect(sheet.protect).toBe(false);
  });

  test("indicator rows: 实际值/截至日期 stay inputs; 预期值, 缺口, 完成进度, 状态 read 采用值/采用日期", () => {
    const t = tableOf(p, "DB_Ind_DY_MFG_2024");
    const headers = t.columns.map((c) => c.header);
    expect(headers.slice(-5)).toEqual([...INDICATOR_CHECKIN_HEADERS]);
    expect(t.columns.find((c) => c.header === "实际值")!.role).toBe("input");
    expect(t.columns.find((c) => c.header === "截至日期")!.role).toBe("input");
    const letter = (h: string) => String.fromCharCode(65 + headers.indexOf(h));
    const [used, usedDate, typed] = [letter("采用值"), letter("采用日期"), letter("实际值")];
    const gap = t.columns.find((c) => c.header === "缺口")!.formula!;
    expect(gap.addin).toContain(`POLICY.GAPTOTARGET(${used}{r}`);
    expect(gap.portable).toContain(`${used}{r}`);
    expect(gap.portable).not.toContain(`${typed}{r}`);
    expect(t.columns.find((c) => c.header === "预期值")!.formula!.portable).toContain(`${usedDate}{r}`);
    // 采用值: the latest valid check-in, else the typed cell.
    expect(t.columns.find((c) => c.header === "采用值")!.formula!.portable).toBe(
      `=IF(ISNUMBER(MATCH(A{r}&"#1",${CI_NAMES.key},0)),INDEX(${CI_NAMES.value},MATCH(A{r}&"#1",${CI_NAMES.key},0)),IF(${typed}{r}="","",${typed}{r}))`,
    );
    expect(t.dataBars).toEqual([{ column: "完成进度", color: expect.stringMatching(/^#/) }]);
  });

  test("趋势 follows the direction: 越小越好 turns a rise into 变差", () => {
    const down = p.sheets
      .flatMap((s) => s.tables)
      .flatMap((t) => [t.columns.find((c) => c.header === "趋势")])
      .filter((c) => c?.formula)
      .map((c) => c!.formula!.portable!);
    expect(down.some((f) => f.includes("=TRUE,") || f.includes("NOT(ISNUMBER(FIND("))).toBe(true);
  });

  test("portable formulas: no MAXIFS/MINIFS, XLOOKUP, FILTER, LET or array formulas; both forms identical for check-ins", () => {
    for (const s of p.sheets.filter((x) => ["checkins", "summary", "indicators", "tasks"].includes(x.kind)))
      for (const f of formulas(s)) {
        expect(f).not.toMatch(/\b(MAXIFS|MINIFS|XLOOKUP|XMATCH|FILTER|UNIQUE|SORT|SEQUENCE|LET|LAMBDA)\(/i);
        expect(f.startsWith("{")).toBe(false);
      }
    const t = tableOf(p, CHECKIN_TABLE);
    for (const c of t.columns) if (c.formula) expect(c.formula.addin).toBe(c.formula.portable);
  });

  test("汇总 counts the engine's statuses in each table's native status column, never the POLICY column", () => {
    const t = tableOf(p, SUMMARY_STATUS_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual([
      "来源",
      "类别",
      "指标数",
      ...Object.values(STATUS_LABELS),
      "无数据",
      "达标或正常占比",
    ]);
    expect([...STATUS_COLUMNS]).toEqual(Object.values(STATUS_LABELS));
    const total = t.rows.find((r) => r.key === "DY-MFG-2024|合计")!;
    const behind = total.values["滞后"] as DualFormula;
    expect(behind.addin).toBe(behind.portable);
    expect(behind.portable).toBe('=COUNTIFS(DB_Ind_DY_MFG_2024_Id,"<>",DB_Ind_DY_MFG_2024_St,"滞后")');
    const ind = tableOf(p, "DB_Ind_DY_MFG_2024");
    expect(ind.names).toContainEqual(
      expect.objectContaining({ name: "DB_Ind_DY_MFG_2024_St", column: "状态（原生）" }),
    );
  });

  test("indicator, task, 汇总, bank, rule and calculator sheets print A4 landscape, one page wide, header rows repeated", () => {
    const printed = ["indicators", "tasks", "summary", "bank", "checkins", "rules", "calculator"];
    expect(printed.filter((k) => !p.sheets.some((s) => s.kind === k))).toEqual([]);
    for (const s of p.sheets) {
      if (printed.includes(s.kind)) {
        expect({ key: s.key, print: s.print }).toEqual({
          key: s.key,
          print: expect.objectContaining({ orientation: "landscape", paper: "A4", fitToWidth: 1 }),
        });
        expect(s.print!.titleRows).toBeGreaterThanOrEqual(3);
        // The live report date sits in row 1, repeated on every page with the print titles.
        expect(
          s.cells.some(
            (c) => /1$/.test(c.address) && isDualFormula(c.value) && c.value.portable!.includes("DB_ReportDate"),
          ),
        ).toBe(true);
      } else expect(s.print).toBeUndefined();
    }
  });
});

describe("re-inject keeps check-ins", () => {
  test("merge: the user's check-in rows are kept in order, with their typed cells", () => {
    const t = tableOf(plan(["DY-MFG-2024"]), CHECKIN_TABLE);
    const { table, report } = mergeTable(t, {
      headers: [...CHECKIN_HEADERS, "我的列"],
      rows: [
        { ID: "DY-MFG-2024.01", 截至日期: { date: "2024-03-31" }, 实际值: 800, 校验: { formula: "=…" }, 我的列: "x" },
        { ID: "DY-MFG-2024.01", 截至日期: { date: "2024-06-30" }, 实际值: 900, 备注: "上半年" },
        { ID: null, 截至日期: null, 实际值: null },
        { ID: "NOPE", 截至日期: "2024-13-01", 实际值: "abc" },
      ],
    });
    expect(table.rows.map((r) => [r.values.ID, r.values["实际值"]])).toEqual([
      ["DY-MFG-2024.01", 800],
      ["DY-MFG-2024.01", 900],
      ["NOPE", "abc"],
    ]);
    expect(table.rows[0].values["我的列"]).toBe("x");
    expect(report.kept).toBe(11);
  });

  test("office.js: rows typed into 填报记录 survive a re-inject, and one source stays within 3 syncs", async () => {
    const x = new FakeExcel();
    const p1 = buildPlan(catalog, ["DY-MFG-2024"], { form: "addin", reportDate: "2024-12-31" });
    const first = await applyPlan(x.context, p1, { form: "addin", supports: () => true });
    expect(first.syncs).toBeLessThanOrEqual(3);
    const t = x.table(CHECKIN_TABLE);
    x.typeInto(CHECKIN_SHEET_NAME, `A${t.top + 1}`, "DY-MFG-2024.01");
    x.typeInto(CHECKIN_SHEET_NAME, `B${t.top + 1}`, 45382);
    x.typeInto(CHECKIN_SHEET_NAME, `C${t.top + 1}`, 900);
    x.typeInto(CHECKIN_SHEET_NAME, `D${t.top + 1}`, "一季度");
    x.typeInto(CHECKIN_SHEET_NAME, `A${t.top + 2}`, "DY-MFG-2024.01");
    x.typeInto(CHECKIN_SHEET_NAME, `B${t.top + 2}`, 45473);
    x.typeInto(CHECKIN_SHEET_NAME, `C${t.top + 2}`, 950);
    const p2 = buildPlan(catalog, ["DY-MFG-2024"], { form: "addin", reportDate: "2024-12-31" });
    const second = await applyPlan(x.context, p2, { form: "addin", supports: () => true });
    expect(second.syncs).toBeLessThanOrEqual(3);
    const rows = x.tableRows(CHECKIN_TABLE).rows.filter((r) => r.ID);
    expect(rows.map((r) => [r.ID, r["截至日期"], r["实际值"], r["备注"] ?? null])).toEqual([
      ["DY-MFG-2024.01", 45382, 900, "一季度"],
      ["DY-MFG-2024.01", 45473, 950, null],
    ]);
    // The computed columns are ours again, the formula of the row.
    expect(String(rows[0]["序键"])).toMatch(/^=IF\(F\d+="有效"/);
    // Print setup and data bars went out with the writes.
    expect(x.sheet("指标·大冶制造强市三年行动").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$3",
      centerFooter: "第 &P 页，共 &N 页",
    });
    for (const [sheet, titleRows, header] of [
      ["奖补规则", "$1:$3", "奖补规则一览（金额单位：万元）"],
      ["奖补测算", "$1:$5", "奖补测算（金额单位：万元）"],
    ])
      expect(x.sheet(sheet).pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: titleRows,
        centerHeader: header,
        centerFooter: "第 &P 页，共 &N 页",
      });
    expect(x.sheet("指标·大冶制造强市三年行动").cfs.some((c) => c.type === "DataBar" && c.dataBar?.upper)).toBe(true);
  }, 120_000);
});
