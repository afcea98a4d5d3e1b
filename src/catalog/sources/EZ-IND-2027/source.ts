import type { SourceInput } from "../../../core/schema";

/** EZ-IND-2027: document metadata. TODO(catalog): fill from the seed. */
export const source: SourceInput | null = null;
