import type { TaskInput } from "../../../core/schema";

/** Tasks of HS-CLUSTER-2026. */
export const tasks: TaskInput[] = [];
