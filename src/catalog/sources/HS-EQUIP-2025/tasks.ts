import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-EQUIP-2025. */
export const tasks: TaskInput[] = [];
