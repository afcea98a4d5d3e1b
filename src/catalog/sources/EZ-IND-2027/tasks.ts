import type { TaskInput } from "../../../core/schema";

/**
 * Tasks of EZ-IND-2027: none. The 意见（征求意见稿） has no task list with 牵头单位 — its measures (二、主要措施,
 * 三、政策保障) only name （责任单位：…） in running text, and quantified targets of those measures are indicators
 * (see indicators.ts, with the measure's responsible units).
 */
export const tasks: TaskInput[] = [];
