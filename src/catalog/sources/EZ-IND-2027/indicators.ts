import type { IndicatorInput } from "../../../core/schema";

/** Indicators of EZ-IND-2027. */
export const indicators: IndicatorInput[] = [];
