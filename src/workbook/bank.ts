/**
 * The HS-BANK-2024 evaluation sheet (docs/WORKBOOK.md, 银行考评): every bank × every rubric item prefilled from the
 * annexes (src/core/rubric bankEvaluationRows), inputs for the actuals, points per item (SCORE, or its
 * native formula), and a summary per bank: total, rank, result tier (TIER, or its native formula).
 *
 * The veto (一票否决) is an input of the summary rather than a detail row: a vetoed bank gets no total,
 * is not ranked (its rank reads 否决) and its result is the rubric's veto label. The combined item
 * (S-GUARANTEE) scores from its parts' points on the same bank's rows.
 */
import {
  bankEvaluationRows,
  itemKind,
  nativeScoreFormula,
  nativeTierFormula,
  rubricUnits,
  type BankItemRow,
} from "../core/rubric";
import type { Catalog, Rubric } from "../core/schema";
import { absoluteRange, parseAddress } from "./a1";
import { labelIs, nativeHeader, nativeHelperFormula } from "./highlight";
import { columnsOf } from "./columns";
import { STATUS_STYLE, TAB_COLOR, TableLayout, sameInBothForms, tableName } from "./layout";
import type { DualFormula, RowPlan, SheetPlan } from "./plan";

/** The native helper after 结果 (highlight.ts): the tier without the add-in, which the highlights compare. */
export const NATIVE_TIER_HEADER = nativeHeader("结果");
export const BANK_SUMMARY_HEADERS = ["序号", "银行", "一票否决", "总分", "名次", "结果", NATIVE_TIER_HEADER] as const;
export const BANK_DETAIL_HEADERS = [
  "银行",
  "考评项ID",
  "考评项",
  "类别",
  "单位",
  "2023年基数",
  "任务数",
  "参照值",
  "实际值",
  "附加值",
  "得分",
  "计入总分",
  "填写说明",
] as const;

export function rubricsOf(catalog: Catalog, sourceIds: readonly string[]): Rubric[] {
  return catalog.rubrics.filter((r) => sourceIds.includes(r.sourceId));
}

/** "实际值：…；参照值：…；附加值：…" — what to type in each input of this row. */
function howToFill(row: BankItemRow): string {
  const parts = [`实际值：${row.inputs.actual}`];
  if (row.uses.reference)
    parts.push(`${row.referenceSource === "input" ? "参照值" : "任务数"}：${row.inputs.reference ?? ""}`);
  if (row.uses.extra) parts.push(`附加值：${row.inputs.extra ?? ""}`);
  return parts.join("；");
}

export function buildBankSheet(rubric: Rubric): SheetPlan {
  const banks = rubricUnits(rubric);
  const summary = new TableLayout(
    "A4",
    BANK_SUMMARY_HEADERS.map((header) => ({ header })),
  );
  const sFirst = summary.firstDataRow;
  const sLast = sFirst + banks.length - 1;

  const all = bankEvaluationRows(rubric);
  // The veto is asked once per unit, in the summary, not per detail row.
  const vetoItem = rubric.items.find((i) => itemKind(i.params.kind).disqualifies);
  const rows = all.filter((r) => !itemKind(r.kind).disqualifies);
  const detailAnchorRow = sLast + 4;
  const detail = new TableLayout(
    `A${detailAnchorRow}`,
    BANK_DETAIL_HEADERS.map((header) => ({ header })),
  );
  const dFirst = detail.firstDataRow;
  const dLast = dFirst + rows.length - 1;
  const detailCol = (h: string) => parseAddress(`${detail.letter(h)}1`).col;
  const detailRange = (h: string) => absoluteRange(detailCol(h), dFirst, detailCol(h), dLast);

  // Row number of each (bank, item) in the detail table: the combined item reads its parts' points.
  const rowOf = new Map(rows.map((r, i) => [`${r.bank}|${r.itemId}`, dFirst + i]));
  const itemsById = new Map(rubric.items.map((i) => [i.id, i]));
  const pointsLetter = detail.letter("得分");

  const detailRows: RowPlan[] = rows.map((r) => {
    const item = itemsById.get(r.itemId)!;
    let actual = detail.cell("实际值");
    let reference: string | undefined =
      r.referenceSource === "annex" || r.referenceSource === "default"
        ? detail.cell("任务数")
        : r.uses.reference
          ? detail.cell("参照值")
          : undefined;
    const extra = r.uses.extra ? detail.cell("附加值") : undefined;
    let blank = `${actual}=""`;
    const parts = itemKind(item.params.kind).parts?.(item.params);
    if (parts) {
      const [p1, p2] = parts.map((p) => `${pointsLetter}${rowOf.get(`${r.bank}|${p}`)}`);
      actual = p1;
      reference = p2;
      blank = `AND(${p1}="",${p2}="")`;
    }
    const args = [actual, reference ?? (extra ? "" : undefined), extra].filter((x): x is string => x !== undefined);
    const points: DualFormula = {
      addin: `=IF(${blank},"",POLICY.SCORE(${detail.cell("考评项ID")},${args.join(",")}))`,
      portable: `=IF(${blank},"",${nativeScoreFormula(item, { actual, reference, extra })})`,
    };
    return {
      key: `${r.bank}|${r.itemId}`,
      values: {
        银行: r.bank,
        考评项ID: r.itemId,
        考评项: r.itemName,
        类别: r.subgroup ? `${r.group}·${r.subgroup}` : r.group,
        单位: r.unit ?? null,
        "2023年基数": r.base,
        任务数: r.referenceSource === "annex" || r.referenceSource === "default" ? r.reference : null,
        得分: points,
        计入总分: r.countsInTotal ? "是" : "否",
        填写说明: itemKind(item.params.kind).howToFill?.(item.params) ?? howToFill(r),
      },
    };
  });

  const detailColumns = columnsOf("考评明细", BANK_DETAIL_HEADERS, [
    { header: "银行", role: "catalog", width: 12 },
    { header: "考评项ID", role: "catalog", width: 30 },
    { header: "考评项", role: "catalog", width: 22 },
    { header: "类别", role: "catalog", width: 22 },
    { header: "单位", role: "catalog", width: 6 },
    { header: "2023年基数", role: "catalog", numberFormat: "General", width: 10 },
    {
      header: "任务数",
      role: "catalog",
      numberFormat: "General",
      width: 10,
      note: "附件任务或文件规定的任务 / The task from the annex or the text",
    },
    {
      header: "参照值",
      role: "input",
      width: 10,
      note: "全市平均、年初利率、市定任务等（见填写说明） / Citywide average, start-of-year rate …",
    },
    {
      header: "实际值",
      role: "input",
      width: 10,
      note: "增速、比率按小数填写（12% 填 0.12 或 12%） / Rates as fractions",
    },
    { header: "附加值", role: "input", width: 10 },
    { header: "得分", role: "computed", numberFormat: "0.00", width: 8 },
    { header: "计入总分", role: "catalog", width: 8 },
    { header: "填写说明", role: "catalog", width: 60 },
  ]);

  const points = detailRange("得分");
  const names = detailRange("银行");
  const counts = detailRange("计入总分");
  const [C, D, E] = ["一票否决", "总分", "名次"].map((h) => summary.cell(h));
  const totalsRange = absoluteRange(
    parseAddress(`${summary.letter("总分")}1`).col,
    sFirst,
    parseAddress(`${summary.letter("总分")}1`).col,
    sLast,
  );
  const count = `COUNT(${totalsRange})`;
  const summaryColumns = columnsOf("考评汇总", BANK_SUMMARY_HEADERS, [
    { header: "序号", role: "catalog", numberFormat: "0", width: 6 },
    { header: "银行", role: "catalog", width: 14 },
    {
      header: "一票否决",
      role: "input",
      width: 10,
      validation: { kind: "list", values: ["否", "是"] },
      note: vetoItem ? `${vetoItem.name}：${vetoItem.inputs.actual}` : "一票否决（是/否）",
    },
    {
      header: "总分",
      role: "computed",
      numberFormat: "0.00",
      width: 9,
      formula: sameInBothForms(`=IF(${C}="是","",SUMIFS(${points},${names},${summary.cell("银行")},${counts},"是"))`),
    },
    {
      header: "名次",
      role: "computed",
      numberFormat: "0",
      width: 8,
      formula: sameInBothForms(`=IF(${C}="是","否决",IF(ISNUMBER(${D}),RANK(${D},${totalsRange}),""))`),
    },
    {
      header: "结果",
      role: "computed",
      width: 20,
      formula: {
        addin: `=IF(${E}="","",POLICY.TIER("${rubric.id}",${E},${count}))`,
        portable: `=IF(${E}="","",${nativeTierFormula(rubric, E, count)})`,
      },
    },
    {
      header: NATIVE_TIER_HEADER,
      role: "computed",
      width: 20,
      formula: nativeHelperFormula(summary.cell("结果"), `IF(${E}="","",${nativeTierFormula(rubric, E, count)})`),
      note: "用 Excel 原生公式算出的结果，未加载对标加载项时也有；颜色标识依据此列 / The tier by native formulas: shown without the add-in; the colours follow this column",
    },
  ]);
  const summaryRows: RowPlan[] = banks.map((bank, i) => ({ key: bank, values: { 序号: i + 1, 银行: bank } }));

  // The rules compare the tier cell (highlight.ts): native 结果 in the portable form, the helper in the add-in form.
  const tierIs = (label: string): DualFormula => ({
    addin: labelIs(summary.rowCell(NATIVE_TIER_HEADER), label),
    portable: labelIs(summary.rowCell("结果"), label),
  });
  const top = rubric.tiers.find((t) => !t.fromEnd && t.from === 1);
  const bottom = rubric.tiers.find((t) => t.fromEnd);
  const cfs = [];
  if (bottom) {
    const veto = `${summary.rowCell("一票否决")}="是"`;
    const t = tierIs(bottom.label);
    cfs.push({
      columns: [],
      formula: {
        addin: `=OR(${veto},IFERROR(${t.addin},FALSE))`,
        portable: `=OR(${veto},IFERROR(${t.portable},FALSE))`,
      },
      fill: STATUS_STYLE.滞后.fill,
      fontColor: STATUS_STYLE.滞后.fontColor,
      label: `${bottom.label}/一票否决`,
    });
  }
  if (top) {
    const t = tierIs(top.label);
    cfs.push({
      columns: [],
      formula: { addin: `=${t.addin}`, portable: `=${t.portable}` },
      fill: STATUS_STYLE.已达标.fill,
      fontColor: STATUS_STYLE.已达标.fontColor,
      label: top.label,
    });
  }

  return {
    key: `bank:${rubric.id}`,
    name: "银行考评",
    kind: "bank",
    tabColor: TAB_COLOR.bank,
    freezeRows: summary.headerRow,
    // Protected (inputs unlocked, filtering allowed, sorting not): the combined item's points read
    // its parts' rows by row number, so a sort would silently pair them with another bank's rows;
    // the 16 banks and their items come from the annexes, so no row is added by hand.
    protect: true,
    cells: [
      { address: "A1", value: `${rubric.name} 考评计分`, role: "catalog", bold: true },
      {
        address: "A2",
        value:
          "在下方明细表黄色列填写各行实际值等；汇总表自动计算总分、名次和结果。/ Type actuals in the detail table's yellow columns.",
        role: "catalog",
      },
      { address: `A${detailAnchorRow - 1}`, value: "考评明细 / Items", role: "catalog", bold: true },
    ],
    tables: [
      {
        name: tableName("Bank", "Summary"),
        anchor: summary.anchor,
        columns: summaryColumns,
        rows: summaryRows,
        keyColumn: "银行",
        conditionalFormats: cfs,
      },
      {
        name: tableName("Bank", "Detail"),
        anchor: detail.anchor,
        columns: detailColumns,
        rows: detailRows,
        keyColumn: "银行",
        keyColumns: ["银行", "考评项ID"],
        conditionalFormats: [],
      },
    ],
  };
}
