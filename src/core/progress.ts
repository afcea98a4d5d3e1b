/**
 * Where a plan stands, counted (docs/REPORT.md): from the indicator and task rows of a workbook, the
 * counts by status per source and per 类别, the share on track, the lagging (滞后) and at-risk (预警)
 * indicators, the overdue tasks by unit and the ranking of lead units. Pure: the 通报 (src/report)
 * and the pane's dashboard count with this one function, whoever read the rows.
 */
import type { Trend } from "./checkins";
import { STATUS_LABELS, type StatusLabel } from "./target";
import { TASK_DONE, TASK_PROGRESS, type TaskProgress } from "./tasks";

/** The status buckets, in the order a report lists them: the engine's labels plus 无数据. */
export const NO_DATA = "无数据" as const;
export const STATUS_ORDER = [
  STATUS_LABELS.met,
  STATUS_LABELS.onTrack,
  STATUS_LABELS.warning,
  STATUS_LABELS.behind,
  STATUS_LABELS.notMet,
  NO_DATA,
] as const;
export type StatusBucket = (typeof STATUS_ORDER)[number];

export type StatusCounts = Record<StatusBucket, number>;

/** One indicator row as the workbook shows it. */
export interface IndicatorRow {
  id: string;
  name: string;
  sourceId: string;
  /** The source's short name, as its sheet shows it. */
  sourceName: string;
  category: string;
  leadUnit: string;
  unit: string;
  /** The row's status label; null when the row has no actual value or nothing to compute (a text target). */
  status: StatusLabel | null;
  /** 缺口 in the indicator's unit (> 0 still short), null when not computed. */
  gap: number | null;
  /** 完成进度 as a fraction, null when not computed. */
  progress: number | null;
  actual: number | null;
  /** The target the row measures against (its final milestone), null for a text target. */
  target: number | null;
  /** Why the row counts as 无数据 although it holds an actual: an error the row shows (message). */
  problem?: string;
  /** 上期值: the previous valid check-in's value (src/core/checkins.ts), when there is one. */
  previous?: number | null;
  /** 趋势 against the previous check-in, when both are numbers. */
  trend?: Trend | null;
}

/** What is entered in a task's 完成情况 (the workbook's dropdown values, src/core/tasks.ts), or nothing. */
export const TASK_STATES = { notStarted: TASK_PROGRESS[0], inProgress: TASK_PROGRESS[1], done: TASK_DONE } as const;
export type TaskState = TaskProgress;

export interface TaskRow {
  id: string;
  text: string;
  sourceId: string;
  /** Lead units: a task led jointly counts for each of them. */
  leadUnits: string[];
  /** Due date, YYYY-MM-DD, or null. */
  due: string | null;
  /** 完成情况 as entered; null when blank (counted as 未开始). */
  state: TaskState | null;
  /** 进展情况 as typed. */
  note: string;
  overdue: boolean;
}

export interface CountGroup {
  key: string;
  label: string;
  total: number;
  counts: StatusCounts;
  /** Rows with data: every bucket but 无数据. */
  withData: number;
  /** (已达标 + 正常) / withData; null when no row has data. */
  onTrackShare: number | null;
}

export interface SourceGroup extends CountGroup {
  categories: CountGroup[];
}

export interface UnitStats {
  unit: string;
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  /** done / total. */
  completionRate: number;
  /** 1 = best; units with the same completion rate share a rank (1, 2, 2, 4 — as Excel's RANK.EQ). */
  rank: number;
}

export interface ProgressSummary {
  reportDate: string;
  indicators: CountGroup;
  bySource: SourceGroup[];
  /** Per 类别 across sources (a category of the same name in two sources is one row). */
  byCategory: CountGroup[];
  behind: IndicatorRow[];
  warning: IndicatorRow[];
  /** Rows with an actual that show an error instead of a status: counted as 无数据, listed to be checked. */
  problems: IndicatorRow[];
  tasks: { total: number; done: number; inProgress: number; notStarted: number; overdue: number; entered: number };
  overdueByUnit: { unit: string; tasks: TaskRow[] }[];
  units: UnitStats[];
}

/** Category label of rows without one. */
export const NO_CATEGORY = "未分类";
/** Unit label of rows without a lead unit. */
export const NO_UNIT = "未明确牵头单位";

function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as StatusCounts;
}

export function bucketOf(row: IndicatorRow): StatusBucket {
  return row.status ?? NO_DATA;
}

function countGroup(key: string, label: string, rows: readonly IndicatorRow[]): CountGroup {
  const counts = emptyCounts();
  for (const r of rows) counts[bucketOf(r)] += 1;
  const withData = rows.length - counts[NO_DATA];
  return {
    key,
    label,
    total: rows.length,
    counts,
    withData,
    onTrackShare: withData ? (counts[STATUS_LABELS.met] + counts[STATUS_LABELS.onTrack]) / withData : null,
  };
}

/** Groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

const zhCollator = new Intl.Collator("zh-CN");

/**
 * Ranks units by completion rate (highest first). Units with the same rate share a rank and the next
 * rank skips (1, 2, 2, 4), as Excel's RANK.EQ does, so a 汇总 sheet ranking with native formulas gives
 * the same numbers. Within a shared rank, fewer overdue tasks come first, then the unit's name.
 */
export function rankUnits(tasks: readonly TaskRow[]): UnitStats[] {
  const byUnit = new Map<string, TaskRow[]>();
  for (const t of tasks)
    for (const u of t.leadUnits.length ? t.leadUnits : [NO_UNIT]) {
      const list = byUnit.get(u);
      if (list) list.push(t);
      else byUnit.set(u, [t]);
    }
  const stats = [...byUnit].map(([unit, list]): Omit<UnitStats, "rank"> => {
    const done = list.filter((t) => t.state === TASK_STATES.done).length;
    const inProgress = list.filter((t) => t.state === TASK_STATES.inProgress).length;
    return {
      unit,
      total: list.length,
      done,
      inProgress,
      notStarted: list.length - done - inProgress,
      overdue: list.filter((t) => t.overdue).length,
      completionRate: done / list.length,
    };
  });
  stats.sort(
    (a, b) => b.completionRate - a.completionRate || a.overdue - b.overdue || zhCollator.compare(a.unit, b.unit),
  );
  return stats.map((s) => ({ ...s, rank: 1 + stats.filter((o) => o.completionRate > s.completionRate).length }));
}

export function summarizeProgress(
  indicators: readonly IndicatorRow[],
  tasks: readonly TaskRow[],
  reportDate: string,
): ProgressSummary {
  const bySource = [...groupBy(indicators, (r) => r.sourceId)].map(([id, rows]): SourceGroup => {
    const group = countGroup(id, rows[0].sourceName, rows);
    const categories = [...groupBy(rows, (r) => r.category || NO_CATEGORY)].map(([c, list]) =>
      countGroup(`${id}/${c}`, c, list),
    );
    return { ...group, categories };
  });
  const byCategory = [...groupBy(indicators, (r) => r.category || NO_CATEGORY)].map(([c, list]) =>
    countGroup(c, c, list),
  );
  const overdue = tasks.filter((t) => t.overdue);
  const overdueByUnit = new Map<string, TaskRow[]>();
  for (const t of overdue)
    for (const u of t.leadUnits.length ? t.leadUnits : [NO_UNIT]) {
      const list = overdueByUnit.get(u);
      if (list) list.push(t);
      else overdueByUnit.set(u, [t]);
    }
  const done = tasks.filter((t) => t.state === TASK_STATES.done).length;
  const inProgress = tasks.filter((t) => t.state === TASK_STATES.inProgress).length;
  return {
    reportDate,
    indicators: countGroup("all", "合计", indicators),
    bySource,
    byCategory,
    behind: indicators.filter((r) => r.status === STATUS_LABELS.behind),
    warning: indicators.filter((r) => r.status === STATUS_LABELS.warning),
    problems: indicators.filter((r) => r.status === null && r.problem !== undefined),
    tasks: {
      total: tasks.length,
      done,
      inProgress,
      notStarted: tasks.length - done - inProgress,
      overdue: overdue.length,
      entered: tasks.filter((t) => t.state !== null || t.note.trim() !== "").length,
    },
    // Most overdue tasks first; ties by the unit's name.
    overdueByUnit: [...overdueByUnit]
      .map(([unit, list]) => ({ unit, tasks: list }))
      .sort((a, b) => b.tasks.length - a.tasks.length || zhCollator.compare(a.unit, b.unit)),
    units: rankUnits(tasks),
  };
}

/** True when no indicator row holds an actual value: a report would count nothing but 无数据. */
export function hasNoActuals(indicators: readonly IndicatorRow[]): boolean {
  return indicators.every((r) => r.actual === null);
}
