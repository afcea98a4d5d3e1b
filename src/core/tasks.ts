/**
 * Tasks of a source (重点任务, 民生项目): their IDs, due dates and the progress words a user reports.
 * Pure: the task sheet (workbook/tasks.ts), INFO (info.ts) and any task function read tasks through
 * this module. A task is overdue when its due date is before the workbook's report date and its
 * progress is not TASK_DONE (docs/WORKBOOK.md).
 */
import { monthEndIso } from "./dates";
import type { Task } from "./schema";

/** Task IDs (schema: `<source>.T<NNN>` a task, `<source>.M<NN>` a 民生项目). */
export const TASK_ID = /\.(T\d{3}|M\d{2})$/;

/** What a user may report in 完成情况, in order. */
export const TASK_PROGRESS = ["未开始", "推进中", "已完成"] as const;
export type TaskProgress = (typeof TASK_PROGRESS)[number];
/** The progress word that ends a task: a done task is never overdue. */
export const TASK_DONE: TaskProgress = "已完成";
/** The word an overdue task shows (the 逾期 column, the highlight's label). */
export const OVERDUE_LABEL = "逾期";

/** A task's due date as YYYY-MM-DD: a month (YYYY-MM) means its last day; undefined without one. */
export function dueDateIso(task: Pick<Task, "due">): string | undefined {
  return task.due === undefined ? undefined : monthEndIso(task.due);
}

/**
 * Whether a task is overdue on the report date: due before it and not reported done. The task
 * sheet's 逾期 column and highlight compute the same natively (workbook/tasks.ts).
 */
export function isOverdue(dueIso: string | undefined, reportIso: string, progress: unknown): boolean {
  // ISO dates compare as text in calendar order.
  return dueIso !== undefined && dueIso < reportIso && progress !== TASK_DONE;
}
