import type { RubricInput } from "../../../core/schema";

/** The HS-BANK-2024 scoring rubric with its annex tables. TODO(rubric). */
export const rubric: RubricInput | null = null;
