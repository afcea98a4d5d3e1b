import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-SMEDIGI-2025. */
export const indicators: IndicatorInput[] = [];
