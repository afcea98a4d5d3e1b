import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-BANK-2024. */
export const rules: RuleInput[] = [];
