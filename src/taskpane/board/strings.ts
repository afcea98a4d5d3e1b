/**
 * The 进度看板's words, Chinese first (as ../strings.ts). Kept apart from the pane's strings so that
 * they load with the board's chunk, not with the pane's first paint.
 */
import type { Bilingual } from "../strings";

const s = (zh: string, en: string): Bilingual => ({ zh, en });

export const BOARD_STRINGS = {
  tabInsert: s("插入与更新", "Insert"),
  tabBoard: s("进度看板", "Progress"),
  title: s("进度看板", "Progress board"),
  reportDate: s("报告日期", "Report date"),
  noReportDate: s("未设置", "not set"),
  refresh: s("刷新", "Refresh"),
  reading: s("正在读取工作簿…", "Reading the workbook…"),
  readFailed: s("未能读取工作簿", "Could not read the workbook"),
  empty: s(
    "工作簿中没有对标的指标表或任务表：请先插入政策来源",
    "This workbook has no Duibiao indicator or task tables: insert a source first",
  ),
  noActuals: s(
    "尚未填报任何实际值：以下指标均计为无数据",
    "No actual value has been entered yet: every indicator counts as no data",
  ),
  indicators: s("指标", "Indicators"),
  status: s("状态", "Status"),
  total: s("合计", "Total"),
  onTrackShare: s("达标或正常占比", "Share on track"),
  bySource: s("按政策来源与类别", "By source and category"),
  byCategory: s("各类别状态", "Status by category"),
  chartLoading: s("正在加载图表…", "Loading the chart…"),
  behind: s("滞后指标", "Lagging indicators"),
  warning: s("预警指标", "At-risk indicators"),
  toCheck: s("待核对（有实际值但状态显示错误）", "To check (an actual, but the status shows an error)"),
  gap: s("缺口", "gap"),
  none: s("无", "none"),
  tasks: s("任务", "Tasks"),
  overdue: s("逾期任务", "Overdue tasks"),
  units: s("牵头单位排名", "Lead units ranked"),
  unit: s("牵头单位", "Lead unit"),
  unitTotal: s("任务数", "Tasks"),
  done: s("已完成", "Done"),
  inProgress: s("推进中", "In progress"),
  overdueCount: s("逾期", "Overdue"),
  completionRate: s("完成率", "Completion"),
  rank: s("排名", "Rank"),
  selectHint: s("选择一项即在 Excel 中选中该行", "Choose one to select its row in Excel"),
  selectFailed: s("未能选中该行", "Could not select the row"),
  problems: s("未计入的表", "Tables not counted"),
  syncs: s("次往返", "round trips"),
} as const;

export type BoardStringKey = keyof typeof BOARD_STRINGS;

export function boardText(key: BoardStringKey): string {
  return `${BOARD_STRINGS[key].zh} ${BOARD_STRINGS[key].en}`;
}
