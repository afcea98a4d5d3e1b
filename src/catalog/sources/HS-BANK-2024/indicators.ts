import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-BANK-2024. */
export const indicators: IndicatorInput[] = [];
