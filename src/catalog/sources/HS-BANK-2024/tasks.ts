import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-BANK-2024. */
export const tasks: TaskInput[] = [];
