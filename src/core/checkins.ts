/**
 * Which check-ins (填报记录) a row uses, computed as the workbook's native formulas compute them
 * (src/workbook/checkins.ts; docs/WORKBOOK.md, "Check-ins"): the 校验 of each check-in row, and per ID
 * its latest and previous valid check-in. Pure, so the 通报 of a file that carries no computed results
 * (straight from `duibiao template` or `duibiao demo`) uses the same check-ins Excel would.
 *
 * The formulas compare IDs and text with COUNTIF/COUNTIFS/MATCH, which ignore case; so does this.
 */
import { MAX_SERIAL, MIN_YEAR, SERIAL_FROM, serialFromYmd } from "./dates";
import { TASK_PROGRESS } from "./tasks";

/** A check-in row's cells as the sheet holds them (a date is Excel's serial, or a whole year). */
export interface CheckinInput {
  id: unknown;
  date: unknown;
  value: unknown;
  note?: unknown;
}

/** What 校验 says of a row: used (valid), blank, or why not used (src/workbook/checkins.ts CHECKIN_PROBLEMS). */
export type CheckinCheck =
  | "valid"
  | "blank"
  | "noId"
  | "unknownId"
  | "badDate"
  | "afterReport"
  | "notNumber"
  | "badTaskValue"
  | "conflict"
  | "duplicate";

export type KnownKind = "indicator" | "task";

export interface ValidCheckin {
  /** The ID as typed in the check-in. */
  id: string;
  /** 截至日期 as typed (a serial or a year): what 采用日期 shows. */
  date: number;
  /** The date as a serial (a year = its 31 December). */
  point: number;
  /** 实际值: a number for an indicator; a task's 完成情况 word, or null. */
  value: number | string | null;
  note: string;
  /** The row's index in the input. */
  index: number;
}

export interface LatestCheckin {
  latest: ValidCheckin;
  previous?: ValidCheckin;
}

const key = (id: unknown) => String(id ?? "").toUpperCase();
const isBlank = (v: unknown) => v === null || v === undefined || v === "";
const lenText = (v: unknown) =>
  v === null || v === undefined ? "" : v === true ? "TRUE" : v === false ? "FALSE" : String(v);

/** The date as a serial when it is a valid 截至日期 (the sheet's validation), else null. */
function pointOf(v: unknown): number | null {
  if (typeof v !== "number" || !Number.isFinite(v) || v >= MAX_SERIAL + 1) return null;
  if (v >= SERIAL_FROM) return v;
  if (v >= MIN_YEAR && Number.isInteger(v)) return serialFromYmd(v, 12, 31);
  return null;
}

/** Whether `other` is counted by COUNTIFS's criterion "<>"&value. */
function differs(other: unknown, value: unknown): boolean {
  if (isBlank(value)) return !isBlank(other);
  if (typeof value === "number") return !(typeof other === "number" && other === value);
  if (typeof value === "string") return !(typeof other === "string" && other.toLowerCase() === value.toLowerCase());
  return other !== value;
}

/**
 * 校验 of each row. `reportSerial` is the report date as a serial; `known` maps each known ID
 * (upper case) to its kind.
 */
export function checkCheckins(
  rows: readonly CheckinInput[],
  reportSerial: number,
  known: ReadonlyMap<string, KnownKind>,
): CheckinCheck[] {
  const points = rows.map((r) => pointOf(r.date));
  const ids = rows.map((r) => key(r.id));
  return rows.map((r, i): CheckinCheck => {
    if (lenText(r.id) + lenText(r.date) + lenText(r.value) === "") return "blank";
    if (lenText(r.id).trim() === "") return "noId";
    const kind = known.get(ids[i]);
    if (kind === undefined) return "unknownId";
    const point = points[i];
    if (point === null) return "badDate";
    if (point > reportSerial) return "afterReport";
    switch (kind) {
      case "task":
        if (!isBlank(r.value) && !TASK_PROGRESS.some((w) => w === r.value)) return "badTaskValue";
        break;
      case "indicator":
        if (typeof r.value !== "number") return "notNumber";
        break;
    }
    const same = (j: number) => ids[j] === ids[i] && points[j] === point;
    if (rows.some((o, j) => same(j) && differs(o.value, r.value))) return "conflict";
    for (let j = 0; j < i; j++) if (same(j)) return "duplicate";
    return "valid";
  });
}

/** Per ID (upper case), its latest valid check-in and the one before: the sheet's 序键 #1 and #2. */
export function latestCheckins(
  rows: readonly CheckinInput[],
  reportSerial: number,
  known: ReadonlyMap<string, KnownKind>,
): Map<string, LatestCheckin> {
  const checks = checkCheckins(rows, reportSerial, known);
  const byId = new Map<string, ValidCheckin[]>();
  rows.forEach((r, i) => {
    if (checks[i] !== "valid") return;
    const valid: ValidCheckin = {
      id: String(r.id),
      date: r.date as number,
      point: pointOf(r.date) as number,
      value: typeof r.value === "number" || typeof r.value === "string" ? r.value : null,
      note: lenText(r.note),
      index: i,
    };
    const list = byId.get(key(r.id)) ?? [];
    list.push(valid);
    byId.set(key(r.id), list);
  });
  const out = new Map<string, LatestCheckin>();
  for (const [id, list] of byId) {
    // Valid dates are distinct per ID (an equal date is a duplicate or a conflict).
    const sorted = [...list].sort((a, b) => b.point - a.point);
    out.set(id, { latest: sorted[0], previous: sorted[1] });
  }
  return out;
}

/** The check-ins of one ID (as an indicator or task row names it), if any. */
export function checkinOf(map: ReadonlyMap<string, LatestCheckin>, id: string): LatestCheckin | undefined {
  return map.get(key(id));
}

export type Trend = "better" | "worse" | "same";

/** 趋势: the value used against the previous check-in, by the direction; null when either is no number. */
export function trendOf(used: unknown, previous: unknown, direction: "up" | "down"): Trend | null {
  if (typeof used !== "number" || typeof previous !== "number") return null;
  if (used === previous) return "same";
  return used > previous === (direction === "up") ? "better" : "worse";
}
