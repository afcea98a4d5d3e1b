import type { TaskInput } from "../../../core/schema";

/**
 * Tasks of HS-EQUIP-2025: none. The plan has no 重点项目/重点任务 list with lead or responsible units or
 * periods; its “专栏 …重点任务” boxes (第四章, 第五章) are prose without units or dates.
 */
export const tasks: TaskInput[] = [];
