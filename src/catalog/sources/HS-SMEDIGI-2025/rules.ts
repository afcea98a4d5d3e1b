import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-SMEDIGI-2025. */
export const rules: RuleInput[] = [];
