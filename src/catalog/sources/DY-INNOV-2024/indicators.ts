import type { IndicatorInput } from "../../../core/schema";

/** Indicators of DY-INNOV-2024. */
export const indicators: IndicatorInput[] = [];
