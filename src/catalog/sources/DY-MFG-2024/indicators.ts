import type { IndicatorInput } from "../../../core/schema";

/** Indicators of DY-MFG-2024. */
export const indicators: IndicatorInput[] = [];
