import type { SourceInput } from "../../../core/schema";

/** HS-SMEDIGI-2025: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
