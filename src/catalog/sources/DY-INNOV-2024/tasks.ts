import type { TaskInput } from "../../../core/schema";

/** Tasks of DY-INNOV-2024. */
export const tasks: TaskInput[] = [];
