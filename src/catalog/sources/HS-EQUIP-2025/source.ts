import type { SourceInput } from "../../../core/schema";

/** HS-EQUIP-2025: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
