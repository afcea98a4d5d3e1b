import type { TaskInput } from "../../../core/schema";

/** Tasks of EZ-IND-2027. */
export const tasks: TaskInput[] = [];
