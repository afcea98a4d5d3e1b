import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-PROVTASKS-2024. */
export const tasks: TaskInput[] = [];
