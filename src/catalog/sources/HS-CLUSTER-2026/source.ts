import type { SourceInput } from "../../../core/schema";

/** HS-CLUSTER-2026: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
