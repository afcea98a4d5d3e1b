import type { SourceInput } from "../../../core/schema";

/** HS-QUALITY-2024: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
