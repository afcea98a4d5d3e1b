import type { RuleInput } from "../../../core/schema";

/** Incentive rules of DY-MFG-2024. */
export const rules: RuleInput[] = [];
