import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-SMEDIGI-2025. */
export const tasks: TaskInput[] = [];
