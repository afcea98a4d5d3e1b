import type { RuleInput } from "../../../core/schema";

/** Incentive rules of DY-INNOV-2024. */
export const rules: RuleInput[] = [];
