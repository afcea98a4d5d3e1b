/**
 * The plan builder (no office.js): what a user of the injected workbook relies on — the exact
 * headers of docs/WORKBOOK.md, formulas over the row's own cells, highlights that never call POLICY, catalog
 * text that stays text, the bank sheet for all 16 banks, tasks with due dates.
 */
import { builtInCatalog } from "../../src/catalog";
import type { Catalog } from "../../src/core/schema";
import { buildPlan, PlanError } from "../../src/workbook";
import type { DualFormula, SheetPlan, TablePlan, WorkbookPlan } from "../../src/workbook/plan";
import { isDualFormula } from "../../src/workbook/office/cells";

const catalog = builtInCatalog();
const ALL = catalog.sources.map((s) => s.id);
const plan = (ids: string[] = ALL, form: "addin" | "portable" = "addin"): WorkbookPlan =>
  buildPlan(catalog, ids, { form, reportDate: "2024-12-31" });
const sheet = (p: WorkbookPlan, key: string): SheetPlan => {
  const s = p.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
};

/** Every formula text of a table (column formulas, per-row formulas, totals), in a form. */
function formulas(t: TablePlan, form: "addin" | "portable"): string[] {
  const pick = (f: DualFormula) => (form === "addin" ? f.addin : f.portable);
  const out: string[] = [];
  for (const c of t.columns) if (c.formula) out.push(pick(c.formula) ?? "");
  for (const r of t.rows) for (const v of Object.values(r.values)) if (isDualFormula(v)) out.push(pick(v) ?? "");
  return out.filter(Boolean);
}

describe("indicator sheet", () => {
  const p = plan(["DY-MFG-2024"]);
  const t = sheet(p, "indicators:DY-MFG-2024").tables[0];

  test("has exactly the headers of docs/WORKBOOK.md, one <YYYY>年目标 per milestone year, then the native status", () => {
    expect(t.columns.map((c) => c.header)).toEqual([
      "ID",
      "指标名称",
      "类别",
      "单位",
      "方向",
      "基期年",
      "基期值",
      "2024年目标",
      "2026年目标",
      "属性",
      "牵头单位",
      "实际值",
      "截至日期",
      "预期值",
      "缺口",
      "完成进度",
      "状态",
      "状态（原生）",
      // Check-ins (docs/WORKBOOK.md): the computed columns read 采用值 and 采用日期.
      "采用值",
      "采用日期",
      "来源",
      "上期值",
      "趋势",
    ]);
  });

  test("lists every indicator of the source with its catalog values", () => {
    expect(t.rows.map((r) => r.key)).toEqual(
      catalog.indicators.filter((i) => i.sourceId === "DY-MFG-2024").map((i) => i.id),
    );
    const r1 = t.rows.find((r) => r.key === "DY-MFG-2024.01")!.values;
    expect(r1).toMatchObject({
      指标名称: "规上工业总产值",
      单位: "亿元",
      基期年: 2023,
      基期值: 557,
      "2024年目标": 700,
      "2026年目标": 1050,
      方向: "越大越好",
    });
  });

  test("marks 实际值 and 截至日期 as inputs and the four results as computed", () => {
    const role = (h: string) => t.columns.find((c) => c.header === h)!.role;
    expect(["实际值", "截至日期"].map(role)).toEqual(["input", "input"]);
    expect(["预期值", "缺口", "完成进度", "状态"].map(role)).toEqual(["computed", "computed", "computed", "computed"]);
  });

  test("computed columns are POLICY functions over the row's own cells (add-in form)", () => {
    const f = (h: string) => t.columns.find((c) => c.header === h)!.formula!;
    // 采用值 S (the latest check-in, else 实际值 L), 采用日期 T (else 截至日期 M), 2026年目标 I, 方向 E,
    // 基期值 G, 基期年 F, 预期值 N.
    expect(f("缺口").addin).toBe('=IF(S{r}="","",POLICY.GAPTOTARGET(S{r},I{r},E{r}))');
    expect(f("完成进度").addin).toBe('=IF(S{r}="","",POLICY.PROGRESS(S{r},I{r},G{r},E{r}))');
    expect(f("预期值").addin).toBe(
      '=IF(ISNUMBER(G{r}),POLICY.EXPECTED(G{r},I{r},F{r},2026,IF(T{r}="",DB_ReportDate,T{r})),"")',
    );
    expect(f("状态").addin).toBe('=IF(S{r}="","",POLICY.STATUS(S{r},I{r},G{r},N{r},E{r}))');
  });

  test("every cell reference in a row formula is in the formula's own row", () => {
    for (const form of ["addin", "portable"] as const)
      for (const text of formulas(t, form)) {
        const refs = text.replace(/"(?:[^"]|"")*"/g, "").match(/\$?[A-Z]{1,3}\$?(\d+|\{r\})(?![A-Za-z0-9_(])/g) ?? [];
        for (const ref of refs) expect(ref).toMatch(/\{r\}$/);
      }
  });

  test("the portable form uses native formulas only", () => {
    for (const text of formulas(t, "portable")) expect(text).not.toMatch(/POLICY\./i);
  });

  test("a blank 截至日期 falls back to the workbook's report date cell", () => {
    const about = sheet(p, "about");
    const date = about.cells.find((c) => c.name === "DB_ReportDate")!;
    expect(date).toMatchObject({ role: "input", value: { date: "2024-12-31" } });
    expect(t.columns.find((c) => c.header === "预期值")!.formula!.portable).toContain('IF(T{r}="",DB_ReportDate,T{r})');
  });

  test("a text target (根据省级目标) gets no formulas and says so", () => {
    const r = t.rows.find((x) => x.key === "DY-MFG-2024.33")!.values;
    expect(r["2026年目标"]).toBe("根据省级目标");
    expect(r["状态"]).toBe("文字目标");
    expect(r["缺口"]).toBeNull();
  });

  test("a ranged target is measured against its floor (up) in the row's own formula", () => {
    const ez = sheet(plan(["EZ-IND-2027"]), "indicators:EZ-IND-2027").tables[0];
    const ranged = catalog.indicators.find(
      (i) => i.sourceId === "EZ-IND-2027" && i.milestones.at(-1)!.target.kind === "range",
    )!;
    const fin = ranged.milestones.at(-1)!.target as { min: number; max: number };
    const row = ez.rows.find((r) => r.key === ranged.id)!.values;
    expect(row["2027年目标"]).toBe(`${fin.min}—${fin.max}`);
    expect((row["缺口"] as DualFormula).addin).toContain(
      `POLICY.GAPTOTARGET(R{r},${ranged.direction === "up" ? fin.min : fin.max},`,
    );
  });
});

describe("highlights", () => {
  test("no conditional format anywhere calls a POLICY function, in either form", () => {
    for (const form of ["addin", "portable"] as const)
      for (const s of plan(ALL, form).sheets)
        for (const t of s.tables)
          for (const cf of t.conditionalFormats) {
            expect(cf.formula.addin).not.toMatch(/POLICY\./i);
            expect(cf.formula.portable ?? "").not.toMatch(/POLICY\./i);
          }
  });

  test("indicator tables colour 滞后 red, 预警 amber, 已达标 green over the whole row", () => {
    const t = sheet(plan(["DY-MFG-2024"]), "indicators:DY-MFG-2024").tables[0];
    expect(t.conditionalFormats.map((c) => [c.label, c.fill, c.columns.length])).toEqual([
      ["滞后", "#FFC7CE", 0],
      ["预警", "#FFEB9C", 0],
      ["已达标", "#C6EFCE", 0],
    ]);
  });

  test("the add-in form's highlight compares the native status column, which computes from the row's inputs", () => {
    const t = sheet(plan(["DY-MFG-2024"]), "indicators:DY-MFG-2024").tables[0];
    expect(t.conditionalFormats[0].formula).toEqual({ addin: '=$R{r}="滞后"', portable: '=$Q{r}="滞后"' });
    const helper = t.columns.find((c) => c.header === "状态（原生）")!.formula!;
    const prefix = "=IF(ISTEXT(Q{r}),Q{r},";
    expect(helper.addin.startsWith(prefix)).toBe(true);
    // The fallback reads inputs and catalog cells only, never a POLICY cell (预期值…状态 are N…Q).
    expect(helper.addin.slice(prefix.length)).not.toMatch(/POLICY\.|[NOPQ]\{r\}/);
    for (const ref of ["S{r}", "I{r}", "G{r}", "F{r}", "T{r}", "DB_ReportDate"]) expect(helper.addin).toContain(ref);
    expect(helper.portable).toBe("=Q{r}");
  });
});

describe("catalog text", () => {
  test("text that looks like a formula stays a plain value in the plan, never a formula", () => {
    const hostile: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((i) =>
        i.id === "DY-MFG-2024.01" ? { ...i, name: '=HYPERLINK("http://x","y")', leadUnit: "+1" } : i,
      ),
    };
    const t = sheet(
      buildPlan(hostile, ["DY-MFG-2024"], { form: "addin", reportDate: "2024-12-31" }),
      "indicators:DY-MFG-2024",
    ).tables[0];
    const row = t.rows.find((r) => r.key === "DY-MFG-2024.01")!.values;
    expect(row["指标名称"]).toBe('=HYPERLINK("http://x","y")');
    expect(isDualFormula(row["指标名称"])).toBe(false);
    expect(row["牵头单位"]).toBe("+1");
  });
});

describe("tasks", () => {
  const t = sheet(plan(["DY-MFG-2024"]), "tasks:DY-MFG-2024").tables[0];

  test("list every task with its lead unit and due date (month → its last day)", () => {
    const first = t.rows.find((r) => r.key === "DY-MFG-2024.T001")!.values;
    expect(first).toMatchObject({ 牵头单位: "市经信局", 完成时限: "到2026年", 截止日期: { date: "2026-12-31" } });
    expect(t.rows).toHaveLength(catalog.tasks.filter((x) => x.sourceId === "DY-MFG-2024").length);
  });

  test("overdue = due before the report date and not 已完成, highlighted red natively", () => {
    expect(t.columns.find((c) => c.header === "逾期")!.formula!.portable).toBe(
      '=IF(AND(ISNUMBER(H{r}),IF(H{r}<10000,DATE(H{r},12,31),H{r})<DB_ReportDate,N{r}<>"已完成"),"逾期","")', // N = 采用完成情况
    );
    const cf = t.conditionalFormats.find((c) => c.label === "逾期")!;
    expect(cf.formula.addin).toBe(
      '=AND(ISNUMBER($H{r}),IF($H{r}<10000,DATE($H{r},12,31),$H{r})<DB_ReportDate,$N{r}<>"已完成")',
    );
    expect(cf.fill).toBe("#FFC7CE");
  });
});

describe("rules and the application calculator", () => {
  const p = plan(["DY-MFG-2024", "EZ-IND-2027"]);
  const rules = sheet(p, "rules").tables[0];
  const apps = sheet(p, "calculator").tables[0];

  test("the rule sheet lists the chosen sources' rules, named for the dropdown", () => {
    expect(rules.rows.map((r) => r.key)).toEqual(
      catalog.rules.filter((r) => ["DY-MFG-2024", "EZ-IND-2027"].includes(r.sourceId)).map((r) => r.id),
    );
    expect(rules.names).toContainEqual({ name: "DB_RuleIds", column: "ID" });
    const tech = rules.rows.find((r) => r.key === "DY-MFG-2024.R-TECHREFORM")!.values;
    expect(tech["上限（万元）"]).toBe(200);
  });

  test("the calculator picks the rule from a dropdown and computes SUBSIDY / EXPLAIN", () => {
    const col = (h: string) => apps.columns.find((c) => c.header === h)!;
    expect(col("规则ID").validation).toEqual({ kind: "listRange", source: "=DB_RuleIds" });
    expect(col("奖补金额（万元）").formula!.addin).toBe('=IF(C{r}="","",POLICY.SUBSIDY(C{r},E{r},F{r},G{r}))');
    expect(col("计算说明").formula!.addin).toBe('=IF(C{r}="","",POLICY.EXPLAIN(C{r},E{r},F{r},G{r}))');
    expect(col("奖补金额（万元）").formula!.portable).toContain('"DY-MFG-2024.R-TECHREFORM"');
    expect(col("计算说明").formula!.portable).not.toMatch(/POLICY\./);
    expect(apps.blankRows).toBeGreaterThanOrEqual(20);
  });

  test("a source without rules gets no rule sheet", () => {
    expect(plan(["HS-CLUSTER-2026"]).sheets.some((s) => s.key === "rules")).toBe(false);
  });
});

describe("bank evaluation", () => {
  const s = sheet(plan(["HS-BANK-2024"]), "bank:HS-BANK-2024");
  const [summary, detail] = s.tables;

  test("covers all 16 banks with a total, a rank and a result tier", () => {
    expect(summary.rows).toHaveLength(16);
    expect(summary.rows[0].values).toMatchObject({ 序号: 1, 银行: "农发行" });
    expect(summary.columns.find((c) => c.header === "结果")!.formula!.addin).toMatch(
      /POLICY\.TIER\("HS-BANK-2024",E\{r\},COUNT\(\$D\$5:\$D\$20\)\)/,
    );
  });

  test("prefills each bank's task from the annexes and scores with SCORE", () => {
    const rubric = catalog.rubrics[0];
    const items = rubric.items.filter((i) => i.params.kind !== "veto");
    expect(detail.rows).toHaveLength(16 * items.length);
    const loan = detail.rows.find((r) => r.key === "农发行|HS-BANK-2024.S-LOAN-INC")!.values;
    expect(loan).toMatchObject({ 任务数: 42.3, "2023年基数": 282.01 });
    expect((loan["得分"] as DualFormula).addin).toBe('=IF(I{r}="","",POLICY.SCORE(B{r},I{r},G{r}))');
  });

  test("the combined guarantee item adds its two parts' points on the same bank's rows", () => {
    const i = detail.rows.findIndex((r) => r.key === "工商银行|HS-BANK-2024.S-GUARANTEE");
    const first = Number(detail.anchor.slice(1)) + 1;
    const partRow = (item: string) => first + detail.rows.findIndex((r) => r.key === `工商银行|HS-BANK-2024.${item}`);
    const f = (detail.rows[i].values["得分"] as DualFormula).addin;
    expect(f).toContain(`K${partRow("S-GUARANTEE-STARTUP")}`);
    expect(f).toContain(`K${partRow("S-GUARANTEE-GOVBANK")}`);
  });
});

describe("the whole plan", () => {
  test("has the about sheet first and the hidden embedded catalog last, with its version", () => {
    const p = plan();
    expect(p.sheets[0].key).toBe("about");
    const cat = p.sheets.at(-1)!;
    expect(cat).toMatchObject({ key: "catalog", name: "_duibiao_catalog", hidden: true });
    expect(p.catalogVersion).toBe(catalog.version);
    expect(JSON.parse(p.embeddedCatalog).version).toBe(catalog.version);
  });

  test("table names are stable and unique; sheet names fit Excel's 31 characters", () => {
    const p = plan();
    const names = p.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^DB_[A-Za-z0-9_]+$/);
    for (const s of p.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(plan().sheets.map((s) => s.tables.map((t) => t.name))).toEqual(
      p.sheets.map((s) => s.tables.map((t) => t.name)),
    );
  });

  test("notes of the entries (known inconsistencies, reading decisions) are shown on the 说明 sheet", () => {
    const notes = sheet(plan(["DY-MFG-2024"]), "about").tables.find((t) => t.name === "DB_Notes")!;
    expect(notes.rows.some((r) => r.values["条目ID"] === "DY-MFG-2024.02")).toBe(true);
  });

  test("unknown sources and bad report dates are refused with a clear message", () => {
    expect(() => buildPlan(catalog, ["NOPE-1"], { form: "addin" })).toThrow(PlanError);
    expect(() => buildPlan(catalog, ["NOPE-1"], { form: "addin" })).toThrow(/NOPE-1/);
    expect(() => buildPlan(catalog, ["DY-MFG-2024"], { form: "addin", reportDate: "2024/12/31" })).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => buildPlan(catalog, [], { form: "addin" })).toThrow(/至少/);
  });
});

describe("colours", () => {
  /** WCAG contrast ratio of two #RRGGBB colours. */
  const contrast = (a: string, b: string) => {
    const lum = (hex: string) => {
      const [r, g, bl] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
    return (x + 0.05) / (y + 0.05);
  };

  test("highlight text stays readable on its fill (≥ 4.5:1)", () => {
    for (const s of plan().sheets)
      for (const t of s.tables)
        for (const cf of t.conditionalFormats)
          if (cf.fontColor) expect([cf.label, contrast(cf.fill, cf.fontColor) >= 4.5]).toEqual([cf.label, true]);
  });
});
