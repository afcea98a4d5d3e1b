/**
 * The catalog a workbook was built with, embedded in it (docs/WORKBOOK.md, "The embedded catalog") so a colleague's
 * add-in computes with the same rules: JSON in a hidden sheet `_duibiao_catalog`, in chunks shorter than Excel's
 * 32,767-character cell limit.
 *
 * Layout (the .xlsx renderer's reader uses the same cells): A1 the marker, B1 the catalog version,
 * C1 the number of chunks, D1 the JSON's length, E1 the injected source IDs (comma-separated); the
 * chunks in A2, A3, … Reading validates the whole catalog with the zod schema and says what is
 * wrong when the sheet was damaged.
 */
import { Catalog } from "../core/schema";
import type { CellPlan, SheetPlan } from "./plan";

export const CATALOG_SHEET_NAME = "_duibiao_catalog";
export const CATALOG_MARKER = "duibiao-catalog";
/** Characters per chunk: under 32,767 with room for Excel's text prefix. */
export const CHUNK_CHARS = 30_000;

export function serializeCatalog(catalog: Catalog): string {
  return JSON.stringify(catalog);
}

/** Splits text into chunks of at most `size` UTF-16 units, never between the halves of a surrogate pair. */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

export function buildCatalogSheet(json: string, version: string, sourceIds: readonly string[]): SheetPlan {
  const chunks = chunkText(json);
  const cells: CellPlan[] = [
    { address: "A1", value: CATALOG_MARKER, role: "catalog" },
    { address: "B1", value: version, role: "catalog" },
    { address: "C1", value: chunks.length, role: "catalog" },
    { address: "D1", value: json.length, role: "catalog" },
    { address: "E1", value: sourceIds.join(","), role: "catalog" },
    ...chunks.map((c, i): CellPlan => ({ address: `A${i + 2}`, value: c, role: "catalog" })),
  ];
  return {
    key: "catalog",
    name: CATALOG_SHEET_NAME,
    kind: "catalog",
    cells,
    tables: [],
    freezeRows: 0,
    protect: true,
    hidden: true,
  };
}

export class EmbeddedCatalogError extends Error {
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = "EmbeddedCatalogError";
  }
}

export interface EmbeddedCatalog {
  version: string;
  sources: string[];
  catalog: Catalog;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The header row alone (A1:E1): marker check, version, chunk count, length, sources. */
export function readCatalogHeader(
  row: readonly unknown[],
): { version: string; chunks: number; length: number; sources: string[] } | null {
  if (text(row[0]) !== CATALOG_MARKER) return null;
  const chunks = Number(row[2]);
  const length = Number(row[3]);
  if (!Number.isInteger(chunks) || chunks < 1)
    throw new EmbeddedCatalogError(
      "工作簿内嵌目录已损坏：分块数无效",
      "the embedded catalog is damaged: bad chunk count",
    );
  return {
    version: text(row[1]),
    chunks,
    length: Number.isFinite(length) && length > 0 ? length : NaN,
    sources: text(row[4]) ? text(row[4]).split(",").filter(Boolean) : [],
  };
}

/**
 * Reads the catalog back from the sheet's values (rows from A1, at least columns A–E). Returns null
 * when the sheet holds no catalog (no marker); throws EmbeddedCatalogError when it is damaged.
 */
export function readCatalogSheet(values: readonly (readonly unknown[])[]): EmbeddedCatalog | null {
  if (!values.length) return null;
  const head = readCatalogHeader(values[0]);
  if (!head) return null;
  if (values.length < head.chunks + 1)
    throw new EmbeddedCatalogError(
      `工作簿内嵌目录已损坏：应有 ${head.chunks} 块，只找到 ${values.length - 1} 块`,
      `the embedded catalog is damaged: ${head.chunks} chunks expected, ${values.length - 1} found`,
    );
  let json = "";
  for (let i = 1; i <= head.chunks; i++) json += text(values[i][0]);
  if (Number.isFinite(head.length) && json.length !== head.length)
    throw new EmbeddedCatalogError(
      `工作簿内嵌目录已损坏：长度应为 ${head.length}，实为 ${json.length}`,
      `the embedded catalog is damaged: length ${json.length}, expected ${head.length}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new EmbeddedCatalogError(
      "工作簿内嵌目录已损坏：不是有效的 JSON",
      "the embedded catalog is damaged: not valid JSON",
    );
  }
  const parsed = Catalog.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join(".");
    throw new EmbeddedCatalogError(
      `工作簿内嵌目录不符合目录格式（${where}：${issue.message}）`,
      `the embedded catalog does not match the schema (${where}: ${issue.message})`,
    );
  }
  if (head.version && parsed.data.version !== head.version)
    throw new EmbeddedCatalogError(
      `工作簿内嵌目录已损坏：版本标记 ${head.version} 与内容版本 ${parsed.data.version} 不符`,
      `the embedded catalog is damaged: version ${head.version} in the header, ${parsed.data.version} in the data`,
    );
  return { version: parsed.data.version, sources: head.sources, catalog: parsed.data };
}
