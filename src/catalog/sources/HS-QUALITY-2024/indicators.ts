import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-QUALITY-2024. */
export const indicators: IndicatorInput[] = [];
