import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-PROVTASKS-2024. */
export const rules: RuleInput[] = [];
