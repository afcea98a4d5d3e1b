/**
 * What the 通报 says (docs/REPORT.md): a list of blocks — title, headings, paragraphs, tables — made
 * from the progress counts (src/core/progress.ts). Pure, so its sentences are tested without Word;
 * ./docx.ts lays the blocks out after GB/T 9704-2012.
 */
import {
  hasNoActuals,
  summarizeProgress,
  type TaskRow,
  NO_DATA,
  STATUS_ORDER,
  type CountGroup,
  type IndicatorRow,
  type ProgressSummary,
} from "../core/progress";
import { isPercentUnit } from "../core/parse";
import { STATUS_LABELS } from "../core/target";
import { TREND_LABELS } from "../workbook/checkins";

export type Block =
  | { kind: "title"; text: string }
  | { kind: "h1"; text: string }
  | { kind: "h2"; text: string }
  | { kind: "p"; text: string }
  /** A line that names a group (a unit) before its items. */
  | { kind: "lead"; text: string }
  | {
      kind: "table";
      caption: string;
      header: string[];
      rows: string[][];
      widths: number[];
      /** Rows in bold (subtotals, the total). */
      emphasis?: number[];
      /** Consecutive equal cells of the first column are one merged cell. */
      mergeFirstColumn?: boolean;
    };

export interface ReportInput {
  summary: ProgressSummary;
  /** The workbook's file name, as the data note names it. */
  file: string;
  /** Indicator rows computed by the engine rather than read as the spreadsheet computed them. */
  computedRows: number;
  /** The workbook holds another report date than the report's (the report was asked for another date). */
  workbookReportDate: string | null;
  /** Every indicator row, to tell "no actuals" from "no indicators". */
  indicators: readonly IndicatorRow[];
}

/** What a 通报 is made of: the rows read from a workbook (by the CLI's reader or the task pane's). */
export interface ReportRows {
  indicators: IndicatorRow[];
  tasks: TaskRow[];
  reportDate: string;
  /** The report date the workbook holds (null when blank). */
  workbookReportDate: string | null;
  /** Indicator rows the engine computed (0 in the task pane: Excel computed every row). */
  computedRows: number;
}

export interface Report {
  summary: ProgressSummary;
  blocks: Block[];
  title: string;
}

/** The 通报 of the rows: the one function the CLI and the task pane both call. */
export function buildReport(rows: ReportRows, file: string): Report {
  const summary = summarizeProgress(rows.indicators, rows.tasks, rows.reportDate);
  const blocks = reportBlocks({
    summary,
    file,
    computedRows: rows.computedRows,
    workbookReportDate: rows.workbookReportDate,
    indicators: rows.indicators,
  });
  return { summary, blocks, title: blocks[0]?.kind === "title" ? blocks[0].text : "通报" };
}

/** 2024年12月31日 from 2024-12-31. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** 一 … 九十九: heading numbers. */
export function chineseNumber(n: number): string {
  if (n <= 10) return CN_DIGITS[n];
  if (n < 20) return `十${CN_DIGITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${CN_DIGITS[tens]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
}

/** A number as a statistician writes it: thousands separators, at most `digits` decimals, no trailing zeros. */
export function formatNumber(x: number, digits = 2): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatShare(x: number | null): string {
  return x === null ? "—" : `${(x * 100).toFixed(1)}%`;
}

/** The gap in the indicator's unit: "2,300万元", "0.18个百分点" for a % indicator. */
export function formatGap(row: IndicatorRow): string {
  if (row.gap === null) return "—";
  if (row.gap <= 0) return "已达到";
  if (isPercentUnit(row.unit)) return `${formatNumber(row.gap)}个百分点`;
  return `${formatNumber(row.gap)}${row.unit}`;
}

function withUnit(x: number | null, unit: string): string {
  if (x === null) return "—";
  return isPercentUnit(unit) ? `${formatNumber(x)}%` : `${formatNumber(x)}${unit}`;
}

const COUNT_HEADER = [...STATUS_ORDER, "达标或正常占比"];

function countCells(g: CountGroup): string[] {
  return [String(g.total), ...STATUS_ORDER.map((s) => String(g.counts[s])), formatShare(g.onTrackShare)];
}

function subject(summary: ProgressSummary): string {
  const names = summary.bySource.map((g) => g.label);
  if (names.length === 1) return `《${names[0]}》`;
  if (names.length === 0) return "重点任务";
  return `《${names[0]}》等${names.length}项政策文件`;
}

function overviewSentence(summary: ProgressSummary): string {
  const c = summary.indicators.counts;
  const parts = STATUS_ORDER.map((s) => `${s}${c[s]}项`).join("，");
  return (
    `截至${chineseDate(summary.reportDate)}，纳入监测的${summary.bySource.length}项政策文件共有指标${summary.indicators.total}项。` +
    `其中，${parts}；有数据的${summary.indicators.withData}项指标中，已达标或进度正常的占${formatShare(summary.indicators.onTrackShare)}。`
  );
}

/** How many indicators moved since their previous check-in (趋势), or "" when none has two check-ins. */
export function trendSentence(rows: readonly IndicatorRow[]): string {
  const n = { better: 0, worse: 0, same: 0 };
  for (const r of rows) if (r.trend) n[r.trend] += 1;
  if (n.better + n.worse + n.same === 0) return "";
  return `与上期填报相比，${TREND_LABELS.better}${n.better}项，${TREND_LABELS.worse}${n.worse}项，${TREND_LABELS.same}${n.same}项。`;
}

function indicatorTable(caption: string, rows: readonly IndicatorRow[]): Block {
  return {
    kind: "table",
    caption,
    header: ["序号", "指标名称", "政策文件", "实际值", "目标值", "缺口", "完成进度", "牵头单位"],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.name,
      r.sourceName,
      withUnit(r.actual, r.unit),
      withUnit(r.target, r.unit),
      formatGap(r),
      formatShare(r.progress),
      r.leadUnit || "—",
    ]),
    widths: [5, 22, 16, 11, 11, 11, 9, 15],
  };
}

/** The 通报 as blocks, in reading order. */
export function reportBlocks(input: ReportInput): Block[] {
  const { summary } = input;
  const date = chineseDate(summary.reportDate);
  const blocks: Block[] = [{ kind: "title", text: `关于${subject(summary)}指标推进情况的通报（截至${date}）` }];
  const noActuals = summary.indicators.total > 0 && hasNoActuals(input.indicators);
  let section = 0;
  const h1 = (text: string) => blocks.push({ kind: "h1", text: `${chineseNumber(++section)}、${text}` });

  if (summary.indicators.total === 0) {
    blocks.push({ kind: "p", text: `截至${date}，工作簿中没有指标，本期只通报任务推进情况。` });
  } else if (noActuals) {
    blocks.push({
      kind: "p",
      text:
        `截至${date}，纳入监测的${summary.bySource.length}项政策文件共有指标${summary.indicators.total}项，` +
        `均尚未填报实际值，本期不统计指标完成情况。请各牵头单位填报实际值后再行通报。`,
    });
  } else {
    blocks.push({
      kind: "p",
      text: `${overviewSentence(summary)}${trendSentence(input.indicators)}现将有关情况通报如下。`,
    });
    h1("指标总体情况");
    const rows: string[][] = [];
    const emphasis: number[] = [];
    for (const g of summary.bySource) {
      for (const c of g.categories) rows.push([g.label, c.label, ...countCells(c)]);
      if (g.categories.length > 1) {
        emphasis.push(rows.length);
        rows.push([g.label, "小计", ...countCells(g)]);
      }
    }
    emphasis.push(rows.length);
    rows.push(["合计", "", ...countCells(summary.indicators)]);
    blocks.push({
      kind: "table",
      caption: "表1  各政策文件分类别指标状态",
      header: ["政策文件", "类别", "指标数", ...COUNT_HEADER],
      rows,
      widths: [16, 20, 6, 6, 6, 6, 6, 6, 6, 9],
      emphasis,
      mergeFirstColumn: true,
    });
    blocks.push({
      kind: "p",
      text:
        `注：${STATUS_LABELS.met}指实际值已达到最终目标；${STATUS_LABELS.onTrack}指达到按进度应有的水平；` +
        `${STATUS_LABELS.warning}指落后于应有水平但在容差（基期至目标跨度的5%）以内；${STATUS_LABELS.behind}指落后超出容差；` +
        `${STATUS_LABELS.notMet}指无基期值、无法按进度衡量且尚未达到目标；${NO_DATA}指未填报实际值或为文字目标。`,
    });

    h1("滞后和预警指标");
    blocks.push({ kind: "h2", text: `（一）滞后指标（${summary.behind.length}项）` });
    if (summary.behind.length) blocks.push(indicatorTable("表2  滞后指标", summary.behind));
    else blocks.push({ kind: "p", text: "本期没有滞后指标。" });
    blocks.push({ kind: "h2", text: `（二）预警指标（${summary.warning.length}项）` });
    if (summary.warning.length) blocks.push(indicatorTable("表3  预警指标", summary.warning));
    else blocks.push({ kind: "p", text: "本期没有预警指标。" });
    if (summary.problems.length) {
      blocks.push({ kind: "h2", text: `（三）需核实的指标（${summary.problems.length}项）` });
      blocks.push({
        kind: "p",
        text: "以下指标已填报实际值，但无法计算状态（如实际值不是数值、截至日期有误），未计入上述统计，请核实：",
      });
      summary.problems.forEach((r, i) =>
        blocks.push({ kind: "p", text: `${i + 1}. ${r.name}（${r.id}，${r.sourceName}）：${r.problem ?? ""}` }),
      );
    }
  }

  const t = summary.tasks;
  if (t.total > 0) {
    h1("重点任务推进情况");
    if (t.entered === 0) {
      blocks.push({
        kind: "p",
        text:
          `纳入监测的重点任务共${t.total}项，各项任务尚未填报进展和完成情况，本期不作排名。` +
          (t.overdue ? `其中已过截止日期的${t.overdue}项，请各牵头单位及时填报。` : "请各牵头单位及时填报。"),
      });
    } else {
      blocks.push({
        kind: "p",
        text:
          `纳入监测的重点任务共${t.total}项，已完成${t.done}项，推进中${t.inProgress}项，未开始${t.notStarted}项；` +
          `已过截止日期仍未完成的逾期任务${t.overdue}项。`,
      });
      blocks.push({ kind: "h2", text: `（一）逾期任务（${t.overdue}项）` });
      if (!summary.overdueByUnit.length) blocks.push({ kind: "p", text: "本期没有逾期任务。" });
      summary.overdueByUnit.forEach((g, i) => {
        blocks.push({ kind: "lead", text: `${i + 1}. ${g.unit}（${g.tasks.length}项）` });
        g.tasks.forEach((task, j) =>
          blocks.push({
            kind: "p",
            text: `（${j + 1}）${task.text}（截止日期${task.due ? chineseDate(task.due) : "未定"}，完成情况：${task.state ?? "未填报"}${task.note ? `；进展：${task.note}` : ""}）`,
          }),
        );
      });
      blocks.push({ kind: "h2", text: "（二）牵头单位任务完成排名" });
      blocks.push({
        kind: "table",
        caption: `表${summary.indicators.total > 0 && !noActuals ? 4 : 1}  牵头单位任务完成情况排名`,
        header: ["名次", "牵头单位", "任务数", "已完成", "推进中", "未开始", "逾期", "完成率"],
        rows: summary.units.map((u) => [
          String(u.rank),
          u.unit,
          String(u.total),
          String(u.done),
          String(u.inProgress),
          String(u.notStarted),
          String(u.overdue),
          formatShare(u.completionRate),
        ]),
        widths: [7, 33, 10, 10, 10, 10, 9, 11],
      });
      blocks.push({
        kind: "p",
        text: "注：按完成率（已完成任务数÷任务数）排名，完成率相同的单位名次相同；多个单位共同牵头的任务计入每个牵头单位。",
      });
    }
  }

  h1("数据说明");
  const notes = [
    `本通报数据取自工作簿“${input.file}”，报告日期为${date}。`,
    input.workbookReportDate && input.workbookReportDate !== summary.reportDate
      ? `工作簿中的报告日期为${chineseDate(input.workbookReportDate)}，本通报按${date}重新计算各项数值。`
      : "",
    input.computedRows > 0
      ? `其中${input.computedRows}项指标的预期值、缺口、完成进度和状态由对标按该行数据计算（文件中没有保存计算结果，或未加载对标加载项），与电子表格的计算方法相同。`
      : "",
  ].filter(Boolean);
  blocks.push({ kind: "p", text: notes.join("") });
  return blocks;
}
