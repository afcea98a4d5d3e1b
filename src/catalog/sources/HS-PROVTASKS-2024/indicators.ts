import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-PROVTASKS-2024. */
export const indicators: IndicatorInput[] = [];
