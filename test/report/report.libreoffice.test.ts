/**
 * The 通报 end to end, as a user runs it: the demo workbook (every built-in source with sample actuals
 * and task progress) is recalculated by LibreOffice, `duibiao report` writes the Word document, and
 * LibreOffice Writer turns it into text, which must say what the progress counts say. Also: a file
 * with no cached values is computed by the engine to the same values LibreOffice computes; a template
 * without actuals says so instead of reporting zeros; bad input is refused with a message.
 *
 * Needs LibreOffice with Writer (soffice): fails on CI when missing, skips with a reason elsewhere.
 * DUIBIAO_UPDATE_IMAGES=1 also writes docs/images/report-page1.png (the README's picture).
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { main, type CliIO } from "../../src/cli/main";
import { summarizeProgress, TASK_STATES, type IndicatorRow } from "../../src/core/progress";
import { fnv1a32 as hash } from "../../src/core/hash";
import { fillSampleActuals } from "../../src/demo/sampleActuals";
import { formatGap, formatShare } from "../../src/report/content";
import { buildPlan } from "../../src/workbook";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { loadWorkbookForReading, readProgressRows } from "../../src/workbook/read";
import { renderXlsx } from "../../src/workbook/xlsx/render";
import { convertAllWithLibreOffice, findSoffice, requireBinary } from "../support/libreoffice";

const soffice = findSoffice();
const run = requireBinary("LibreOffice (soffice)", soffice);
const maybe = run ? describe : describe.skip;
const REPORT_DATE = "2024-12-31";

/** The demo plan with task progress as a statistician enters it: some done, some in progress, some blank. */
function demoPlan(form: "portable" | "addin"): WorkbookPlan {
  const catalog = builtInCatalog();
  const plan = fillSampleActuals(
    catalog,
    buildPlan(
      catalog,
      catalog.sources.map((s) => s.id),
      { form, reportDate: REPORT_DATE },
    ),
    REPORT_DATE,
  );
  for (const sheet of plan.sheets)
    if (sheet.kind === "tasks")
      for (const table of sheet.tables)
        for (const row of table.rows) {
          const k = hash(row.key) % 5;
          const state = [TASK_STATES.done, TASK_STATES.inProgress, null, TASK_STATES.done, TASK_STATES.inProgress][k];
          row.values["完成情况"] = state;
          if (state === TASK_STATES.inProgress) row.values["进展情况"] = "正在推进";
        }
  return plan;
}

const convert = (files: string[], to: string, ext: string) => convertAllWithLibreOffice(files, to, ext, soffice);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

async function rowsOf(file: string, date?: string) {
  const wb = await loadWorkbookForReading(fs.readFileSync(file), path.basename(file));
  return readProgressRows(wb, { reportDate: date });
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

maybe("duibiao report (LibreOffice)", () => {
  let dir: string;
  let raw: string; // as written by the renderer: formulas without results
  let recalculated: string; // as LibreOffice computed and saved it
  let addinRecalculated: string; // the add-in form as LibreOffice computed it: POLICY.* cells are #NAME?
  let template: string; // no actuals at all

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-report-"));
    raw = path.join(dir, "demo.xlsx");
    fs.writeFileSync(raw, await renderXlsx(demoPlan("portable"), { form: "portable" }));
    const catalog = builtInCatalog();
    template = path.join(dir, "template.xlsx");
    fs.writeFileSync(
      template,
      await renderXlsx(buildPlan(catalog, ["DY-MFG-2024"], { form: "portable", reportDate: REPORT_DATE }), {
        form: "portable",
      }),
    );
    const rawAddin = path.join(dir, "demo-addin.xlsx");
    fs.writeFileSync(rawAddin, await renderXlsx(demoPlan("addin"), { form: "addin" }));
    const recalcDir = path.join(dir, "recalculated");
    fs.mkdirSync(recalcDir);
    const [converted, convertedAddin] = convert([raw, rawAddin], "xlsx", "xlsx");
    recalculated = path.join(recalcDir, "demo.xlsx");
    addinRecalculated = path.join(recalcDir, "demo-addin.xlsx");
    fs.renameSync(converted, recalculated);
    fs.renameSync(convertedAddin, addinRecalculated);
  }, 900_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a file without cached values is computed by the engine to what LibreOffice computes", async () => {
    const engine = await rowsOf(raw);
    const lo = await rowsOf(recalculated);
    expect(engine.computedRows).toBeGreaterThan(100);
    expect(lo.computedRows).toBe(0); // every value as LibreOffice computed it
    expect(engine.indicators.map((r) => r.id)).toEqual(lo.indicators.map((r) => r.id));
    const differ = (a: IndicatorRow, b: IndicatorRow) =>
      a.status !== b.status || !close(a.gap, b.gap) || !close(a.progress, b.progress);
    const mismatches = engine.indicators
      .map((r, i) => [r, lo.indicators[i]] as const)
      .filter(([a, b]) => differ(a, b))
      .map(
        ([a, b]) =>
          `${a.id}: engine ${a.status} ${a.gap} ${a.progress} ≠ LibreOffice ${b.status} ${b.gap} ${b.progress}`,
      );
    expect(mismatches).toEqual([]);
    expect(engine.tasks.map((t) => [t.id, t.overdue])).toEqual(lo.tasks.map((t) => [t.id, t.overdue]));
    // The sample covers every status the report lists.
    const s = summarizeProgress(lo.indicators, lo.tasks, lo.reportDate);
    for (const label of ["已达标", "正常", "预警", "滞后", "未达标"] as const)
      expect(s.indicators.counts[label]).toBeGreaterThan(0);
  });

  it("the add-in form computed without the add-in (#NAME?) is computed by the engine to the portable values", async () => {
    const addin = await rowsOf(addinRecalculated);
    const lo = await rowsOf(recalculated);
    expect(addin.computedRows).toBe(addin.indicators.filter((r) => r.actual !== null).length);
    const pick = (r: IndicatorRow) => [
      r.id,
      r.status,
      r.gap === null ? null : Number(r.gap.toPrecision(12)),
      r.progress === null ? null : Number(r.progress.toPrecision(12)),
    ];
    expect(addin.indicators.map(pick)).toEqual(lo.indicators.map(pick));
    expect(addin.tasks).toEqual(lo.tasks);
  });

  it("writes a 通报 whose text says what the counts say", async () => {
    const docx = path.join(dir, "通报.docx");
    const r = await cli(["report", recalculated, "--out", docx, "--quiet"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("已写出 / written");

    const read = await rowsOf(recalculated);
    const s = summarizeProgress(read.indicators, read.tasks, read.reportDate);
    const [txt] = convert([docx], "txt:Text (encoded):UTF8", "txt");
    const text = fs.readFileSync(txt, "utf8");
    const lines = text.split(/\r?\n/).map((l) => l.trim());

    // The title, its date on a line of its own.
    expect(lines[0]).toMatch(/^\uFEFF?关于《.+》等\d+项政策文件指标推进情况的通报$/);
    expect(lines[1]).toBe("（截至2024年12月31日）");
    const c = s.indicators.counts;
    expect(text).toContain(`共有指标${s.indicators.total}项`);
    expect(text).toContain(
      `已达标${c.已达标}项，正常${c.正常}项，预警${c.预警}项，滞后${c.滞后}项，未达标${c.未达标}项，无数据${c.无数据}项`,
    );
    // The demo's check-ins: how many indicators moved since the previous one (the rows' 趋势).
    const moved = (t: string) => read.indicators.filter((x) => x.trend === t).length;
    expect(moved("better")).toBeGreaterThan(0);
    expect(text).toContain(`与上期填报相比，向好${moved("better")}项，变差${moved("worse")}项，持平${moved("same")}项`);
    // A lagging indicator with its gap and lead unit, in the lagging table.
    const behind = s.behind.find((x) => x.leadUnit) ?? s.behind[0];
    expect(lines).toContain(behind.name);
    expect(lines).toContain(formatGap(behind));
    if (behind.leadUnit) expect(lines).toContain(behind.leadUnit);
    // The ranking: the first unit with its rank, total and completion rate in consecutive cells.
    const top = s.units[0];
    const caption = lines.findIndex((l) => l.endsWith("牵头单位任务完成情况排名"));
    expect(caption).toBeGreaterThan(0);
    const at = lines.indexOf(top.unit, caption);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe(String(top.rank));
    expect(lines[at + 1]).toBe(String(top.total));
    expect(lines.slice(at, at + 8)).toContain(formatShare(top.completionRate));
    // Overdue tasks by unit: the unit with the most, with its count.
    const most = s.overdueByUnit[0];
    expect(text).toContain(`${most.unit}（${most.tasks.length}项）`);
    expect(text).toContain(`逾期任务${s.tasks.overdue}项`);

    if (process.env.DUIBIAO_UPDATE_IMAGES === "1") {
      const [pdf] = convert([docx], "pdf", "pdf");
      const image = path.resolve(__dirname, "../../docs/images/report-page1");
      execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf, image]);
    }
  }, 600_000);

  it("a template without actuals: the 通报 says so instead of reporting zeros", async () => {
    const docx = path.join(dir, "空.docx");
    const r = await cli(["report", template, "--out", docx, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("尚未填报任何实际值");
    const [txt] = convert([docx], "txt:Text (encoded):UTF8", "txt");
    const text = fs.readFileSync(txt, "utf8");
    expect(text).toContain("均尚未填报实际值，本期不统计指标完成情况");
    expect(text).not.toMatch(/已达标0项/);
    expect(text).not.toContain("表1  各政策文件分类别指标状态");
  }, 600_000);

  it("--date computes every row as of that date", async () => {
    const early = await rowsOf(recalculated, "2024-06-30");
    const late = await rowsOf(recalculated);
    expect(early.reportDate).toBe("2024-06-30");
    expect(early.computedRows).toBe(early.indicators.filter((r) => r.actual !== null).length);
    // Fewer tasks are overdue half a year earlier.
    expect(early.tasks.filter((t) => t.overdue).length).toBeLessThan(late.tasks.filter((t) => t.overdue).length);
  }, 120_000);
});

describe("duibiao report: bad input", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-report-bad-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a file that is no .xlsx: exit 3, Chinese first", async () => {
    const bad = path.join(dir, "bad.xlsx");
    fs.writeFileSync(bad, "这不是工作簿");
    const r = await cli(["report", bad, "--out", path.join(dir, "x.docx")]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^错误 \/ error: 无法读取工作簿 bad\.xlsx：不是有效的 \.xlsx 文件/);
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
  });

  it("a workbook without indicator or task tables: exit 3, says it is not a Duibiao workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const file = path.join(dir, "plain.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await cli(["report", file, "--out", path.join(dir, "x.docx")]);
    expect(r.code).toBe(3);
    expect(r.err).toContain("plain.xlsx 中没有对标的指标表或任务表");
    expect(r.err).toContain("not a Duibiao workbook");
  });

  it("a task table without 完成情况: named on stderr and not counted; the indicators are still reported", async () => {
    const plan = buildPlan(builtInCatalog(), ["DY-MFG-2024"], { form: "portable", reportDate: REPORT_DATE });
    for (const sheet of plan.sheets)
      if (sheet.kind === "tasks")
        for (const table of sheet.tables) {
          const rename = (h: string) => (h === "完成情况" ? "进度" : h);
          for (const c of table.columns) c.header = rename(c.header);
          for (const cf of table.conditionalFormats) cf.columns = cf.columns.map(rename);
          for (const row of table.rows) {
            row.values["进度"] = row.values["完成情况"];
            delete row.values["完成情况"];
          }
        }
    const file = path.join(dir, "no-state.xlsx");
    fs.writeFileSync(file, await renderXlsx(plan, { form: "portable" }));
    const r = await cli(["report", file, "--out", path.join(dir, "no-state.docx"), "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("注意 / note: 表 DB_Task_DY_MFG_2024（任务·大冶制造强市三年行动）缺少列 完成情况，未计入");
    expect(r.err).toContain("lacks 完成情况: not counted");
    expect(r.err).not.toContain("not a Duibiao workbook");
    expect(fs.existsSync(path.join(dir, "no-state.docx"))).toBe(true);
  });

  it("an output that is not .docx: exit 2", async () => {
    const r = await cli(["report", path.join(dir, "any.xlsx"), "--out", path.join(dir, "x.pdf")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出文件应以 .docx 结尾");
  });
});
