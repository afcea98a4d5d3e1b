import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-EQUIP-2025. */
export const indicators: IndicatorInput[] = [];
