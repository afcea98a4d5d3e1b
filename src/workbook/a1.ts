/** A1 addresses: column letters ↔ numbers, cells and ranges. Pure, shared by the plan builder and renderers. */

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  col: number;
  row: number;
}

export function parseAddress(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

export function cellAddress(col: number, row: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "A3:P40" from corners (1-based). */
export function rangeAddress(col1: number, row1: number, col2: number, row2: number): string {
  return `${cellAddress(col1, row1)}:${cellAddress(col2, row2)}`;
}

/** Absolute form "$A$3:$P$40". */
export function absoluteRange(col1: number, row1: number, col2: number, row2: number): string {
  return `$${columnLetter(col1)}$${row1}:$${columnLetter(col2)}$${row2}`;
}

/** A sheet name as a formula prefix: quoted unless a plain identifier. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "Sheet1!A3:P40", "'My sheet'!$A$3:$P$40" or "A3:P40" (a single cell is a 1×1 range). */
export function parseRange(address: string): { sheet?: string; from: CellRef; to: CellRef } {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let body = address;
  if (bang >= 0) {
    sheet = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    body = address.slice(bang + 1);
  }
  const [a, b] = body.split(":");
  const from = parseAddress(a);
  return { sheet, from, to: b ? parseAddress(b) : from };
}

/** Replaces the row placeholders of a plan formula (`{r}`, `{first}`, `{last}`). */
export function fillRow(formula: string, vars: { r?: number; first?: number; last?: number }): string {
  return formula.replace(/\{(r|first|last)\}/g, (m, k: "r" | "first" | "last") => {
    const v = vars[k];
    if (v === undefined) throw new Error(`formula placeholder ${m} has no value here: ${formula}`);
    return String(v);
  });
}
