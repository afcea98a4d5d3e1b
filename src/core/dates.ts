/**
 * Dates as spreadsheets store them, and the "time point" the target-tracking functions work in.
 *
 * An Excel date is a serial number of days since 1899-12-30. That epoch is right for every date
 * from 1900-03-01 on in Excel's 1900 date system (Excel's fictitious 1900-02-29 shifts only the
 * first 60 serials) and for LibreOffice and WPS always; policy dates are all far later. Hand-written
 * (two lines over Date.UTC) rather than a date library: the functions bundle has a size budget, and
 * no library knows the 1899-12-30 epoch or Chinese period words (一季度, 上半年) anyway. The Mac
 * 1904 date system is not supported.
 *
 * A time point is a number on a year scale where a whole year Y means the END of year Y
 * (31 December), so "2024" typed as an as-of year is the end of 2024, and a date is its position
 * between two year ends: 2024-06-30 is 2023 + 182/366 (day 182 of the leap year 2024). The native
 * formulas in ./native/target.ts compute exactly the same position.
 */
import { badValue, notAvailable } from "./errors";
import { isBlank, shown, toHalfWidth } from "./parse";

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
/** Numbers below this are years, numbers from it on are date serials (10000 = 1927-05-18). */
export const SERIAL_FROM = 10_000;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Excel serial of a calendar date (no validation: Date.UTC rolls 2024-02-30 into March). */
export function serialFromYmd(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round((d.getTime() - EPOCH_MS) / DAY_MS);
}

/** Calendar date of an Excel serial (a time of day is dropped). */
export function ymdFromSerial(serial: number): Ymd {
  const d = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** An Excel date serial (its day; a time of day is dropped) as YYYY-MM-DD. */
export function isoOfSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(Math.floor(serial));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A YYYY-MM-DD date (already checked) as an Excel date serial. */
export function serialOfIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d);
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return serialFromYmd(year, month + 1, 1) - serialFromYmd(year, month, 1);
}

/** "2026-12" (a month) → "2026-12-31", the month's last day; a full date or other text as it is. */
export function monthEndIso(iso: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? `${iso}-${String(daysInMonth(+m[1], +m[2])).padStart(2, "0")}` : iso;
}

/** Serial of 31 December of `year`. */
export function yearEndSerial(year: number): number {
  return serialFromYmd(year, 12, 31);
}

/** Time point of an Excel serial: (year − 1) + days since the previous year end / days in the year. */
export function timePointOfSerial(serial: number): number {
  const { year } = ymdFromSerial(serial);
  const prevEnd = yearEndSerial(year - 1);
  return year - 1 + (serial - prevEnd) / (yearEndSerial(year) - prevEnd);
}

export const MAX_SERIAL = serialFromYmd(MAX_YEAR, 12, 31);

/** "中文 english" label helpers, as in parse.ts. */
function zh(label: string): string {
  return label.split(" ")[0];
}
function en(label: string): string {
  const i = label.indexOf(" ");
  return i < 0 ? label : label.slice(i + 1);
}

function normalise(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "").toLowerCase();
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * Years before 1900 are refused: spreadsheets have no such dates (Excel's first is 1900-01-01), and a
 * year written 0024 is a typo that Excel and JavaScript's Date.UTC both turn into 1924 silently.
 */
function checkYear(year: number, raw: string, label: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw badValue(
      `${zh(label)}的年份应在 ${MIN_YEAR}—${MAX_YEAR} 之间（请写全四位年份，如 2024）：“${raw}”`,
      `the year of ${en(label)} must be between ${MIN_YEAR} and ${MAX_YEAR} (write all four digits, such as 2024): "${raw}"`,
    );
}

/**
 * A calendar date written YYYY-MM-DD (a report date, an option on the command line): a real day
 * of a year 1900–9999, else #VALUE! with a message. The one check every surface uses.
 */
export function parseIsoDate(raw: string, label: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m)
    throw badValue(
      `${zh(label)}应为 YYYY-MM-DD 格式的日期，如 2024-06-30：“${raw}”`,
      `${en(label)} must be a date YYYY-MM-DD such as 2024-06-30: "${raw}"`,
    );
  checkYear(+m[1], raw, label);
  if (!isValidYmd(+m[1], +m[2], +m[3]))
    throw badValue(`${zh(label)}不是有效日期：“${raw}”`, `${en(label)} is not a valid date: "${raw}"`);
  return { year: +m[1], month: +m[2], day: +m[3] };
}

/** parseIsoDate's message for a bad date, or undefined when the date is fine (for forms). */
export function isoDateProblem(raw: string, label: string): string | undefined {
  try {
    parseIsoDate(raw, label);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A calendar date from text: 2024-06-30, 2024/6/30, 2024.6.30, 2024年6月30日; a month (its last
 * day): 2024-06, 2024年6月(底|末); a period end: 2024年一季度 / 2024Q1 / 2024年第1季度, 2024年上半年,
 * 2024年前三季度, 2024年下半年; a year end: 2024年(底|末). Undefined when the text is none of these;
 * #VALUE! when it has a date's shape but no such day exists (2024-02-30).
 */
export function parseDateText(raw: string, label: string): Ymd | undefined {
  const t = normalise(raw);
  const check = (year: number, month: number, day: number): Ymd => {
    checkYear(year, raw, label);
    if (!isValidYmd(year, month, day))
      throw badValue(`${zh(label)}不是有效日期：“${raw}”`, `${en(label)} is not a valid date: "${raw}"`);
    return { year, month, day };
  };
  const monthEnd = (year: number, month: number): Ymd =>
    check(year, month, month >= 1 && month <= 12 ? daysInMonth(year, month) : 1);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t)) || (m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(t)))
    return check(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t)) || (m = /^(\d{4})年(\d{1,2})月(?:底|末|份)?$/.exec(t)))
    return monthEnd(+m[1], +m[2]);
  if ((m = /^(\d{4})年?(?:第)?([1-4一二三四])季度(?:末|底)?$/.exec(t)) || (m = /^(\d{4})[-/]?q([1-4])$/.exec(t)))
    return monthEnd(+m[1], CN_DIGIT[m[2]] * 3);
  if ((m = /^(\d{4})年?(上半年|前三季度|下半年|全年)(?:末|底)?$/.exec(t))) {
    const month = { 上半年: 6, 前三季度: 9, 下半年: 12, 全年: 12 }[m[2]] as number;
    return monthEnd(+m[1], month);
  }
  if ((m = /^(\d{4})年(?:底|末)$/.exec(t))) return check(+m[1], 12, 31);
  return undefined;
}

/**
 * A whole year: 2026, 2026.0, "2026", "2026年", "２０２６". Blank → #N/A; other text, a fraction or a
 * number outside 1900–9999 → #VALUE!.
 */
export function parseYear(value: unknown, label: string): number {
  if (isBlank(value)) throw notAvailable(`缺少${zh(label)}`, `${en(label)} is missing`);
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\d{4}年?$/.test(normalise(value))) n = Number(normalise(value).slice(0, 4));
  else
    throw badValue(
      `${zh(label)}应为年份（如 2026）：“${shown(value)}”`,
      `${en(label)} must be a year such as 2026: "${shown(value)}"`,
    );
  if (!Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR)
    throw badValue(
      `${zh(label)}应为 ${MIN_YEAR}—${MAX_YEAR} 之间的整数年份：${n}`,
      `${en(label)} must be a whole year between ${MIN_YEAR} and ${MAX_YEAR}: ${n}`,
    );
  return n;
}

/**
 * A time point (see the file comment) from what a user put in an as-of cell: a year number (its
 * end), an Excel date serial (≥ 10000), or date text (parseDateText; a bare "2024"/"2024年" is the
 * year). Blank → #N/A; unreadable text, an error value, a fractional year, a number below 1900, a
 * date before 1900 or a serial past 9999-12-31 → #VALUE! with a message.
 */
export function parseTimePoint(value: unknown, label: string): number {
  if (isBlank(value)) throw notAvailable(`缺少${zh(label)}`, `${en(label)} is missing`);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw badValue(`${zh(label)}不是有限数`, `${en(label)} is not a finite number`);
    if (value >= SERIAL_FROM) {
      if (value >= MAX_SERIAL + 1)
        throw badValue(
          `${zh(label)}超出日期范围：${value}`,
          `${en(label)} is beyond the last date Excel knows: ${value}`,
        );
      return timePointOfSerial(value);
    }
    if (value < MIN_YEAR)
      throw badValue(
        `${zh(label)}应为年份（如 2024）或日期：${value}`,
        `${en(label)} must be a year (such as 2024) or a date: ${value}`,
      );
    if (!Number.isInteger(value))
      throw badValue(
        `${zh(label)}的年份应为整数（年份表示该年年末）；年内时点请填日期，如 2024-06-30：${value}`,
        `${en(label)}: a year must be whole (it means the year's end); for a point within a year give a date such as 2024-06-30: ${value}`,
      );
    return value;
  }
  if (typeof value === "string") {
    const t = normalise(value);
    if (/^\d{4}年?$/.test(t)) return parseYear(value, label);
    if (/^\d+(\.\d+)?$/.test(t)) return parseTimePoint(Number(t), label);
    const ymd = parseDateText(value, label);
    if (ymd) return timePointOfSerial(serialFromYmd(ymd.year, ymd.month, ymd.day));
  }
  throw badValue(
    `无法识别的${zh(label)}：“${shown(value)}”（可填年份如 2024，或日期如 2024-06-30）`,
    `cannot read ${en(label)}: "${shown(value)}" (give a year such as 2024 or a date such as 2024-06-30)`,
  );
}
