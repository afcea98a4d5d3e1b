import type { SourceInput } from "../../../core/schema";

/** HS-BANK-2024: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
