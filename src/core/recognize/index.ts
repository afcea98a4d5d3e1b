/** The indicator-table recognizer (docs/CATALOG.md, "The table recognizer"). */
export { recognizeIndicatorTable } from "./recognize";
export type {
  CellGrid,
  CellValue,
  InputFormat,
  RecognizedIndicator,
  RecognizedProvenance,
  RecognizeOptions,
  RecognizeResult,
  RejectedRow,
  ReviewItem,
} from "./types";
