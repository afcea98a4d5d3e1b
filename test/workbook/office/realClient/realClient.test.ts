/**
 * The office.js renderer driven through Microsoft's own Excel client library (request building,
 * object paths, load queries and property-not-loaded checks are Microsoft's code), with a stand-in
 * workbook behind the transport (./officeClient.ts, ./standIn.ts). What the workbook holds
 * afterwards and how many round trips it took are asserted on the stand-in's side.
 */
import { builtInCatalog } from "../../../../src/catalog";
import { buildPlan } from "../../../../src/workbook";
import { applyPlan, type RenderReport } from "../../../../src/workbook/office/render";
import { STASH_SHEET_NAME } from "../../../../src/workbook/office/renderStash";
import { loadOfficeClient, type OfficeClient } from "./officeClient";

const catalog = builtInCatalog();
const SRC = "DY-MFG-2024";
const IND = "指标·大冶制造强市三年行动";
const T = "DB_Ind_DY_MFG_2024";
const FOUR_MB = 4 * 1024 * 1024;
const plan = buildPlan(catalog, [SRC], { form: "addin", reportDate: "2024-12-31" });

/** One `Excel.run`, as the task pane calls it, counting the syncs that reached the stand-in. */
async function inject(
  c: OfficeClient,
  supports: (set: string, version: string) => boolean = () => true,
): Promise<{ report: RenderReport; syncs: number }> {
  const before = c.standIn.syncs;
  const report: RenderReport = await c.Excel.run((context: Excel.RequestContext) =>
    applyPlan(context, plan, { form: "addin", supports }),
  );
  return { report, syncs: c.standIn.syncs - before };
}

describe("through Microsoft's Excel client library", () => {
  let c: OfficeClient;
  beforeAll(() => {
    c = loadOfficeClient();
    c.workbook.userSheet("Sheet1", { A1: "我的数据" });
  });
  afterAll(() => c.close());

  test("a first inject of one source: ≤3 syncs, none over 4 MB, the table and names in the workbook", async () => {
    const { report, syncs } = await inject(c);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(report.syncs).toBe(syncs);
    expect(c.standIn.maxRequestBytes).toBeLessThan(FOUR_MB);
    const t = c.workbook.tableRows(T);
    expect(t.headers.slice(0, 3)).toEqual(["ID", "指标名称", "类别"]);
    expect(t.rows[0]).toMatchObject({ ID: "DY-MFG-2024.01", 指标名称: "规上工业总产值", 基期值: 557 });
    expect(t.rows[0]["缺口"]).toBe('=IF(S4="","",POLICY.GAPTOTARGET(S4,I4,E4))');
    expect(c.workbook.names.get("DB_ReportDate")).toBe("='说明'!$B$3");
    // The three status highlights and the data bar on 完成进度.
    expect(c.workbook.sheet(IND).cfs.map((f) => f.type)).toEqual(["Custom", "Custom", "Custom", "DataBar"]);
    expect(c.workbook.sheet("Sheet1").get("A1")).toBe("我的数据");
    // The library's own batching: the writes went out as set-property and method actions.
    const actions = c.requests.flatMap((r) => r.Actions);
    expect(actions.some((a: any) => a.ActionType === 4 && a.Name === "Formulas")).toBe(true);
  });

  test("a re-inject keeps a typed actual, in ≤3 syncs, and leaves no safety copy", async () => {
    c.workbook.typeInto(IND, "L4", 900);
    c.workbook.typeInto(IND, "O5", 12345); // typed into 缺口
    const { report, syncs } = await inject(c);
    expect(syncs).toBeLessThanOrEqual(3);
    const rows = c.workbook.tableRows(T).rows;
    expect(rows[0]).toMatchObject({ ID: "DY-MFG-2024.01", 实际值: 900 });
    expect(rows[1]["缺口"]).toBe(12345);
    expect(report.notices.join("\n")).toContain("DY-MFG-2024.02 缺口=12345");
    expect(c.workbook.sheets.map((s) => s.name)).not.toContain(STASH_SHEET_NAME);
  });

  test("a re-inject that fails after the clear: Excel's error reaches the user, the next one restores 900", async () => {
    c.workbook.failAfterOp = (d) => d.call === "clear" && String(d.p).includes(IND);
    await expect(inject(c)).rejects.toThrow(/^注入失败：.*请再次注入（已输入的值会保留）/);
    expect(c.workbook.tables.some((t) => t.name === T)).toBe(false);
    const { report, syncs } = await inject(c);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(c.workbook.tableRows(T).rows[0]).toMatchObject({ ID: "DY-MFG-2024.01", 实际值: 900 });
    expect(report.merges.find((m) => m.table === T)?.restored).toBeGreaterThan(0);
  });
});

// The shipped client builds (win32 and web, @microsoft/office-js 1.1.x) predate
// WorksheetProtection.isPasswordProtected (ExcelApiOnline 1.1): the renderer loads it only where the
// host reports that set, and a desktop host falls back to lifting protection first.
describe("on a desktop host (ExcelApi 1.17, no ExcelApiOnline), with Microsoft's API-set check on", () => {
  const desktop = (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 17;
  test("inject and re-inject call no API above the host's sets; a password still stops the writes", async () => {
    const c = loadOfficeClient(undefined, desktop);
    try {
      expect((await inject(c, desktop)).syncs).toBeLessThanOrEqual(3);
      c.workbook.typeInto(IND, "L4", 900);
      expect((await inject(c, desktop)).syncs).toBeLessThanOrEqual(3);
      expect(c.workbook.tableRows(T).rows[0]).toMatchObject({ 实际值: 900 });
      c.workbook.sheet("奖补规则").password = "secret"; // our protected rule sheet, re-protected with a password
      await expect(inject(c, desktop)).rejects.toThrow(/若设有密码，请先撤消工作表保护/);
      expect(c.workbook.tableRows(T).rows[0]).toMatchObject({ 实际值: 900 });
    } finally {
      c.close();
    }
  });
});
