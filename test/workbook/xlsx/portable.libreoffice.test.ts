/**
 * The portable copy computes what the add-in computes (README; docs/EXPORT.md): every built-in source is written
 * as a portable workbook with sample actuals filled in, LibreOffice opens it with forced full
 * recalculation and saves it, and every computed cell whose portable form is a native formula —
 * expected value, gap, progress, status, award, score, tier — must equal what the add-in's POLICY.*
 * formula for the same cell returns on the same row's inputs.
 *
 * Needs LibreOffice (soffice): fails on CI when missing, skips with a reason elsewhere.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../../src/catalog";
import { fillSampleActuals } from "../../../src/demo/sampleActuals";
import { buildPlan } from "../../../src/workbook";
import { fillRow, parseAddress } from "../../../src/workbook/a1";
import type { DualFormula, WorkbookPlan } from "../../../src/workbook/plan";
import { buildXlsxWorkbook, isDualFormula, renderXlsx } from "../../../src/workbook/xlsx/render";
import { evaluator, XlError, type XlValue } from "../../support/excelFormula";
import { convertWithLibreOffice, findSoffice, requireBinary } from "../../support/libreoffice";
import { checkXlsx } from "../../support/ooxmlCheck";
import { policyFunctions } from "../../support/policyFunctions";
import { cellScalar, definedNames, loadXlsx, sheetCells } from "../../support/xlsxRead";

const soffice = findSoffice();
const run = requireBinary("LibreOffice (soffice)", soffice);
const maybe = run ? describe : describe.skip;

interface Compared {
  sheet: string;
  cell: string;
  column: string;
  rowKey: string;
  addin: string;
  engine: XlValue;
  libreoffice: XlValue;
}

function same(a: XlValue, b: XlValue): boolean {
  const blank = (x: XlValue) => x === null || x === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof XlError || b instanceof XlError)
    return a instanceof XlError && b instanceof XlError && a.code === b.code;
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

const show = (v: XlValue) =>
  v === null ? "(empty)" : v instanceof XlError ? `${v.code}${v.message ? ` ${v.message}` : ""}` : JSON.stringify(v);

/** Renders, recalculates in LibreOffice, and compares every native computed cell with the add-in's value. */
async function compareWithEngine(plan: WorkbookPlan): Promise<{ compared: Compared[]; mismatches: Compared[] }> {
  const wb = await buildXlsxWorkbook(plan, { form: "portable" });
  const names = wb.worksheets.map((w) => w.name);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-portable-"));
  const file = path.join(dir, "portable.xlsx");
  // The file as exported (calculated columns and all), as LibreOffice opens it.
  const bytes = await renderXlsx(plan, { form: "portable" });
  expect(await checkXlsx(bytes)).toEqual([]);
  fs.writeFileSync(file, bytes);
  const converted = convertWithLibreOffice(file, "xlsx", soffice!);
  const recalculated = await loadXlsx(fs.readFileSync(converted));
  fs.rmSync(path.dirname(converted), { recursive: true, force: true });
  // The add-in formula sees what the native one saw: its sheet's recalculated values and the workbook's names.
  const { names: workbookNames, cells: namedCells } = definedNames(recalculated);
  const policy = policyFunctions();

  const compared: Compared[] = [];
  plan.sheets.forEach((sheet, si) => {
    const ws = recalculated.getWorksheet(names[si]);
    if (!ws) throw new Error(`LibreOffice lost sheet ${names[si]}`);
    const evaluate = evaluator({ ...namedCells, ...sheetCells(ws) }, { policy, names: workbookNames });
    for (const table of sheet.tables) {
      const topLeft = parseAddress(table.anchor);
      const first = topLeft.row + 1;
      const count = Math.max(1, table.rows.length + (table.blankRows ?? 0));
      const last = first + count - 1;
      for (let i = 0; i < count; i++) {
        const r = first + i;
        const row = table.rows[i];
        table.columns.forEach((col, j) => {
          const own = row?.values[col.header];
          const f: DualFormula | undefined = isDualFormula(own) ? own : own === undefined ? col.formula : undefined;
          // Compared: cells whose portable form is a native formula standing for a POLICY.* formula.
          // EXPLAIN's sentence has no native equivalent (the portable copy writes a shorter summary).
          if (!f || f.portable === null || f.addin === f.portable || /POLICY\.EXPLAIN\(/i.test(f.addin)) return;
          const addin = fillRow(f.addin, { r, first, last });
          const col0 = topLeft.col + j;
          const engine = evaluate(addin);
          compared.push({
            sheet: names[si],
            cell: ws.getCell(r, col0).address,
            column: col.header,
            rowKey: row?.key ?? `(blank row ${i + 1})`,
            addin,
            engine,
            libreoffice: cellScalar(ws.getCell(r, col0)),
          });
        });
      }
    }
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return { compared, mismatches: compared.filter((c) => !same(c.engine, c.libreoffice)) };
}

function report(mismatches: Compared[]): string {
  return mismatches
    .slice(0, 40)
    .map(
      (m) =>
        `${m.sheet}!${m.cell} [${m.column}] ${m.rowKey}: engine ${show(m.engine)} ≠ LibreOffice ${show(m.libreoffice)}\n    ${m.addin}`,
    )
    .join("\n");
}

/**
 * Inputs a user gets wrong, appended to the sample: the portable copy must fail where the add-in
 * fails (an error, the same Excel error), not show a number.
 */
function withBadInputs(plan: WorkbookPlan): WorkbookPlan {
  const calc = plan.sheets.find((s) => s.kind === "calculator")?.tables[0];
  const bad: [string, string | number, string | number | null, string | null][] = [
    ["DY-MFG-2024.R-NOPE", 100, null, null], // unknown rule
    ["DY-MFG-2024.R-FIRSTSET", "abc", null, null], // amount not a number
    ["DY-MFG-2024.R-FIRSTSET", -5, null, null], // negative amount
    ["DY-MFG-2024.R-TOP500", 1, null, null], // level missing
    ["DY-MFG-2024.R-TOP500", 1, "乡级", null], // unknown level
    ["DY-MFG-2024.R-SCRAP-AL", 100, null, "最好"], // unknown bound
    ["DY-MFG-2024.R-TECHREFORM", 850, null, null], // total investment missing
    ["EZ-IND-2027.R-PROCUREMENT", 500, "食品", null], // unknown category
  ];
  calc?.rows.push(
    ...bad.map(([rule, amount, qualifier, bound], i) => ({
      key: `bad-${i}`,
      values: { 企业名称: `错误示例${i + 1}`, 规则ID: rule, 金额: amount, 补充参数: qualifier, 取值: bound },
    })),
  );
  const ind = plan.sheets.find((s) => s.kind === "indicators")?.tables[0];
  if (ind) {
    ind.rows[0].values["实际值"] = "abc";
    ind.rows[1].values["实际值"] = -3;
  }
  return plan;
}

maybe("portable workbook recalculated by LibreOffice equals the engine", () => {
  const catalog = builtInCatalog();
  const ids = catalog.sources.map((s) => s.id);

  for (const reportDate of ["2024-12-31", "2025-09-30"]) {
    test(`every built-in source, report date ${reportDate}`, async () => {
      const plan = withBadInputs(
        fillSampleActuals(catalog, buildPlan(catalog, ids, { form: "portable", reportDate }), reportDate),
      );
      const { compared, mismatches } = await compareWithEngine(plan);

      // What was compared: every kind of computed value the functions give, many times over.
      const byColumn = new Map<string, number>();
      for (const c of compared)
        if (c.engine !== "" && c.engine !== null) byColumn.set(c.column, (byColumn.get(c.column) ?? 0) + 1);
      const counts = Object.fromEntries(byColumn);
      if (mismatches.length)
        console.error(`${mismatches.length} of ${compared.length} cells differ:\n${report(mismatches)}`);
      for (const column of ["预期值", "缺口", "完成进度", "状态", "奖补金额（万元）", "得分", "结果"]) {
        expect({ column, enough: (counts[column] ?? 0) > (column === "结果" ? 10 : 20), counts }).toMatchObject({
          column,
          enough: true,
        });
      }
      // The sample actuals reach every status the highlights show.
      const statuses = new Set(compared.filter((c) => c.column === "状态").map((c) => c.engine));
      for (const s of ["已达标", "正常", "预警", "滞后"]) expect(statuses).toContain(s);

      expect(mismatches.length).toBe(0);
    }, 180_000);
  }
});

/**
 * The add-in form opened where the add-in is missing (LibreOffice here; a colleague's Excel or WPS
 * alike): every POLICY cell is an error, yet the native helper column 状态（原生） shows the status and
 * every highlight colours exactly the rows whose STATUS (as the add-in computes it from the same
 * inputs) has its label. The bank sheet is checked the same way (its tier helper agrees with TIER).
 */
maybe("add-in form without the add-in, recalculated by LibreOffice: the highlights still follow STATUS", () => {
  const catalog = builtInCatalog();
  const ids = catalog.sources.map((s) => s.id);

  test("状态（原生） = STATUS, 结果（原生） = TIER, and each rule fires exactly on its label", async () => {
    const reportDate = "2025-09-30";
    const plan = fillSampleActuals(catalog, buildPlan(catalog, ids, { form: "addin", reportDate }), reportDate);
    const wb = await buildXlsxWorkbook(plan, { form: "addin" });
    const names = wb.worksheets.map((w) => w.name);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duibiao-addin-"));
    const file = path.join(dir, "addin.xlsx");
    fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const converted = convertWithLibreOffice(file, "xlsx", soffice!);
    const recalculated = await loadXlsx(fs.readFileSync(converted));
    fs.rmSync(path.dirname(converted), { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    const { names: workbookNames, cells: namedCells } = definedNames(recalculated);
    const policy = policyFunctions();

    const problems: string[] = [];
    const labels = new Map<string, number>();
    plan.sheets.forEach((sheet, si) => {
      if (sheet.kind !== "indicators" && sheet.kind !== "bank") return;
      const ws = recalculated.getWorksheet(names[si])!;
      const table = sheet.tables[0];
      const [judged, helper] = sheet.kind === "indicators" ? ["状态", "状态（原生）"] : ["结果", "结果（原生）"];
      const tl = parseAddress(table.anchor);
      const first = tl.row + 1;
      const last = first + table.rows.length - 1;
      const at = (h: string, r: number) =>
        ws.getCell(r, tl.col + table.columns.findIndex((c) => c.header === h)).address;
      // What LibreOffice computed, over the whole table (the tier counts every bank's total).
      const seen: Record<string, XlValue> = { ...namedCells };
      for (let r = first; r <= last; r++)
        table.columns.forEach((_, j) => {
          const cell = ws.getCell(r, tl.col + j);
          seen[cell.address] = cellScalar(cell);
        });
      table.rows.forEach((row, i) => {
        const r = first + i;
        // The judge: the add-in's formulas, left to right, over the row's inputs.
        const judge: Record<string, XlValue> = { ...seen };
        for (const col of table.columns) {
          const own = row.values[col.header];
          const f: DualFormula | undefined = isDualFormula(own) ? own : own === undefined ? col.formula : undefined;
          if (f && /POLICY\./.test(f.addin))
            judge[at(col.header, r)] = evaluator(judge, { policy, names: workbookNames })(
              fillRow(f.addin, { r, first, last }),
            );
        }
        const label = judge[at(judged, r)];
        labels.set(show(label), (labels.get(show(label)) ?? 0) + 1);
        if (!same(seen[at(helper, r)], label))
          problems.push(`${names[si]} ${row.key}: ${helper} ${show(seen[at(helper, r)])} ≠ ${judged} ${show(label)}`);
        for (const cf of table.conditionalFormats) {
          const on = evaluator(seen, { names: workbookNames })(fillRow(cf.formula.addin, { r, first, last })) === true;
          const want =
            cf.label === label ||
            (cf.label.endsWith("/一票否决") && (cf.label.startsWith(`${label}/`) || seen[at("一票否决", r)] === "是"));
          if (on !== want) problems.push(`${names[si]} ${row.key}: rule ${cf.label} ${on} for ${show(label)}`);
        }
      });
    });
    expect(problems.slice(0, 30)).toEqual([]);
    // The sample reaches every status a rule colours. (The bank's points are POLICY.SCORE in this
    // form, so without the add-in its totals, ranks and tiers are errors and nothing is coloured.)
    const counts = Object.fromEntries(labels);
    for (const l of ["滞后", "预警", "已达标", "正常"])
      expect({ l, seen: (counts[JSON.stringify(l)] ?? 0) > 0, counts }).toMatchObject({ l, seen: true });
  }, 180_000);
});
