/**
 * Sheet names, for both renderers (the office.js one into a workbook that already has sheets, the
 * .xlsx one into a new file): ≤31 characters, none of []:*?/\ nor control characters, no apostrophe
 * at either end, not the reserved "History", unique ignoring case (Microsoft, "Rename a worksheet":
 * support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9; docs/WORKBOOK.md).
 * A sheet Duibiao made before (recognised by the caller, e.g. through its stable table names) keeps
 * its current name, even if the user renamed it; a sheet the user made is never taken over: the new
 * sheet gets a suffix " (2)", " (3)" … instead.
 */

export const MAX_SHEET_NAME = 31;
/** Excel reserves this name. */
const RESERVED = new Set(["history"]);

/** A name Excel accepts, from any wanted name. */
export function cleanSheetName(wanted: string): string {
  const s = wanted
    .replace(/[[\]:*?/\\]/g, "_")
    .split("")
    .filter((ch) => ch.charCodeAt(0) >= 0x20) // control characters
    .join("")
    .trim()
    .replace(/^'+|'+$/g, "");
  const cut = Array.from(s).slice(0, MAX_SHEET_NAME).join("");
  // Array.from keeps surrogate pairs whole; a cut can still exceed 31 UTF-16 units, so trim by units.
  let name = cut;
  while (name.length > MAX_SHEET_NAME) name = Array.from(name).slice(0, -1).join("");
  return name || "Sheet";
}

export interface ExistingSheet {
  name: string;
  /** The plan key of the sheet when Duibiao made it (undefined: the user's sheet). */
  ourKey?: string;
}

export interface ResolvedSheet {
  key: string;
  name: string;
  /** True when the sheet exists already (ours, to be updated in place). */
  exists: boolean;
}

/** Names for the planned sheets, in plan order. Pure: the caller reads the workbook. */
export function resolveSheetNames(
  planned: readonly { key: string; name: string }[],
  existing: readonly ExistingSheet[],
): ResolvedSheet[] {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const ours = new Map<string, string>();
  for (const s of existing) if (s.ourKey && !ours.has(s.ourKey)) ours.set(s.ourKey, s.name);
  return planned.map((p) => {
    const mine = ours.get(p.key);
    if (mine !== undefined) return { key: p.key, name: mine, exists: true };
    const base = cleanSheetName(p.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name =
        cleanSheetName(base)
          .slice(0, MAX_SHEET_NAME - suffix.length)
          .replace(/[\ud800-\udbff]$/, "") + suffix;
    }
    taken.add(name.toLowerCase());
    return { key: p.key, name, exists: false };
  });
}
