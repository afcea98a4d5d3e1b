import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-QUALITY-2024. */
export const tasks: TaskInput[] = [];
