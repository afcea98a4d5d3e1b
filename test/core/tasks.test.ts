/** Task logic in one place: the task sheet and INFO agree on a task's due date and progress words. */
import { builtInCatalog } from "../../src/catalog";
import { CatalogIndex } from "../../src/core/catalogIndex";
import { info } from "../../src/core/info";
import { dueDateIso, isOverdue, TASK_DONE, TASK_ID, TASK_PROGRESS } from "../../src/core/tasks";
import { buildPlan } from "../../src/workbook";

describe("due dates", () => {
  test("a month means its last day, leap years included; a full date stays", () => {
    expect(dueDateIso({ due: "2024-02" })).toBe("2024-02-29");
    expect(dueDateIso({ due: "2025-02" })).toBe("2025-02-28");
    expect(dueDateIso({ due: "2026-12" })).toBe("2026-12-31");
    expect(dueDateIso({ due: "2024-06-15" })).toBe("2024-06-15");
    expect(dueDateIso({})).toBeUndefined();
  });

  test('the task sheet\'s 截止日期 and INFO(id,"截止日期") give the same date for every task', () => {
    const catalog = builtInCatalog();
    const index = new CatalogIndex(catalog);
    const plan = buildPlan(
      catalog,
      catalog.sources.map((s) => s.id),
      { form: "addin", reportDate: "2025-06-30" },
    );
    let seen = 0;
    for (const sheet of plan.sheets.filter((s) => s.kind === "tasks"))
      for (const row of sheet.tables[0].rows) {
        const cell = row.values["截止日期"] as { date: string } | null;
        const fromInfo = info(index, row.key, "截止日期");
        expect(cell === null ? "" : cell.date).toBe(fromInfo);
        if (cell) seen++;
      }
    expect(seen).toBeGreaterThan(10);
  });
});

test("progress words: the done word is one of the list, and every catalog task ID is a task ID", () => {
  expect(TASK_PROGRESS).toContain(TASK_DONE);
  for (const t of builtInCatalog().tasks) expect(t.id).toMatch(TASK_ID);
});

test("overdue: due before the report date and not done; due on the report date is not overdue", () => {
  expect(isOverdue("2025-03-31", "2025-06-30", "推进中")).toBe(true);
  expect(isOverdue("2025-03-31", "2025-06-30", null)).toBe(true);
  expect(isOverdue("2025-03-31", "2025-06-30", TASK_DONE)).toBe(false);
  expect(isOverdue("2025-06-30", "2025-06-30", "未开始")).toBe(false);
  expect(isOverdue(undefined, "2025-06-30", "未开始")).toBe(false);
});
