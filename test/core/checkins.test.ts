/**
 * Which check-ins a row uses when the engine computes a file without cached values: the 校验 rules of
 * the 填报记录 sheet (src/workbook/checkins.ts) and the latest valid check-in per ID.
 * test/workbook/xlsx/checkins.libreoffice.test.ts checks the same against LibreOffice.
 */
import { checkCheckins, checkinOf, latestCheckins, trendOf, type KnownKind } from "../../src/core/checkins";
import { serialFromYmd } from "../../src/core/dates";

const d = (iso: string) => serialFromYmd(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const REPORT = d("2024-12-31");
const known = new Map<string, KnownKind>([
  ["A.01", "indicator"],
  ["A.02", "indicator"],
  ["T.01", "task"],
]);

test("flags each kind of bad check-in as 校验 does, and uses only valid ones", () => {
  const rows = [
    { id: "A.01", date: d("2024-03-31"), value: 10 },
    { id: "a.01", date: d("2024-06-30"), value: 12 }, // IDs match without case, as COUNTIF does
    { id: "A.01", date: 2023, value: 8 }, // a year = its 31 December
    { id: "A.01", date: d("2025-03-31"), value: 99 }, // after the report date
    { id: "A.02", date: d("2024-06-30"), value: "约12" }, // text
    { id: "A.02", date: d("2024-09-30"), value: 5 },
    { id: "A.02", date: d("2024-09-30"), value: 6 }, // a second value for the date: both flagged
    { id: "A.01", date: d("2024-03-31"), value: 10 }, // an exact repeat: counted once
    { id: "NO.ID", date: d("2024-06-30"), value: 1 },
    { id: "", date: d("2024-06-30"), value: 1 },
    { id: null, date: null, value: null },
    { id: "T.01", date: d("2024-06-30"), value: "推进中", note: "在推进" },
    { id: "T.01", date: d("2024-09-30"), value: "大概完成" },
    { id: "A.01", date: "2024-09-30", value: 1 }, // a date as text is no date
  ];
  expect(checkCheckins(rows, REPORT, known)).toEqual([
    "valid",
    "valid",
    "valid",
    "afterReport",
    "notNumber",
    "conflict",
    "conflict",
    "duplicate",
    "unknownId",
    "noId",
    "blank",
    "valid",
    "badTaskValue",
    "badDate",
  ]);
  const latest = latestCheckins(rows, REPORT, known);
  expect(checkinOf(latest, "A.01")).toMatchObject({ latest: { value: 12 }, previous: { value: 10 } });
  expect(checkinOf(latest, "A.02")).toBeUndefined();
  expect(checkinOf(latest, "T.01")).toMatchObject({ latest: { value: "推进中", note: "在推进" } });
  expect(checkinOf(latest, "T.01")?.previous).toBeUndefined();
});

test("a later report date uses a check-in that was after the earlier one", () => {
  const rows = [
    { id: "A.01", date: d("2024-06-30"), value: 10 },
    { id: "A.01", date: d("2025-03-31"), value: 11 },
  ];
  expect(checkinOf(latestCheckins(rows, REPORT, known), "A.01")?.latest.value).toBe(10);
  expect(checkinOf(latestCheckins(rows, d("2025-06-30"), known), "A.01")?.latest.value).toBe(11);
});

test("趋势 follows the direction", () => {
  expect(trendOf(12, 10, "up")).toBe("better");
  expect(trendOf(12, 10, "down")).toBe("worse");
  expect(trendOf(10, 10, "down")).toBe("same");
  expect(trendOf(10, null, "up")).toBeNull();
});
