import type { IndicatorInput } from "../../../core/schema";

/** Indicators of HS-CLUSTER-2026. */
export const indicators: IndicatorInput[] = [];
