/**
 * The .xlsx renderer writes what a user opening the file sees: Excel tables with the plan's headers,
 * formulas in the requested form, number formats, dropdowns, native highlights, frozen headers,
 * locked catalog cells with unlocked inputs, named cells, and the embedded catalog — read back from
 * the written bytes.
 */
import type ExcelJS from "exceljs";
import { builtInCatalog } from "../../../src/catalog";
import { buildPlan, readCatalogSheet } from "../../../src/workbook";
import { renderXlsx, shareable, VALUE_NOTE } from "../../../src/workbook/xlsx/render";
import { fromFileFormula, toFileFormula } from "../../../src/workbook/xlsx/formulas";
import { checkXlsx } from "../../support/ooxmlCheck";
import { formulaOf, loadXlsx } from "../../support/xlsxRead";
import { samplePlan } from "./samplePlan";

type Model = {
  tables?: Record<
    string,
    { name: string; tableRef?: string; ref?: string; columns: { name: string }[]; totalsRow?: boolean }
  >;
  conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[];
  dataValidations: Record<string, ExcelJS.DataValidation>;
  views: { state?: string; ySplit?: number }[];
  sheetProtection?: { sheet?: boolean; sort?: boolean; autoFilter?: boolean } | null;
};
const model = (ws: ExcelJS.Worksheet) => ws.model as unknown as Model;

async function rendered(form: "addin" | "portable") {
  const bytes = await renderXlsx(samplePlan(), { form });
  expect(await checkXlsx(bytes)).toEqual([]);
  return loadXlsx(bytes);
}

describe("xlsx renderer", () => {
  test("sheets keep the plan's names and order; the catalog sheet is very hidden", async () => {
    const wb = await rendered("addin");
    const visible = wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name);
    expect(visible).toEqual(["说明", "指标 DY-MFG-2024", "奖补计算"]);
    expect(wb.worksheets.find((w) => w.name === "_duibiao_catalog")?.state).toBe("veryHidden");
  });

  test("each table is a real Excel table with the plan's name and exact headers", async () => {
    const wb = await rendered("addin");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    const tables = Object.values(model(ws).tables ?? {});
    expect(tables.map((t) => t.name)).toEqual(["DB_Ind_DY_MFG_2024"]);
    expect(tables[0].columns.map((c) => c.name)).toEqual([
      "ID",
      "指标名称",
      "方向",
      "2026年目标",
      "实际值",
      "缺口",
      "状态",
      "说明",
    ]);
    expect(tables[0].tableRef ?? tables[0].ref).toMatch(/^A3:H6$/);
  });

  test("the add-in form writes POLICY.* calls the way Excel stores them, row by row", async () => {
    const wb = await rendered("addin");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    expect(formulaOf(ws.getCell("F4"))).toBe("_xldudf_POLICY_GAPTOTARGET(E4,D4,C4)");
    expect(formulaOf(ws.getCell("F6"))).toBe("_xldudf_POLICY_GAPTOTARGET(E6,D6,C6)");
    expect(fromFileFormula(formulaOf(ws.getCell("F5"))!)).toBe("POLICY.GAPTOTARGET(E5,D5,C5)");
  });

  test("the portable form writes native formulas and never a POLICY call", async () => {
    const wb = await rendered("portable");
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaOf(cell);
          if (f) expect(f).not.toMatch(/POLICY|_xldudf_/i);
        }),
      );
    }
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    expect(formulaOf(ws.getCell("F4"))).toBe('IF(E4="","",IF(C4="down",E4-D4,D4-E4))');
  });

  test("where no native formula exists the portable form writes the value, in italics, with a note saying so", async () => {
    const wb = await rendered("portable");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    expect(ws.getCell("H4").value).toBe("冶发〔2024〕3号");
    expect(ws.getCell("H4").font?.italic).toBe(true);
    expect(String(ws.getCell("H3").note ? JSON.stringify(ws.getCell("H3").note) : "")).toContain("无原生公式");
    expect(VALUE_NOTE).toMatch(/^无原生公式/);
  });

  test("catalog text that looks like a formula stays text", async () => {
    const wb = await rendered("addin");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    expect(ws.getCell("B5").value).toBe('=HYPERLINK("x")');
    expect(formulaOf(ws.getCell("B5"))).toBeNull();
    expect(ws.getCell("B6").value).toBe("+30%");
  });

  test("number formats, frozen header, protection with unlocked inputs", async () => {
    const wb = await rendered("addin");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    expect(ws.getCell("D4").numFmt).toBe("0.00");
    expect(model(ws).views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(model(ws).sheetProtection?.sheet).toBe(true);
    expect(ws.getCell("E4").protection?.locked).toBe(false);
    expect(ws.getCell("A4").protection?.locked).not.toBe(false);
    expect(ws.getCell("E4").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFF2CC" } });
  });

  test("validations: numbers on inputs, short lists inline, long lists from a hidden range", async () => {
    const wb = await rendered("addin");
    const ind = model(wb.getWorksheet("指标 DY-MFG-2024")!).dataValidations;
    expect(Object.values(ind).some((v) => v.type === "decimal")).toBe(true);
    const calc = Object.values(model(wb.getWorksheet("奖补计算")!).dataValidations);
    expect(calc.find((v) => v.type === "list" && v.formulae[0] === '"国家级,省级"')).toBeDefined();
    const long = calc.find((v) => v.type === "list" && /DB_Lists/.test(String(v.formulae[0])));
    expect(long?.formulae[0]).toBe("DB_Lists!$A$1:$A$30");
    expect(wb.getWorksheet("DB_Lists")?.getCell("A30").value).toBe("DY-MFG-2024.R-RULE-29");
  });

  test("highlights are native conditional formats over the data rows", async () => {
    for (const form of ["addin", "portable"] as const) {
      const wb = await rendered(form);
      const cfs = model(wb.getWorksheet("指标 DY-MFG-2024")!).conditionalFormattings;
      expect(cfs.map((c) => c.ref)).toEqual(["G4:G6", "A4:H6"]);
      expect(cfs[0].rules[0]).toMatchObject({ type: "expression", formulae: ['$G4="已达标"'] });
    }
  });

  test("blank rows carry the row formulas; totals sum every data row", async () => {
    const wb = await rendered("portable");
    const ws = wb.getWorksheet("奖补计算")!;
    expect(formulaOf(ws.getCell("E5"))).toBe('IF(D5="","",MIN(200,D5*0.1))');
    expect(ws.getCell("A6").value).toBe("合计");
    expect(formulaOf(ws.getCell("E6"))).toBe("SUM(E2:E5)");
  });

  test("named cells and the embedded catalog", async () => {
    const wb = await rendered("addin");
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.find((n) => n.name === "DB_ReportDate")?.ranges).toEqual(["'说明'!$B$2"]);
    const cat = wb.getWorksheet("_duibiao_catalog")!;
    const values: unknown[][] = [];
    cat.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0][0]).toBe("duibiao-catalog");
    expect(values[0][1]).toBe("1.test");
    // The sample's "catalog" is not a valid catalog: the reader says so rather than trusting it.
    expect(() => readCatalogSheet(values)).toThrow(/目录/);
    expect(
      values
        .slice(1)
        .map((r) => r[0])
        .join(""),
    ).toBe(samplePlan().embeddedCatalog);
  });

  test("sheet names Excel refuses are made valid, as in the office.js renderer (reserved History, control characters)", async () => {
    const plan = samplePlan();
    plan.sheets[0].name = "History";
    plan.sheets[1].name = "指标\u0007二";
    const bytes = await renderXlsx(plan, { form: "addin" });
    expect(await checkXlsx(bytes)).toEqual([]);
    const names = (await loadXlsx(bytes)).worksheets.map((w) => w.name);
    expect(names).toContain("History (2)");
    expect(names).toContain("指标二");
    const control = (n: string) => [...n].some((ch) => ch.charCodeAt(0) < 0x20);
    expect(names.filter((n) => n.toLowerCase() === "history" || control(n))).toEqual([]);
  });

  test("the report date is a real date", async () => {
    const wb = await rendered("addin");
    const v = wb.getWorksheet("说明")!.getCell("B2").value as Date;
    expect(v.toISOString().slice(0, 10)).toBe("2024-12-31");
  });
});

describe("shared row formulas", () => {
  test("a column formula is stored once per run of rows and shifted by the application", async () => {
    const wb = await rendered("portable");
    const ws = wb.getWorksheet("指标 DY-MFG-2024")!;
    const raw = (a: string) => ws.getCell(a).value as { formula?: string; sharedFormula?: string };
    expect(raw("F4").formula).toBeDefined();
    expect(raw("F5").sharedFormula).toBe("F4");
    expect(raw("F6").sharedFormula).toBe("F4");
    // What the user sees in row 6 is still the row's own formula.
    expect(formulaOf(ws.getCell("F6"))).toBe('IF(E6="","",IF(C6="down",E6-D6,D6-E6))');
  });

  test("formulas with a written-out relative row are not shared", () => {
    expect(shareable('=IF(E{r}="","",E{r}*2)')).toBe(true);
    expect(shareable("=RANK(D{r},$D$5:$D$20)")).toBe(true);
    expect(shareable("=SUM($E${first}:$E${last})")).toBe(true);
    expect(shareable("=SUM(E{first}:E{last})")).toBe(false);
    expect(shareable("=E{r}-E4")).toBe(false);
    expect(shareable('=IF(A{r}="E4","",1)')).toBe(true); // inside a string it is text
    expect(shareable("=LOG10(A{r})+DB_ReportDate")).toBe(true); // a function name, not a cell
  });
});

describe("formula text in the file", () => {
  test("newer functions get the _xlfn. prefix, string literals are untouched", () => {
    expect(toFileFormula('=IFS(A1>1,"IFS(",TRUE,CONCAT("a","b"))', "portable")).toBe(
      '_xlfn.IFS(A1>1,"IFS(",TRUE,_xlfn.CONCAT("a","b"))',
    );
    expect(toFileFormula("=_xlfn.IFNA(A1,0)", "portable")).toBe("_xlfn.IFNA(A1,0)");
    expect(toFileFormula("=IF(A1,1,0)", "portable")).toBe("IF(A1,1,0)");
  });

  test("a POLICY call in a portable formula is refused; in the add-in form it is stored as Excel stores it", () => {
    expect(() => toFileFormula("=POLICY.SUBSIDY(A1,B1)", "portable")).toThrow(/POLICY/);
    expect(toFileFormula('=IF(A1="POLICY.X(","",POLICY.SUBSIDY(A1,B1))', "addin")).toBe(
      'IF(A1="POLICY.X(","",_xldudf_POLICY_SUBSIDY(A1,B1))',
    );
    expect(fromFileFormula("_xldudf_POLICY_SUBSIDY(A1,_xlfn.IFNA(B1,0))")).toBe("POLICY.SUBSIDY(A1,IFNA(B1,0))");
  });
});

describe("what people can do in the sheets of a built workbook", () => {
  const catalog = builtInCatalog();
  const file = (form: "addin" | "portable") =>
    renderXlsx(buildPlan(catalog, ["DY-MFG-2024", "HS-BANK-2024"], { form, reportDate: "2024-12-31" }), { form }).then(
      loadXlsx,
    );

  test("indicator, task and calculator sheets are unprotected (sort, filter, add rows); the rest filter but do not sort", async () => {
    for (const form of ["addin", "portable"] as const) {
      const wb = await file(form);
      const protectedSheets = wb.worksheets
        .filter((w) => w.state === "visible" && model(w).sheetProtection?.sheet)
        .map((w) => w.name);
      expect(protectedSheets).toEqual(["说明", "汇总", "奖补规则", "银行考评"]);
      for (const name of protectedSheets)
        expect(model(wb.getWorksheet(name)!).sheetProtection).toMatchObject({ autoFilter: true, sort: undefined });
      const ind = wb.getWorksheet("指标·大冶制造强市三年行动")!;
      expect(ind.getCell("L4").protection?.locked).toBe(false); // inputs stay marked unlocked
    }
  });

  test("截至日期 is validated as a date or a year, with a message asking for one", async () => {
    const wb = await file("addin");
    const v = Object.entries(model(wb.getWorksheet("指标·大冶制造强市三年行动")!).dataValidations).find(
      ([, d]) => d.type === "custom",
    )!;
    expect(v[0]).toMatch(/^M4(:M\d+)?$/);
    expect(v[1]).toMatchObject({
      formulae: ["AND(ISNUMBER(M4),M4<2958466,OR(M4>=10000,AND(M4>=1900,M4=INT(M4))))"],
      showErrorMessage: true,
    });
    expect(v[1].error).toMatch(/日期.*年份/);
  });

  test("highlights compare a native status cell: 状态（原生） in the add-in form, 状态 in the portable form", async () => {
    const rule = async (form: "addin" | "portable") =>
      model((await file(form)).getWorksheet("指标·大冶制造强市三年行动")!).conditionalFormattings[0].rules[0]
        .formulae[0];
    expect(await rule("addin")).toBe('$R4="滞后"');
    expect(await rule("portable")).toBe('$Q4="滞后"');
  });
});
