import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-QUALITY-2024. */
export const rules: RuleInput[] = [];
