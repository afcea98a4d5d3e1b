import type { RuleInput } from "../../../core/schema";

/** Incentive rules of EZ-IND-2027. */
export const rules: RuleInput[] = [];
