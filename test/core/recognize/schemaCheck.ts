import { Indicator } from "../../../src/core/schema";
import type { RecognizedIndicator } from "../../../src/core/recognize";

/**
 * What the catalog schema says about a recognized entry, leaving out the two points that belong to
 * user sources (a source ID of the user's choosing, provenance without a seed file), which the
 * schema's user-source support decides.
 */
export function schemaIssues(i: RecognizedIndicator): string[] {
  const parsed = Indicator.safeParse(i);
  if (parsed.success) return [];
  return parsed.error.issues
    .filter((x) => !(x.path[0] === "sourceId" || (x.path[0] === "provenance" && x.path[2] === "seed")))
    .map((x) => `${x.path.join(".")}: ${x.message}`);
}
