/** A task of a task list (重点任务清单, 责任分工, 推进计划). */
import { z } from "zod";
import { Notes, Provenance, SourceId } from "./common";

export const Quantity = z
  .object({
    /** The number stated; for a range (3—5个) its lower end. */
    value: z.number(),
    /** The upper end where the text states a range. */
    max: z.number().optional(),
    unit: z.string(),
    /** The words around the number, e.g. 累计实施工业技改项目200个以上. */
    text: z.string(),
  })
  .refine((q) => q.max === undefined || q.max >= q.value, {
    message: "max 不能小于 value / max must not be below value",
  });

export const Task = z.object({
  /** `<source>.T<NNN>` in the list's order; `<source>.M<NN>` for the ten 民生 projects. */
  id: z.string().regex(/^[A-Z0-9-]+\.(T\d{3}|M\d{2})$/, {
    message: "任务ID应为 来源ID.T三位序号，如 MY-PLAN.T001 / a task ID is <SOURCE-ID>.T<NNN>, e.g. MY-PLAN.T001",
  }),
  sourceId: SourceId,
  /** The list it belongs to, e.g. 附件2 重点任务清单, 2024年工作计划. */
  list: z.string().min(1),
  /** Group / heading within the list, where written. */
  group: z.string().optional(),
  text: z.string().min(1),
  leadUnits: z.array(z.string()).default([]),
  responsibleUnits: z.array(z.string()).default([]),
  /** Due date as ISO (YYYY-MM-DD, or YYYY-MM for a month's end), where a due date is given. */
  due: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .optional(),
  /** Due date or period as written (2024年6月底前, 2024—2025年, 长期坚持). */
  dueText: z.string().optional(),
  quantities: z.array(Quantity).default([]),
  notes: Notes,
  provenance: z.array(Provenance).min(1),
});
export type Task = z.infer<typeof Task>;
export type TaskInput = z.input<typeof Task>;
