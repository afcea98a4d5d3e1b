/**
 * STAND-IN until the recognizer branch is merged: its real module replaces this file (take theirs on
 * merge). Same exports and types as the real one, so `duibiao import` compiles against it.
 */
import type { IndicatorInput } from "../schema";

export type CellValue = string | number | boolean | Date | null | undefined;
export type CellGrid = ReadonlyArray<ReadonlyArray<CellValue>>;
export interface RecognizeOptions {
  sourceId: string;
  sourceName?: string;
  document?: string;
  baseYear?: number;
  targetYear?: number;
}
export interface RecognizedProvenance {
  document: string;
  clause: string;
  quote: string;
}
export type RecognizedIndicator = Omit<IndicatorInput, "sourceId" | "provenance" | "notes"> & {
  sourceId: string;
  notes: string[];
  provenance: RecognizedProvenance[];
};
export interface ReviewItem {
  line: number;
  id?: string;
  field?: string;
  message: string;
}
export interface RejectedRow {
  line: number;
  text: string;
  reason: string;
}
export type InputFormat = "tsv" | "csv" | "html" | "grid" | "text";
export interface RecognizeResult {
  indicators: RecognizedIndicator[];
  review: ReviewItem[];
  rejected: RejectedRow[];
  format: InputFormat;
}

export function recognizeIndicatorTable(input: string | CellGrid, options: RecognizeOptions): RecognizeResult {
  void input;
  void options;
  throw new Error(
    "指标表识别器尚未合并（recognizer 分支） / the table recognizer is not merged yet (branch recognizer)",
  );
}
