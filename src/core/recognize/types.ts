/** What the indicator-table recognizer takes and gives (docs/CATALOG.md, "The table recognizer"). */
import type { IndicatorInput } from "../schema";

/** One cell of a spreadsheet range as a reader gives it: shown text is best, raw values are accepted. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A range of an .xlsx or an Excel selection, row by row (row 1 of the grid is line 1). */
export type CellGrid = ReadonlyArray<ReadonlyArray<CellValue>>;

export interface RecognizeOptions {
  /** The user source's ID; indicator IDs are `<sourceId>.<NN>`. */
  sourceId: string;
  /** The source's name, used as the document of provenance when `document` is absent. */
  sourceName?: string;
  /** 文号 or title cited in every entry's provenance. */
  document?: string;
  /** Base year when the header gives none (a column headed 基期 without a year). */
  baseYear?: number;
  /** Target year when the header gives none (a column headed 目标 without a year). */
  targetYear?: number;
}

/** Provenance of a user source: no seed file, the quote is the row as the user gave it. */
export interface RecognizedProvenance {
  document: string;
  clause: string;
  quote: string;
}

/**
 * The catalog schema's indicator input (src/core/schema/indicator.ts) for a user source: any
 * well-formed source ID, provenance without a seed file.
 */
export type RecognizedIndicator = Omit<IndicatorInput, "sourceId" | "provenance" | "notes"> & {
  sourceId: string;
  /** How each inference was made, what a cell said beyond its number (always present). */
  notes: string[];
  provenance: RecognizedProvenance[];
};

/** Something the recognizer inferred or could read only in part: a person should look at it. */
export interface ReviewItem {
  /** 1-based line of the input (text line, grid row, or the HTML source line of the row). */
  line: number;
  /** The indicator concerned, when there is one. */
  id?: string;
  /** The indicator field concerned (direction, comparator, unit …). */
  field?: string;
  /** 中文 / English. */
  message: string;
}

/** A row that became no indicator, with why. */
export interface RejectedRow {
  line: number;
  /** The row's cells as given, joined by tabs. */
  text: string;
  /** 中文 / English. */
  reason: string;
}

export type InputFormat = "tsv" | "csv" | "html" | "grid" | "text";

export interface RecognizeResult {
  indicators: RecognizedIndicator[];
  review: ReviewItem[];
  rejected: RejectedRow[];
  /** How the input was read. */
  format: InputFormat;
  /** The line of the header row (with a second header row, the first), when one was found. */
  headerLine?: number;
}
