/**
 * Re-inject as a careless or hostile user meets it: a write that fails part way, copied rows, rows
 * and columns inserted around the table, values typed into computed columns, renamed headers, a
 * sheet protected with a password. Nothing typed may be lost, and every case is reported.
 */
import { builtInCatalog } from "../../../src/catalog";
import type { Catalog } from "../../../src/core/schema";
import { buildPlan } from "../../../src/workbook";
import { REPORT_DATE_CELL } from "../../../src/workbook/about";
import { applyPlan, InjectError, type RenderReport } from "../../../src/workbook/office/render";
import { STASH_SHEET_NAME } from "../../../src/workbook/office/renderStash";
import { FakeExcel } from "./fakeExcel";

const catalog = builtInCatalog();
const SRC = "DY-MFG-2024";
const IND = "指标·大冶制造强市三年行动";
const RULES = "奖补规则";
const T = "DB_Ind_DY_MFG_2024";
const ALL_SETS = () => true;

async function inject(
  x: FakeExcel,
  cat: Catalog = catalog,
  supports: (set: string, v: string) => boolean = ALL_SETS,
): Promise<RenderReport> {
  return applyPlan(x.context, buildPlan(cat, [SRC], { form: "addin", reportDate: "2024-12-31" }), {
    form: "addin",
    supports,
  });
}

/** The sheet row of the first table row whose ID is `id`. */
function rowOf(x: FakeExcel, id: string): number {
  const t = x.table(T);
  for (let r = t.top + 1; r <= t.bottom; r++) if (t.sheet.cell(r, t.left)?.value === id) return r;
  throw new Error(`no row ${id}`);
}
function typeAt(x: FakeExcel, id: string, header: string, v: string | number): void {
  const s = x.table(T).sheet;
  const c = s.cell(rowOf(x, id), x.columnOf(T, header), true)!;
  x.typeInto(s.name, `${String.fromCharCode(64 + x.columnOf(T, header))}${rowOf(x, id)}`, v);
  expect(c.value ?? c.formula).toBeDefined();
}
const rows = (x: FakeExcel) => x.tableRows(T).rows;
const snapshot = (x: FakeExcel) =>
  JSON.stringify(x.sheets.map((s) => [s.name, [...s.cells].sort(), s.protected, s.visibility]));

describe("a re-inject that fails part way loses nothing", () => {
  test("a failure right after the old table is cleared: the next inject brings the table and 900 back", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    x.failAfterOp = (d) => d.call === "clear" && String(d.p).includes(IND);
    await expect(inject(x)).rejects.toThrow(/^注入失败：.*请再次注入（已输入的值会保留）/);
    // The failure is real: the table is gone from the sheet, and 900 with it …
    expect(x.tables.some((t) => t.name === T)).toBe(false);
    expect([...x.sheet(IND).cells.values()].some((c) => c.value === 900)).toBe(false);
    // … but a very hidden copy holds it.
    expect(x.sheet(STASH_SHEET_NAME).visibility).toBe("VeryHidden");

    const before = x.syncs;
    const report = await inject(x);
    expect(x.syncs - before).toBeLessThanOrEqual(3);
    expect(rows(x).find((r) => r.ID === "DY-MFG-2024.01")).toMatchObject({ 实际值: 900 });
    expect(rows(x)).toHaveLength(catalog.indicators.filter((i) => i.sourceId === SRC).length);
    expect(x.sheets.some((s) => s.name === STASH_SHEET_NAME)).toBe(false);
    expect(x.sheets.filter((s) => s.name.startsWith("指标"))).toHaveLength(1); // updated in place
    expect(report.merges.find((m) => m.table === T)?.restored).toBeGreaterThan(0);
    expect(report.notices.join("\n")).toMatch(/上次注入未完成.*恢复/);
  });

  test("a successful re-inject leaves no copy behind and still takes ≤3 syncs", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.02", "实际值", 5);
    const report = await inject(x);
    expect(report.syncs).toBeLessThanOrEqual(3);
    expect(x.sheets.map((s) => s.name)).not.toContain(STASH_SHEET_NAME);
    expect(report.notices).toEqual([]);
  });
});

describe("what users do to the table", () => {
  test("a copied row with 950 and a date: both rows' values survive, the copy is reported", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    const i = rowOf(x, "DY-MFG-2024.01") - x.table(T).top - 1;
    const at = x.duplicateRow(T, i);
    x.typeInto(IND, `L${at}`, 950);
    x.typeInto(IND, `M${at}`, 2025);
    const report = await inject(x);
    const both = rows(x).filter((r) => r.ID === "DY-MFG-2024.01");
    expect(both.map((r) => [r["实际值"], r["截至日期"]])).toEqual([
      [900, undefined],
      [950, 2025],
    ]);
    expect(report.merges.find((m) => m.table === T)?.duplicates).toEqual(["DY-MFG-2024.01"]);
    expect(report.notices.join("\n")).toMatch(/复制的行.*DY-MFG-2024\.01/);
  });

  test("a constant typed in 缺口 and a verdict typed in 状态 are kept instead of formulas, and listed", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "缺口", 12345);
    typeAt(x, "DY-MFG-2024.02", "状态", "人工判定：已达标");
    const report = await inject(x);
    expect(rows(x).find((r) => r.ID === "DY-MFG-2024.01")?.["缺口"]).toBe(12345);
    expect(rows(x).find((r) => r.ID === "DY-MFG-2024.02")?.["状态"]).toBe("人工判定：已达标");
    expect(rows(x).find((r) => r.ID === "DY-MFG-2024.03")?.["缺口"]).toMatch(/^=IF\(/); // the rest: formulas
    const notice = report.notices.join("\n");
    expect(notice).toMatch(/计算列中手动输入的值已保留/);
    expect(notice).toContain("DY-MFG-2024.01 缺口=12345");
    expect(notice).toContain("DY-MFG-2024.02 状态=人工判定：已达标");
  });

  test("a renamed 实际值 header: the values stay in the column the formulas read, and the rename is reported", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    x.renameHeader(T, "实际值", "实际值（亿元）");
    const report = await inject(x);
    const t = x.tableRows(T);
    expect(t.headers).not.toContain("实际值（亿元）");
    const r = t.rows.find((row) => row.ID === "DY-MFG-2024.01")!;
    expect(r["实际值"]).toBe(900);
    // 采用值 reads that column when there is no check-in, and the computed columns read 采用值.
    expect(String(r["采用值"])).toContain(`L${rowOf(x, "DY-MFG-2024.01")}`);
    expect(x.columnOf(T, "实际值")).toBe(12);
    expect(report.notices.join("\n")).toMatch(/列“实际值（亿元）”识别为“实际值”/);
  });

  test("a row added to the table without an ID keeps its values and is reported", async () => {
    const x = new FakeExcel();
    await inject(x);
    const at = x.duplicateRow(T, 0);
    for (let c = 1; c <= 17; c++) x.sheet(IND).cells.delete(`${at}:${c}`);
    x.typeInto(IND, `L${at}`, 4242);
    const report = await inject(x);
    expect(rows(x).some((r) => r["实际值"] === 4242)).toBe(true);
    expect(report.notices.join("\n")).toMatch(/无 ID/);
  });

  test.each([
    ["a row inserted above the table, a note typed in it", 3, "A3"],
    ["a row inserted at the top of the sheet, a note typed in it", 1, "A1"],
  ])("%s: the table is updated where it is now, the note and typed values stay", async (_, at, noteAt) => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    x.insertRows(IND, at);
    x.typeInto(IND, noteAt, "我的备注");
    const report = await inject(x);
    expect(x.sheet(IND).get(noteAt)).toBe("我的备注");
    expect(x.table(T).top).toBe(4);
    const r = rows(x).find((row) => row.ID === "DY-MFG-2024.01")!;
    expect(r["实际值"]).toBe(900);
    expect(r["缺口"]).toBe('=IF(S5="","",POLICY.GAPTOTARGET(S5,I5,E5))'); // its own row, one lower
    expect(x.sheet(IND).freezeRows).toBe(4);
    expect(x.sheet(IND).cfs.every((c) => c.rect.top === 5)).toBe(true);
    expect(report.notices.join("\n")).toMatch(/表格已随其上方插入或删除的行移到 A4/);
    // … and it keeps working: a second re-inject leaves it there.
    await inject(x);
    expect([x.table(T).top, x.sheet(IND).get(noteAt)]).toEqual([4, "我的备注"]);
  });

  test("a failure while updating a moved table: the next inject restores it where it was, not over the note", async () => {
    const x = new FakeExcel();
    await inject(x);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    x.insertRows(IND, 3);
    x.typeInto(IND, "A3", "我的备注");
    x.failAfterOp = (d) => d.call === "clear" && String(d.p).includes(IND);
    await expect(inject(x)).rejects.toThrow(InjectError);
    await inject(x);
    expect(x.sheet(IND).get("A3")).toBe("我的备注");
    expect(x.table(T).top).toBe(4);
    expect(rows(x).find((row) => row.ID === "DY-MFG-2024.01")?.["实际值"]).toBe(900);
  });

  test.each([
    ["a column inserted left of the indicator table", (x: FakeExcel) => x.insertColumns(IND, 1), IND, "A5"],
    ["a row inserted above the rule table", (x: FakeExcel) => x.insertRows("奖补规则", 3), "奖补规则", "A3"],
  ])("%s with a note typed there: refused with a message, nothing overwritten", async (_, edit, sheet, noteAt) => {
    const x = new FakeExcel();
    await inject(x);
    edit(x);
    x.typeInto(sheet, noteAt, "我的备注");
    const before = snapshot(x);
    await expect(inject(x)).rejects.toThrow(/^未写入任何内容：.*已从 [A-Z]+\d+ 移到 [A-Z]+\d+.*撤消该插入或删除/);
    expect(snapshot(x)).toBe(before);
    expect(x.sheet(sheet).get(noteAt)).toBe("我的备注");
  });
});

describe("a sheet the user protected", () => {
  test("with a password (Excel on the web reports it): refused before anything is written", async () => {
    const x = new FakeExcel();
    await inject(x);
    // The user protected the indicator sheet (we leave it unprotected) with a password.
    Object.assign(x.sheet(IND), { protected: true, password: "secret" });
    const before = snapshot(x);
    const syncs = x.syncs;
    await expect(inject(x)).rejects.toThrow(/^未写入任何内容：工作表“指标·大冶制造强市三年行动”设有保护密码/);
    expect(x.syncs - syncs).toBe(2); // the two reads; no write went out
    expect(snapshot(x)).toBe(before);
  });

  test("with a password where the host cannot tell: the first write operation fails, nothing is written", async () => {
    const x = new FakeExcel();
    await inject(x);
    // The rule sheet carries our own protection (no password); the user re-protected it with one.
    x.sheet(RULES).password = "secret";
    const before = snapshot(x);
    const options = JSON.stringify(x.sheets.map((s) => s.protectionOptions));
    const noOnline = (set: string) => set === "ExcelApi";
    await expect(inject(x, catalog, noOnline)).rejects.toThrow(/^注入失败：.*受保护：若设有密码，请先撤消工作表保护/);
    // No cell changed, no sheet was added, every sheet is protected again with its own options.
    expect(snapshot(x)).toBe(before);
    expect(JSON.stringify(x.sheets.map((s) => s.protectionOptions))).toBe(options);
    expect(x.sheet(RULES)).toMatchObject({ protected: true, password: "secret" });
  });

  test("a sheet we never protect that the user protected: refused, saying which", async () => {
    const x = new FakeExcel();
    await inject(x);
    x.sheet("奖补测算").protected = true;
    await expect(inject(x)).rejects.toThrow(InjectError);
    await expect(inject(x)).rejects.toThrow(/工作表“奖补测算”已被保护/);
  });
});

describe("adding a source to a workbook that holds others", () => {
  test("the 说明 sheet's tables move with the number of sources: the insert goes through and the typed report date is kept", async () => {
    const x = new FakeExcel();
    const opts = { form: "addin" as const, supports: ALL_SETS };
    await applyPlan(x.context, buildPlan(catalog, [SRC], { form: "addin", reportDate: "2024-12-31" }), opts);
    const about = x.sheets.find((s) => s.name === "说明")!;
    x.typeInto("说明", REPORT_DATE_CELL, 2025);
    typeAt(x, "DY-MFG-2024.01", "实际值", 900);
    await applyPlan(
      x.context,
      buildPlan(catalog, [SRC, "HS-EQUIP-2025", "DY-INNOV-2024"], { form: "addin", reportDate: "2024-12-31" }),
      opts,
    );
    expect(about.get(REPORT_DATE_CELL)).toBe(2025);
    expect(rows(x).find((r) => r.ID === "DY-MFG-2024.01")?.["实际值"]).toBe(900);
    expect(x.sheets.some((s) => s.name.startsWith("指标·大冶创新型县"))).toBe(true);
    // Back to one source: the tables move up again.
    await applyPlan(x.context, buildPlan(catalog, [SRC], { form: "addin", reportDate: "2024-12-31" }), opts);
    expect(about.get(REPORT_DATE_CELL)).toBe(2025);
  });
});
