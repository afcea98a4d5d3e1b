import type { RuleInput } from "../../../core/schema";

/** Incentive rules of HS-CLUSTER-2026. */
export const rules: RuleInput[] = [];
