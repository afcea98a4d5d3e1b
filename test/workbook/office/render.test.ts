/**
 * The office.js renderer against a recording fake of the Excel API: what lands in the workbook,
 * what a re-inject keeps, what is never overwritten, how many round trips and how big a request.
 */
import { builtInCatalog } from "../../../src/catalog";
import type { Catalog } from "../../../src/core/schema";
import { buildPlan, CATALOG_SHEET_NAME } from "../../../src/workbook";
import { readWorkbookCatalog } from "../../../src/workbook/office/readCatalog";
import { applyPlan, InjectError } from "../../../src/workbook/office/render";
import { FakeExcel } from "./fakeExcel";
import { syntheticCatalog } from "./syntheticCatalog";

const catalog = builtInCatalog();
const IND = "指标·大冶制造强市三年行动";
const plan = (ids: string[], form: "addin" | "portable" = "addin", cat: Catalog = catalog) =>
  buildPlan(cat, ids, { form, reportDate: "2024-12-31" });
const ALL_SETS = () => true;
const FOUR_MB = 4 * 1024 * 1024;

async function inject(x: FakeExcel, ids: string[], form: "addin" | "portable" = "addin", cat: Catalog = catalog) {
  return applyPlan(x.context, plan(ids, form, cat), { form, supports: ALL_SETS });
}

describe("inserting one source into a new workbook", () => {
  let x: FakeExcel;
  let report: Awaited<ReturnType<typeof inject>>;
  beforeAll(async () => {
    x = new FakeExcel();
    x.userSheet("Sheet1", { A1: "我的数据" });
    report = await inject(x, ["DY-MFG-2024"]);
  });

  test("takes at most 3 round trips, none over 4 MB", () => {
    expect(report.syncs).toBe(x.syncs);
    expect(x.syncs).toBeLessThanOrEqual(3);
    expect(x.maxRequestBytes).toBeLessThan(FOUR_MB);
  });

  test("writes the indicator table with the exact headers and the catalog's rows", () => {
    const t = x.tableRows("DB_Ind_DY_MFG_2024");
    expect(t.headers.slice(0, 7)).toEqual(["ID", "指标名称", "类别", "单位", "方向", "基期年", "基期值"]);
    expect(t.headers.slice(-14)).toEqual([
      "属性",
      "牵头单位",
      "实际值",
      "截至日期",
      "预期值",
      "缺口",
      "完成进度",
      "状态",
      "状态（原生）",
      // Check-ins (docs/WORKBOOK.md): the computed columns read 采用值 (S) and 采用日期 (T).
      "采用值",
      "采用日期",
      "来源",
      "上期值",
      "趋势",
    ]);
    expect(t.rows[0]).toMatchObject({
      ID: "DY-MFG-2024.01",
      指标名称: "规上工业总产值",
      基期值: 557,
      "2026年目标": 1050,
    });
    expect(t.rows[0]["缺口"]).toBe('=IF(S4="","",POLICY.GAPTOTARGET(S4,I4,E4))');
    expect(t.rows[5]["缺口"]).toBe('=IF(S9="","",POLICY.GAPTOTARGET(S9,I9,E9))');
  });

  test("leaves the user's sheet alone and adds ours, with the catalog hidden", () => {
    expect(x.sheet("Sheet1").get("A1")).toBe("我的数据");
    expect(x.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "说明",
      "汇总",
      IND,
      "任务·大冶制造强市三年行动",
      "填报记录",
      "奖补规则",
      "奖补测算",
      CATALOG_SHEET_NAME,
    ]);
    expect(x.sheet(CATALOG_SHEET_NAME).visibility).toBe("Hidden");
  });

  test("names the report date cell and points formulas at it", () => {
    expect(x.names.get("DB_ReportDate")).toBe("='说明'!$B$3");
    expect(x.sheet("说明").get("B3")).toBe(45657); // 2024-12-31
    expect(x.names.get("DB_RuleIds")).toMatch(/^='奖补规则'!\$A\$4:\$A\$\d+$/);
  });

  test("highlights with native conditional formats over the table rows, never POLICY", () => {
    // The status highlights; the fourth rule is the data bar on 完成进度 (column P).
    expect(
      x
        .sheet(IND)
        .cfs.filter((c) => c.type === "DataBar")
        .map((c) => c.rect),
    ).toEqual([
      {
        top: 4,
        left: 16,
        bottom: 3 + catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024").length,
        right: 16,
      },
    ]);
    const cfs = x.sheet(IND).cfs.filter((c) => c.type !== "DataBar");
    expect(cfs.map((c) => c.fill)).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE"]);
    for (const c of cfs) {
      expect(c.type).toBe("Custom");
      expect(c.formula).not.toMatch(/POLICY\./);
      expect(c.formula).toMatch(/^=\$R4="/); // 状态（原生）: native, unlike the POLICY 状态
      expect(c.rect).toMatchObject({ top: 4, left: 1, right: 23 });
    }
  });

  test("marks inputs (unlocked, yellow), leaves the indicator sheet unprotected for sorting, freezes the header", () => {
    const s = x.sheet(IND);
    expect(s.protected).toBe(false);
    expect(x.sheet("奖补规则").protected).toBe(true);
    expect(s.freezeRows).toBe(3);
    expect(s.cell(4, 12)).toMatchObject({ fill: "#FFF2CC", locked: false }); // 实际值
    expect(s.cell(4, 1)?.locked).not.toBe(false); // ID stays locked
    expect(s.validations.some((v) => v.rule?.decimal)).toBe(true);
    // 截至日期: a date or a year, as the engine reads it, with a message saying so.
    const asOf = s.validations.find((v) => v.rule?.custom);
    expect(asOf?.rule.custom.formula).toBe("=AND(ISNUMBER(M4),M4<2958466,OR(M4>=10000,AND(M4>=1900,M4=INT(M4))))");
    expect(asOf?.errorAlert.message).toMatch(/日期.*年份/);
  });

  test("the calculator's rule column is a dropdown of the rule IDs", () => {
    const v = x.sheet("奖补测算").validations.find((d) => d.rule?.list);
    expect(v?.rule).toEqual({ list: { inCellDropDown: true, source: "=DB_RuleIds" } });
  });

  test("embeds the catalog, which reads back identical", async () => {
    const back = await readWorkbookCatalog(x.context);
    expect(back?.version).toBe(catalog.version);
    expect(back?.sources).toEqual(["DY-MFG-2024"]);
    expect(back?.catalog).toEqual(catalog);
  });
});

describe("re-inject", () => {
  test("keeps typed actuals, as-of dates, applications and the report date; updates catalog cells", async () => {
    const x = new FakeExcel();
    await inject(x, ["DY-MFG-2024"]);
    x.typeInto(IND, "L4", 900); // DY-MFG-2024.01 实际值
    x.typeInto(IND, "M4", 2024); // 截至日期
    x.typeInto(IND, "L5", "=Sheet9!B2"); // a formula the user typed
    x.typeInto("说明", "B3", 45473); // report date 2024-06-30
    x.typeInto("奖补测算", "B6", "甲公司");
    x.typeInto("奖补测算", "C6", "DY-MFG-2024.R-TECHREFORM");
    x.typeInto("奖补测算", "E6", 850);

    // The catalog changed: an indicator renamed, the first two swapped.
    const inds = catalog.indicators.map((i) =>
      i.id === "DY-MFG-2024.01" ? { ...i, name: "规上工业总产值（修订）" } : i,
    );
    const a = inds.findIndex((i) => i.id === "DY-MFG-2024.01");
    [inds[a], inds[a + 1]] = [inds[a + 1], inds[a]];
    const changed = { ...catalog, indicators: inds, version: "1.changed" };
    const before = x.syncs;
    const report = await inject(x, ["DY-MFG-2024"], "addin", changed);

    expect(x.syncs - before).toBeLessThanOrEqual(3);
    const rows = x.tableRows("DB_Ind_DY_MFG_2024").rows;
    expect(rows[0]).toMatchObject({ ID: "DY-MFG-2024.02", 实际值: "=Sheet9!B2" });
    expect(rows[1]).toMatchObject({
      ID: "DY-MFG-2024.01",
      指标名称: "规上工业总产值（修订）",
      实际值: 900,
      截至日期: 2024,
    });
    expect(x.sheet("说明").get("B3")).toBe(45473);
    expect(x.tableRows("DB_Applications").rows[0]).toMatchObject({
      企业名称: "甲公司",
      规则ID: "DY-MFG-2024.R-TECHREFORM",
      金额: 850,
    });
    expect(report.merges.reduce((n, m) => n + m.kept, 0)).toBe(6);
    expect(x.sheet(IND).protected).toBe(false);
    expect(x.sheet(IND).cfs).toHaveLength(4); // 3 highlights + the data bar, replaced, not stacked
    expect(x.sheets.filter((s) => s.name.startsWith("指标"))).toHaveLength(1);
  });

  test("finds our sheet after the user renamed it and updates it there", async () => {
    const x = new FakeExcel();
    await inject(x, ["HS-SMEDIGI-2025"]);
    x.sheet("指标·黄石中小企业数字化转型试点").name = "我的指标";
    await inject(x, ["HS-SMEDIGI-2025"]);
    expect(x.sheets.map((s) => s.name)).toContain("我的指标");
    expect(x.sheets.some((s) => s.name.startsWith("指标·"))).toBe(false);
  });

  test("a sheet the user created with our name is never overwritten (suffix instead)", async () => {
    const x = new FakeExcel();
    x.userSheet("说明", { A1: "用户自己的说明" });
    await inject(x, ["HS-SMEDIGI-2025"]);
    expect(x.sheet("说明").get("A1")).toBe("用户自己的说明");
    expect(x.sheet("说明 (2)").get("A1")).toBe("对标 Duibiao：政策目标对标与奖补测算");
    expect(x.names.get("DB_ReportDate")).toBe("='说明 (2)'!$B$3");
  });

  test("refuses, writing nothing, when a grown table would cover the user's cells", async () => {
    const x = new FakeExcel();
    const small: Catalog = { ...catalog, indicators: catalog.indicators.filter((i) => i.id !== "DY-MFG-2024.34") };
    await inject(x, ["DY-MFG-2024"], "addin", small);
    // The row just below the smaller table: the full table grows over it.
    x.typeInto(IND, `B${3 + catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024").length}`, "我的备注");
    const snapshot = JSON.stringify([...x.sheet(IND).cells]);
    await expect(inject(x, ["DY-MFG-2024"])).rejects.toThrow(/未写入任何内容.*移开/);
    expect(JSON.stringify([...x.sheet(IND).cells])).toBe(snapshot);
  });
});

describe("safety", () => {
  test("catalog text beginning with = + - @ is stored as text, never as a formula", async () => {
    const hostile: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((i) =>
        i.id === "DY-MFG-2024.01"
          ? { ...i, name: '=HYPERLINK("http://evil","x")', category: "-1", leadUnit: "@SUM(1)", nameEn: "+1" }
          : i,
      ),
    };
    const x = new FakeExcel();
    await inject(x, ["DY-MFG-2024"], "addin", hostile);
    const s = x.sheet(IND);
    expect(s.cell(4, 2)).toMatchObject({ value: '=HYPERLINK("http://evil","x")', formula: undefined });
    expect(s.cell(4, 3)).toMatchObject({ value: "-1", formula: undefined });
    expect(s.cell(4, 11)).toMatchObject({ value: "@SUM(1)", formula: undefined });
  });

  test("a failure while writing leaves nothing half-written: new sheets and names are removed", async () => {
    const x = new FakeExcel();
    x.userSheet("Sheet1", { A1: 1 });
    x.failAtSync = 2; // the first write sync
    await expect(inject(x, ["DY-MFG-2024"])).rejects.toThrow(InjectError);
    expect(x.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(x.tables).toHaveLength(0);
    expect(x.names.size).toBe(0);
  });

  test("the failure message is Chinese first and says what was undone", async () => {
    const x = new FakeExcel();
    x.failAtSync = 2;
    await expect(inject(x, ["HS-SMEDIGI-2025"])).rejects.toThrow(/^注入失败：.*新建的工作表已撤销/);
  });
});

describe("older hosts", () => {
  test("without ExcelApi 1.6–1.9 it still injects, skipping what the host lacks and saying so", async () => {
    const x = new FakeExcel();
    const upTo15 = (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 5;
    const report = await applyPlan(x.context, plan(["DY-MFG-2024"], "portable"), {
      form: "portable",
      supports: upTo15,
    });
    expect(x.sheet(IND).cfs).toHaveLength(0);
    expect(x.sheet(IND).validations).toHaveLength(0);
    expect(report.skipped.join()).toMatch(/条件格式.*冻结窗格.*数据验证/);
    expect(x.tableRows("DB_Ind_DY_MFG_2024").rows[0]["缺口"]).toMatch(/^=IF\(S4="","",.*I4-S4\)+$/);
  });

  test("below ExcelApi 1.4 it refuses before touching the workbook", async () => {
    const x = new FakeExcel();
    await expect(applyPlan(x.context, plan(["DY-MFG-2024"]), { form: "addin", supports: () => false })).rejects.toThrow(
      /ExcelApi 1\.4/,
    );
    expect(x.syncs).toBe(0);
  });

  test("the portable form writes no POLICY formula anywhere", async () => {
    const x = new FakeExcel();
    await inject(
      x,
      catalog.sources.map((s) => s.id),
      "portable",
    );
    for (const s of x.sheets) for (const c of s.cells.values()) expect(c.formula ?? "").not.toMatch(/POLICY\./);
  });
});

describe("round trips and request size (docs/PERFORMANCE.md bars)", () => {
  test("every built-in source alone: ≤3 syncs, fresh and re-injected", async () => {
    for (const s of catalog.sources) {
      const x = new FakeExcel();
      const first = await inject(x, [s.id]);
      const again = await inject(x, [s.id]);
      expect([s.id, first.syncs <= 3, again.syncs <= 3]).toEqual([s.id, true, true]);
    }
  });

  test("a 10,000-row catalog: ≤10 syncs, no request over 4 MB, fresh and re-injected", async () => {
    const big = syntheticCatalog(10_000);
    for (const form of ["addin", "portable"] as const) {
      const x = new FakeExcel();
      const first = await inject(x, ["DY-MFG-2024"], form, big);
      expect(first.syncs).toBeLessThanOrEqual(10);
      x.typeInto(IND, "L9000", 5);
      const again = await inject(x, ["DY-MFG-2024"], form, big);
      expect(again.syncs).toBeLessThanOrEqual(10);
      expect(x.maxRequestBytes).toBeLessThan(FOUR_MB);
      const rows = x.tableRows("DB_Ind_DY_MFG_2024").rows;
      expect(rows).toHaveLength(10_000);
      expect(rows[8996]["实际值"]).toBe(5); // row 9000 = data row 8997
      expect(rows[9999]["缺口"]).toMatch(/S10003/);
    }
  });
});

describe("rollback", () => {
  test("a failure in a later write sync (large catalog) also removes every new sheet and name", async () => {
    const x = new FakeExcel();
    x.userSheet("Sheet1", { A1: 1 });
    x.failAtSync = 4; // after the first write syncs have created sheets and names
    await expect(inject(x, ["DY-MFG-2024"], "addin", syntheticCatalog(10_000))).rejects.toThrow(/新建的工作表已撤销/);
    expect(x.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(x.names.size).toBe(0);
    expect(x.tables).toHaveLength(0);
  });
});
