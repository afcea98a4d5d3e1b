/**
 * The incentive-rule reference sheet and the application calculator (docs/WORKBOOK.md, 奖补规则 and 奖补测算).
 *
 * 奖补规则: one row per rule of the chosen sources, catalog-owned (what the clause says, units, rates,
 * caps, gates, the quoted text), plus per-rule totals of the applications (申报数, 奖补合计).
 * 奖补测算: an input table of applications (enterprise, rule chosen from a dropdown of the rule IDs,
 * amount, qualifier, bound) with the award (SUBSIDY, or the native chooser formula in the portable
 * form) and the explanation (EXPLAIN; EXPLAIN has no native form, so the portable form writes a short
 * native sentence from the rule's name, the award and the clause — decision recorded here and in the
 * column's portableNote), and a budget check at the top.
 *
 * Cross-sheet references go through workbook names (DB_RuleIds …), never through sheet names.
 */
import { nativeChooserFormula, ruleKind } from "../core/incentives";
import type { Catalog, Computation, Rule } from "../core/schema";
import { columnsOf } from "./columns";
import { TAB_COLOR, TableLayout, sameInBothForms, tableName } from "./layout";
import type { ColumnPlan, RowPlan, SheetPlan } from "./plan";

export const RULE_IDS_NAME = "DB_RuleIds";
export const RULE_NAMES_NAME = "DB_RuleNames";
export const RULE_CLAUSES_NAME = "DB_RuleClauses";
export const APP_RULES_NAME = "DB_AppRules";
export const APP_AWARDS_NAME = "DB_AppAwards";
export const BUDGET_NAME = "DB_Budget";
/** Rows an application list may grow to before the per-rule totals stop seeing new rows. */
export const APP_ROOM = 2000;
export const APP_BLANK_ROWS = 30;
export const BOUND_CHOICES = ["上限", "下限", "中值"];
/** Excel's limit on a formula's length. */
export const MAX_FORMULA = 8192;

export const RULE_HEADERS = [
  "ID",
  "规则名称",
  "文件",
  "条款",
  "计算方式",
  "金额口径",
  "补充参数",
  "比例或金额",
  "上限（万元）",
  "门槛",
  "输出单位",
  "原文",
  "备注",
  "申报数",
  "奖补合计（万元）",
] as const;

export const APP_HEADERS = [
  "序号",
  "企业名称",
  "规则ID",
  "规则名称",
  "金额",
  "补充参数",
  "取值",
  "奖补金额（万元）",
  "计算说明",
] as const;

/** The computation in a few words, as a reader of the rule sheet needs it (the kind's own text). */
export function computationText(c: Computation, outputUnit: string): { kind: string; amount: string } {
  const kind = ruleKind(c.kind);
  return { kind: kind.label, amount: kind.sheetText(c, outputUnit) };
}

function qualifierText(r: Rule): string | null {
  const q = r.qualifier;
  if (q.type === "none") return null;
  if (q.type === "number") return `${q.meaning}（${q.unit}）`;
  if (q.type === "category") return `${q.meaning}：${q.options.join("/")}`;
  return q.meaning;
}

export function rulesOf(catalog: Catalog, sourceIds: readonly string[]): Rule[] {
  return catalog.rules.filter((r) => sourceIds.includes(r.sourceId));
}

export function buildRuleSheet(catalog: Catalog, rules: Rule[]): SheetPlan | null {
  if (!rules.length) return null;
  const L = new TableLayout(
    "A3",
    RULE_HEADERS.map((header) => ({ header })),
  );
  const docOf = new Map(catalog.sources.map((s) => [s.id, s.docNumber ?? s.title]));
  const text = (header: string, width: number): ColumnPlan => ({ header, role: "catalog", width });
  const columns = columnsOf("奖补规则", RULE_HEADERS, [
    text("ID", 30),
    text("规则名称", 28),
    text("文件", 18),
    text("条款", 18),
    text("计算方式", 12),
    text("金额口径", 10),
    text("补充参数", 24),
    text("比例或金额", 30),
    { header: "上限（万元）", role: "catalog", numberFormat: "#,##0.##", width: 11 },
    text("门槛", 28),
    text("输出单位", 8),
    text("原文", 60),
    text("备注", 40),
    {
      header: "申报数",
      role: "computed",
      numberFormat: "0",
      width: 8,
      formula: sameInBothForms(`=COUNTIF(${APP_RULES_NAME},${L.cell("ID")})`),
      note: "“奖补测算”页选用此规则的申报条数 / Applications using this rule",
    },
    {
      header: "奖补合计（万元）",
      role: "computed",
      numberFormat: "#,##0.00",
      width: 14,
      formula: sameInBothForms(`=SUMIF(${APP_RULES_NAME},${L.cell("ID")},${APP_AWARDS_NAME})`),
    },
  ]);
  const rows: RowPlan[] = rules.map((r) => {
    const c = computationText(r.computation, r.outputUnit);
    return {
      key: r.id,
      values: {
        ID: r.id,
        规则名称: r.name,
        文件: docOf.get(r.sourceId) ?? r.sourceId,
        条款: r.provenance[0].clause,
        计算方式: c.kind,
        金额口径: r.amountUnit,
        补充参数: qualifierText(r),
        比例或金额: c.amount,
        "上限（万元）": r.cap ?? null,
        门槛: r.gates.map((g) => g.label).join("；") || null,
        输出单位: r.outputUnit,
        原文: r.provenance.map((p) => p.quote).join(" …… "),
        备注: r.notes.join("；") || null,
      },
    };
  });
  return {
    key: "rules",
    name: "奖补规则",
    kind: "rules",
    tabColor: TAB_COLOR.rules,
    freezeRows: L.headerRow,
    // Protected (filtering allowed): a reference of the catalog's rules; an edited rule ID would
    // break the calculator's dropdown and lookups, and a row typed here is no rule the add-in knows.
    protect: true,
    cells: [
      { address: "A1", value: "奖补规则一览（金额单位：万元）", role: "catalog", bold: true },
      {
        address: "A2",
        value:
          "在“奖补测算”页选择规则ID并填写金额即可计算。/ Pick a rule ID on the 奖补测算 sheet and type the amount.",
        role: "catalog",
      },
    ],
    tables: [
      {
        name: tableName("Rules"),
        anchor: L.anchor,
        columns,
        rows,
        keyColumn: "ID",
        conditionalFormats: [],
        names: [
          { name: RULE_IDS_NAME, column: "ID" },
          { name: RULE_NAMES_NAME, column: "规则名称" },
          { name: RULE_CLAUSES_NAME, column: "条款" },
        ],
      },
    ],
  };
}

export function buildCalculatorSheet(rules: Rule[]): SheetPlan | null {
  if (!rules.length) return null;
  const L = new TableLayout(
    "A5",
    APP_HEADERS.map((header) => ({ header })),
  );
  const [C, D, E, F, G, H] = ["规则ID", "规则名称", "金额", "补充参数", "取值", "奖补金额（万元）"].map((h) =>
    L.cell(h),
  );
  const chooser = nativeChooserFormula(rules, { rule: C, amount: E, qualifier: F, bound: G });
  const columns = columnsOf("奖补测算", APP_HEADERS, [
    {
      header: "序号",
      role: "computed",
      numberFormat: "0",
      width: 6,
      formula: sameInBothForms(`=ROW()-${L.headerRow}`),
    },
    { header: "企业名称", role: "input", width: 24 },
    {
      header: "规则ID",
      role: "input",
      width: 30,
      validation: { kind: "listRange", source: `=${RULE_IDS_NAME}` },
      note: "从下拉列表选择规则 / Choose a rule from the list",
    },
    {
      header: "规则名称",
      role: "computed",
      width: 24,
      formula: sameInBothForms(
        `=IF(${C}="","",IFERROR(INDEX(${RULE_NAMES_NAME},MATCH(TRIM(${C}),${RULE_IDS_NAME},0)),"未知规则ID"))`,
      ),
    },
    {
      header: "金额",
      role: "input",
      numberFormat: "#,##0.##",
      width: 12,
      validation: { kind: "decimal", min: 0 },
      note: "按“奖补规则”页“金额口径”列的单位填写 / In the rule's amount unit (see 奖补规则)",
    },
    {
      header: "补充参数",
      role: "input",
      width: 14,
      note: "级别、总投资等，见“奖补规则”页“补充参数”列 / Level, total investment … as the rule says",
    },
    {
      header: "取值",
      role: "input",
      width: 8,
      validation: { kind: "list", values: BOUND_CHOICES },
      note: "区间取上限（默认）、下限或中值 / Bound: max (default), min, mid",
    },
    {
      header: "奖补金额（万元）",
      role: "computed",
      numberFormat: "#,##0.00",
      width: 14,
      formula: {
        addin: `=IF(${C}="","",POLICY.SUBSIDY(${C},${E},${F},${G}))`,
        // Excel's limit is 8,192 characters per formula: beyond it (very many rules) no native form.
        portable: chooser.length < MAX_FORMULA - 20 ? `=IF(${C}="","",${chooser})` : null,
        portableNote: "所选规则过多，原生公式超出 Excel 长度上限 / Too many rules for one native formula",
      },
    },
    {
      header: "计算说明",
      role: "computed",
      width: 60,
      formula: {
        addin: `=IF(${C}="","",POLICY.EXPLAIN(${C},${E},${F},${G}))`,
        portable:
          `=IF(${C}="","",IFERROR(${D}&"：奖补"&ROUND(${H},4)&"万元（依据"&` +
          `INDEX(${RULE_CLAUSES_NAME},MATCH(TRIM(${C}),${RULE_IDS_NAME},0))&"）","请检查规则ID、金额和补充参数"))`,
        portableNote:
          "便携版没有 EXPLAIN：此列为原生公式生成的简要说明 / No EXPLAIN without the add-in: a short native summary",
      },
    },
  ]);
  const sumAwards = `SUM(${APP_AWARDS_NAME})`;
  return {
    key: "calculator",
    name: "奖补测算",
    kind: "calculator",
    tabColor: TAB_COLOR.calculator,
    freezeRows: L.headerRow,
    // Not protected: users add application rows (a protected sheet cannot grow a table).
    protect: false,
    cells: [
      { address: "A1", value: "奖补测算（金额单位：万元）", role: "catalog", bold: true },
      { address: "A2", value: "每行一条申报：选规则ID，填金额和补充参数。/ One application per row.", role: "catalog" },
      { address: "A3", value: "预算（万元）", role: "catalog", bold: true },
      { address: "B3", value: null, role: "input", numberFormat: "#,##0.00", name: BUDGET_NAME },
      { address: "C3", value: "奖补合计", role: "catalog", bold: true },
      { address: "D3", value: sameInBothForms(`=${sumAwards}`), role: "computed", numberFormat: "#,##0.00" },
      { address: "E3", value: "预算结余", role: "catalog", bold: true },
      {
        address: "F3",
        value: sameInBothForms(`=IF(${BUDGET_NAME}="","",${BUDGET_NAME}-${sumAwards})`),
        role: "computed",
        numberFormat: "#,##0.00",
      },
      {
        address: "G3",
        value: sameInBothForms(`=IF(${BUDGET_NAME}="","",IF(${sumAwards}>${BUDGET_NAME},"超出预算","预算内"))`),
        role: "computed",
        bold: true,
      },
    ],
    tables: [
      {
        name: tableName("Applications"),
        anchor: L.anchor,
        columns,
        rows: [],
        keyColumn: "序号",
        blankRows: APP_BLANK_ROWS,
        conditionalFormats: [],
        names: [
          { name: APP_RULES_NAME, column: "规则ID", extraRows: APP_ROOM },
          { name: APP_AWARDS_NAME, column: "奖补金额（万元）", extraRows: APP_ROOM },
        ],
      },
    ],
  };
}
