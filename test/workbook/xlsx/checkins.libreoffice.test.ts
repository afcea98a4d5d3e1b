/**
 * Check-ins and the 汇总 sheet as LibreOffice computes them, against an independent reference written
 * here in TypeScript and against the engine: the portable demo (sample check-ins over four quarters)
 * plus bad check-ins of every kind is recalculated by LibreOffice, then
 * - 校验 flags exactly the bad rows (unknown ID, date after the report date, text in 实际值, two values
 *   for one ID and date, a repeat) and says 有效 for the rest;
 * - each indicator row's 采用值 / 采用日期 / 来源 / 上期值 / 趋势 and each task row's 采用完成情况 equal
 *   the reference (latest valid check-in, else the typed cell; flagged rows never used);
 * - 汇总's counts equal counts of the engine's STATUS over the same rows, and its per-unit task counts
 *   equal counts over the task tables.
 * The file also passes the OOXML structure check, with print setup and data bars in place.
 *
 * Needs LibreOffice (soffice): fails on CI when missing, skips with a reason elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { builtInCatalog } from "../../../src/catalog";
import { STATUS_LABELS } from "../../../src/core/target";
import { checkCheckins, type CheckinCheck, type KnownKind } from "../../../src/core/checkins";
import { loadWorkbookForReading, readProgressRows } from "../../../src/workbook/read";
import { fillSampleActuals } from "../../../src/demo/sampleActuals";
import { buildPlan } from "../../../src/workbook";
import { fillRow, parseAddress } from "../../../src/workbook/a1";
import { CHECKIN_PROBLEMS, CHECKIN_TABLE, CHECKIN_VALID } from "../../../src/workbook/checkins";
import type { CellValue, DualFormula, TablePlan, WorkbookPlan } from "../../../src/workbook/plan";
import { NO_DATA, STATUS_COLUMNS, SUMMARY_STATUS_TABLE, SUMMARY_UNITS_TABLE } from "../../../src/workbook/summary";
import { buildXlsxWorkbook, isDualFormula, renderXlsx } from "../../../src/workbook/xlsx/render";
import { evaluator, XlError, type XlValue } from "../../support/excelFormula";
import { convertWithLibreOffice, findSoffice, requireBinary } from "../../support/libreoffice";
import { checkXlsx } from "../../support/ooxmlCheck";
import { policyFunctions } from "../../support/policyFunctions";
import { cellScalar, definedNames, loadXlsx, sheetCells } from "../../support/xlsxRead";

const soffice = findSoffice();
const run = requireBinary("LibreOffice (soffice)", soffice);
const maybe = run ? describe : describe.skip;

const REPORT_DATE = "2024-12-31";
const serial = (iso: string) =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 864e5;

interface CheckinRow {
  id: CellValue;
  date: CellValue;
  value: CellValue;
  note: CellValue;
}

/** The reference: what 校验 should say of each row, and each ID's valid check-ins, latest first. */
function reference(rows: CheckinRow[], kinds: Map<string, string>, report: number) {
  const point = (d: CellValue): number | null => {
    if (d && typeof d === "object") return serial(d.date);
    if (typeof d === "number" && Number.isInteger(d) && d >= 1900 && d <= 9999) return serial(`${d}-12-31`);
    return null;
  };
  const same = (a: CellValue, b: CellValue) => (a ?? "") === (b ?? "");
  const checks = rows.map((r, i) => {
    if (r.id === null && r.date === null && r.value === null) return "";
    if (r.id === null || r.id === "") return CHECKIN_PROBLEMS.noId;
    const kind = kinds.get(String(r.id));
    if (!kind) return CHECKIN_PROBLEMS.unknownId;
    const p = point(r.date);
    if (p === null) return CHECKIN_PROBLEMS.badDate;
    if (p > report) return CHECKIN_PROBLEMS.afterReport;
    if (kind === "任务") {
      if (!(r.value === null || ["未开始", "推进中", "已完成"].includes(String(r.value))))
        return CHECKIN_PROBLEMS.badTaskValue;
    } else if (typeof r.value !== "number") return CHECKIN_PROBLEMS.notNumber;
    const sameDay = rows.filter((o) => o.id === r.id && point(o.date) === p);
    if (sameDay.some((o) => !same(o.value, r.value))) return CHECKIN_PROBLEMS.conflict;
    if (rows.slice(0, i).some((o) => o.id === r.id && point(o.date) === p)) return CHECKIN_PROBLEMS.duplicate;
    return CHECKIN_VALID;
  });
  const byId = new Map<string, { row: CheckinRow; point: number }[]>();
  rows.forEach((r, i) => {
    if (checks[i] !== CHECKIN_VALID) return;
    const list = byId.get(String(r.id)) ?? [];
    list.push({ row: r, point: point(r.date)! });
    byId.set(String(r.id), list);
  });
  for (const list of byId.values()) list.sort((a, b) => b.point - a.point);
  return { checks, byId };
}

/** Bad check-ins of every kind, and the plan's check-in table they go into. */
function withBadCheckins(plan: WorkbookPlan): { table: TablePlan; firstBad: number } {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === CHECKIN_TABLE)!;
  const [a, b] = [table.rows[0].values, table.rows[5].values];
  const firstBad = table.rows.length;
  const bad: Record<string, CellValue>[] = [
    { ID: "NO-SUCH-ID", 截至日期: { date: "2024-06-30" }, 实际值: 1 }, // unknown ID
    { ID: a.ID as string, 截至日期: { date: "2025-03-31" }, 实际值: 99999 }, // after the report date
    { ID: a.ID as string, 截至日期: { date: "2024-05-31" }, 实际值: "约12" }, // text in 实际值
    { ID: a.ID as string, 截至日期: a["截至日期"] as CellValue, 实际值: 12345 }, // a second value for a date
    { ID: b.ID as string, 截至日期: b["截至日期"] as CellValue, 实际值: b["实际值"] as CellValue }, // a repeat
    { ID: null, 截至日期: { date: "2024-06-30" }, 实际值: 5 }, // no ID
  ];
  table.rows.push(...bad.map((values, i) => ({ key: `bad-${i}`, values })));
  return { table, firstBad };
}

const blank = (x: XlValue) => x === null || x === "";
function same(a: XlValue, b: XlValue): boolean {
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof XlError || b instanceof XlError)
    return a instanceof XlError && b instanceof XlError && a.code === b.code;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

maybe("check-ins and 汇总 recalculated by LibreOffice equal the reference and the engine", () => {
  test("portable demo with bad check-ins", async () => {
    const catalog = builtInCatalog();
    const ids = catalog.sources.map((s) => s.id);
    const plan = fillSampleActuals(
      catalog,
      buildPlan(catalog, ids, { form: "portable", reportDate: REPORT_DATE }),
      REPORT_DATE,
    );
    const { table: ciTable, firstBad } = withBadCheckins(plan);
    // A bare year typed in 截止日期 means that year's 31 December (not a 1905 serial).
    const yearTasks = plan.sheets.find((s) => s.kind === "tasks")!.tables[0];
    const [byYearEnd, byLastYear] = [yearTasks.rows.length - 1, yearTasks.rows.length - 2];
    yearTasks.rows[byYearEnd].values["截止日期"] = 2024; // due on the report date: not overdue
    yearTasks.rows[byLastYear].values["截止日期"] = 2023; // due a year before: overdue unless done
    // A row typed without any check-in keeps its typed value (来源 本行).
    const wb0 = await buildXlsxWorkbook(plan, { form: "portable" });
    const names = wb0.worksheets.map((w) => w.name);
    const bytes = await renderXlsx(plan, { form: "portable" });
    expect(await checkXlsx(bytes)).toEqual([]);

    // Print setup and data bars are in the file.
    const zip = await JSZip.loadAsync(bytes);
    const indIndex = plan.sheets.findIndex((s) => s.kind === "indicators");
    const indXml = await zip.file(`xl/worksheets/sheet${indIndex + 1}.xml`)!.async("string");
    expect(indXml).toMatch(
      /<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"|<pageSetup[^>]*orientation="landscape"[^>]*paperSize="9"/,
    );
    expect(indXml).toMatch(/fitToWidth="1"/);
    expect(indXml).toMatch(/<fitToPage\b|fitToPage="1"/);
    expect(indXml).toMatch(/<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页<\/oddFooter>/);
    expect(indXml).toMatch(
      /<cfRule type="dataBar"[^>]*>\s*<dataBar>\s*<cfvo type="num" val="0"\/>\s*<cfvo type="num" val="1"\/>/,
    );
    expect(indXml).not.toMatch(/x14:dataBar/);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(wbXml).toMatch(/_xlnm\.Print_Titles/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-checkins-"));
    const file = path.join(dir, "portable.xlsx");
    fs.writeFileSync(file, bytes);
    const converted = convertWithLibreOffice(file, "xlsx", soffice!);
    const convertedBytes = fs.readFileSync(converted);
    const recalculated = await loadXlsx(convertedBytes);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(path.dirname(converted), { recursive: true, force: true });

    const sheetOf = (t: TablePlan) => {
      const i = plan.sheets.findIndex((s) => s.tables.includes(t));
      return recalculated.getWorksheet(names[i])!;
    };
    const read = (t: TablePlan, i: number, header: string): XlValue => {
      const a = parseAddress(t.anchor);
      const j = t.columns.findIndex((c) => c.header === header);
      if (j < 0) throw new Error(`no ${header} in ${t.name}`);
      return cellScalar(sheetOf(t).getCell(a.row + 1 + i, a.col + j));
    };

    expect(read(yearTasks, byYearEnd, "逾期")).toBe("");
    expect(read(yearTasks, byLastYear, "逾期")).toBe(
      read(yearTasks, byLastYear, "采用完成情况") === "已完成" ? "" : "逾期",
    );

    // 校验.
    const kinds = new Map<string, string>();
    for (const i of catalog.indicators) kinds.set(i.id, "指标");
    for (const t of catalog.tasks) kinds.set(t.id, "任务");
    const rows: CheckinRow[] = ciTable.rows.map((r) => ({
      id: (r.values.ID ?? null) as CellValue,
      date: (r.values["截至日期"] ?? null) as CellValue,
      value: (r.values["实际值"] ?? null) as CellValue,
      note: (r.values["备注"] ?? null) as CellValue,
    }));
    const ref = reference(rows, kinds, serial(REPORT_DATE));
    const checks = rows.map((_, i) => read(ciTable, i, "校验"));
    expect(checks).toEqual(ref.checks);
    // Every kind of bad input is among the rows, flagged (the first sample row is in a conflict too).
    const flagged = checks.slice(firstBad);
    for (const p of [
      CHECKIN_PROBLEMS.unknownId,
      CHECKIN_PROBLEMS.afterReport,
      CHECKIN_PROBLEMS.notNumber,
      CHECKIN_PROBLEMS.conflict,
      CHECKIN_PROBLEMS.duplicate,
      CHECKIN_PROBLEMS.noId,
    ])
      expect(flagged).toContain(p);
    expect(checks[0]).toBe(CHECKIN_PROBLEMS.conflict);

    // The engine's rule (src/core/checkins.ts, used where a file has no computed values) says the same.
    const known = new Map<string, KnownKind>(
      [...kinds].map(([id, k]) => [id.toUpperCase(), k === "任务" ? "task" : "indicator"]),
    );
    const asSheet = (v: CellValue) => (v && typeof v === "object" && "date" in v ? serial(v.date) : v);
    const word: Record<CheckinCheck, string> = { ...CHECKIN_PROBLEMS, valid: CHECKIN_VALID, blank: "" };
    const engineChecks = checkCheckins(
      rows.map((r) => ({ id: asSheet(r.id), date: asSheet(r.date), value: asSheet(r.value), note: asSheet(r.note) })),
      serial(REPORT_DATE),
      known,
    ).map((c) => word[c]);
    expect(engineChecks).toEqual(checks);

    // The 通报's reader: the file as rendered (no computed values: the engine applies the check-ins)
    // reads the same 采用值, 上期值, 趋势, 状态 and task states as the file LibreOffice computed.
    const engineRead = readProgressRows(await loadWorkbookForReading(bytes, "portable.xlsx"));
    const loRead = readProgressRows(await loadWorkbookForReading(convertedBytes, "portable.xlsx"));
    expect(engineRead.computedRows).toBeGreaterThan(100);
    expect(loRead.computedRows).toBe(0);
    const pick = (r: (typeof loRead.indicators)[number]) =>
      [r.id, r.actual, r.previous, r.trend, r.status].map((x) =>
        typeof x === "number" ? Number(x.toPrecision(12)) : x,
      );
    expect(engineRead.indicators.map(pick)).toEqual(loRead.indicators.map(pick));
    expect(loRead.indicators.filter((r) => r.trend).length).toBeGreaterThan(20);
    const pickTask = (t: (typeof loRead.tasks)[number]) => [t.id, t.state, t.note, t.overdue];
    expect(engineRead.tasks.map(pickTask)).toEqual(loRead.tasks.map(pickTask));
    expect(checks.slice(1, firstBad).filter((c) => c === CHECKIN_VALID).length).toBeGreaterThan(100);

    // Indicator rows: 采用值 / 来源 / 上期值 / 趋势 against the reference; 状态 against the engine.
    const { names: workbookNames, cells: namedCells } = definedNames(recalculated);
    const policy = policyFunctions();
    const mismatches: string[] = [];
    const trends = new Set<XlValue>();
    const statusCount = new Map<string, number>();
    for (const sheet of plan.sheets.filter((s) => s.kind === "indicators")) {
      const t = sheet.tables[0];
      const ws = sheetOf(t);
      const evaluate = evaluator({ ...namedCells, ...sheetCells(ws) }, { policy, names: workbookNames });
      const first = parseAddress(t.anchor).row + 1;
      t.rows.forEach((row, i) => {
        const got = (h: string) => read(t, i, h);
        const list = ref.byId.get(row.key) ?? [];
        const typed = row.values["实际值"] as CellValue;
        const up = row.values["方向"] === "越大越好";
        const expectUsed: XlValue = list.length ? (list[0].row.value as number) : ((typed as number | null) ?? "");
        const expectPrev: XlValue = list.length > 1 ? (list[1].row.value as number) : "";
        const expectSource = list.length ? "填报记录" : typed === null || typed === undefined ? "" : "本行";
        const expectTrend =
          typeof expectPrev !== "number" || typeof expectUsed !== "number"
            ? ""
            : expectUsed === expectPrev
              ? "持平"
              : expectUsed > expectPrev === up
                ? "向好"
                : "变差";
        for (const [h, want] of [
          ["采用值", expectUsed],
          ["上期值", expectPrev],
          ["来源", expectSource],
          ["趋势", expectTrend],
        ] as const)
          if (!same(got(h), want)) mismatches.push(`${row.key} ${h}: LibreOffice ${String(got(h))} ≠ ${String(want)}`);
        if (list.length && !same(got("采用日期"), list[0].point))
          mismatches.push(`${row.key} 采用日期: ${String(got("采用日期"))} ≠ ${list[0].point}`);
        trends.add(got("趋势"));
        // The engine's STATUS on the row as LibreOffice left it (the add-in form of the 状态 column).
        const own = row.values["状态"];
        const f: DualFormula | undefined = isDualFormula(own)
          ? own
          : own === undefined
            ? t.columns.find((c) => c.header === "状态")!.formula
            : undefined;
        const status = f ? evaluate(fillRow(f.addin, { r: first + i })) : (own as XlValue);
        if (!same(status, got("状态（原生）")))
          mismatches.push(`${row.key} 状态: engine ${String(status)} ≠ ${String(got("状态（原生）"))}`);
        const label =
          typeof status === "string" && (STATUS_COLUMNS as readonly string[]).includes(status) ? status : NO_DATA;
        const key = `${sheet.key}|${label}`;
        statusCount.set(key, (statusCount.get(key) ?? 0) + 1);
      });
    }
    expect(mismatches).toEqual([]);
    for (const t of ["向好", "变差", "持平", "本行"].slice(0, 3)) expect(trends).toContain(t);

    // 汇总: each source's 合计 row equals the engine's counts; the all-sources row their sum.
    const summary = plan.sheets.find((s) => s.kind === "summary")!;
    const st = summary.tables.find((t) => t.name === SUMMARY_STATUS_TABLE)!;
    const totals: Record<string, number> = {};
    st.rows.forEach((row, i) => {
      if (row.values["类别"] !== "合计") return;
      const src = catalog.sources.find((s) => s.shortName === row.values["来源"]);
      for (const label of [...STATUS_COLUMNS, NO_DATA]) {
        const want = src
          ? (statusCount.get(`indicators:${src.id}|${label}`) ?? 0)
          : [...statusCount].filter(([k]) => k.endsWith(`|${label}`)).reduce((n, [, v]) => n + v, 0);
        totals[`${row.values["来源"]}|${label}`] = want;
        expect({ row: row.key, label, value: read(st, i, label) }).toEqual({ row: row.key, label, value: want });
      }
    });
    expect(Object.keys(totals).length).toBeGreaterThan(6);
    expect(STATUS_COLUMNS[0]).toBe(STATUS_LABELS.met);

    // Tasks per lead unit: counts over the task tables' adopted 完成情况 and 逾期 cells.
    const ut = summary.tables.find((t) => t.name === SUMMARY_UNITS_TABLE)!;
    const perUnit = new Map<string, { all: number; done: number; doing: number; late: number }>();
    for (const sheet of plan.sheets.filter((s) => s.kind === "tasks")) {
      const t = sheet.tables[0];
      t.rows.forEach((row, i) => {
        const lead = String(row.values["牵头单位"] ?? "");
        const units = lead ? lead.split("、") : ["（未明确牵头单位）"];
        const done = read(t, i, "采用完成情况");
        const late = read(t, i, "逾期");
        for (const u of units) {
          const c = perUnit.get(u) ?? { all: 0, done: 0, doing: 0, late: 0 };
          c.all++;
          if (done === "已完成") c.done++;
          if (done === "推进中") c.doing++;
          if (late === "逾期") c.late++;
          perUnit.set(u, c);
        }
      });
    }
    ut.rows.forEach((row, i) => {
      const c = perUnit.get(String(row.values["牵头单位"]))!;
      expect({
        unit: row.key,
        all: read(ut, i, "任务数"),
        done: read(ut, i, "已完成"),
        doing: read(ut, i, "推进中"),
        late: read(ut, i, "逾期"),
      }).toEqual({
        unit: row.key,
        all: c.all,
        done: c.done,
        doing: c.doing,
        late: c.late,
      });
      const rate = read(ut, i, "完成率");
      expect(same(rate, c.all ? c.done / c.all : "")).toBe(true);
    });
    const ranks = ut.rows.map((_, i) => read(ut, i, "排名"));
    expect(ranks).toContain(1);
  }, 300_000);
});
