/**
 * Plausible check-ins for the demo (填报记录): for most indicators a value per quarter up to the
 * report date, ending at the row's sample actual (so the statuses spread as sampleActuals.ts intends)
 * and moving towards it, away from it or not at all (so 趋势 shows 向好, 变差 and 持平); for some
 * tasks a quarterly progress note and 推进中 / 已完成. Deterministic, like the other samples.
 */
import type { Catalog } from "../core/schema";
import { CHECKIN_TABLE } from "../workbook/checkins";
import type { RowPlan, WorkbookPlan } from "../workbook/plan";
import { fnv1a32 as hash } from "../core/hash";
import { sampleActual } from "./sampleActuals";

/** Quarter ends up to the report date, the latest `n`, oldest first. */
export function quarterEnds(reportDate: string, n: number): string[] {
  const [y, m, d] = reportDate.split("-").map(Number);
  const out: string[] = [];
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  for (let year = y; out.length < n && year > y - 3; year--)
    for (let q = 3; q >= 0 && out.length < n; q--) {
      const iso = `${year}-${ends[q]}`;
      const [, mm, dd] = iso.split("-").map(Number);
      if (year < y || mm < m || (mm === m && dd <= d)) out.push(iso);
    }
  return out.reverse();
}

const typed = (x: number) => Number(x.toPrecision(4));

const NOTES = [
  "已完成年度计划的一半，正在推进项目落地",
  "已召开专题会议，明确责任分工",
  "主体工程已开工，进度符合预期",
  "正在开展调研，形成初步方案",
  "已完成，待验收",
];

export interface SampleCheckin {
  id: string;
  date: string;
  value: number | string | null;
  note: string | null;
  unit: string | null;
}

export function sampleCheckins(catalog: Catalog, sources: readonly string[], reportDate: string): SampleCheckin[] {
  const out: SampleCheckin[] = [];
  const quarters = quarterEnds(reportDate, 4);
  for (const ind of catalog.indicators) {
    if (!sources.includes(ind.sourceId)) continue;
    const h = hash(ind.id + "#checkins");
    // About a quarter of the indicators have no check-ins: their rows use what is typed in them.
    if (h % 4 === 0) continue;
    const latest = sampleActual(ind);
    if (latest === null) continue;
    const n = 2 + (h % 3); // 2–4 quarters
    const sign = ind.direction === "up" ? 1 : -1;
    // Trend: the previous values approach (h%3=1), leave (h%3=2) or equal (h%3=0) the latest.
    const kind = (h >> 3) % 3;
    const step = Math.abs(latest) * 0.04 || 0.1;
    quarters.slice(-n).forEach((date, i) => {
      const back = n - 1 - i; // 0 for the latest
      const value = back === 0 || kind === 0 ? latest : typed(latest - (kind === 1 ? sign : -sign) * step * back);
      out.push({ id: ind.id, date, value, note: null, unit: ind.leadUnit ?? null });
    });
  }
  for (const task of catalog.tasks) {
    if (!sources.includes(task.sourceId)) continue;
    const h = hash(task.id + "#checkins");
    if (h % 3 !== 0) continue;
    const n = 1 + (h % 2);
    quarters.slice(-n).forEach((date, i) => {
      const last = i === n - 1;
      const done = last && (h >> 4) % 3 === 0;
      out.push({
        id: task.id,
        date,
        value: done ? "已完成" : "推进中",
        note: done ? NOTES[4] : NOTES[(h + i) % 4],
        unit: task.leadUnits[0] ?? null,
      });
    });
  }
  return out;
}

/** Puts the demo check-ins into the plan's check-in table, in place; returns the plan. */
export function fillSampleCheckins(catalog: Catalog, plan: WorkbookPlan, reportDate: string): WorkbookPlan {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === CHECKIN_TABLE);
  if (!table) return plan;
  const rows: RowPlan[] = sampleCheckins(catalog, plan.sources, reportDate).map((c, i) => ({
    key: `sample-${i + 1}`,
    values: { ID: c.id, 截至日期: { date: c.date }, 实际值: c.value, 备注: c.note, 填报单位: c.unit },
  }));
  table.rows = [...rows, ...table.rows];
  return plan;
}
