import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-EQUIP-2025. */
export const rules: RuleInput[] = [];
