import type { TaskInput } from "../../../core/schema";

/** Tasks of DY-MFG-2024. */
export const tasks: TaskInput[] = [];
