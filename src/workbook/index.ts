/** The workbook layer: plan builder, naming, merge, embedded catalog (pure; renderers live in ./office and ./xlsx). */
export { buildPlan, chosenSources, previewPlan, PlanError, type PlanOptions } from "./buildPlan";
export { resolveSheetNames, cleanSheetName, type ExistingSheet, type ResolvedSheet } from "./sheetNames";
export {
  mergeTable,
  headersToRead,
  rowKey,
  keyHeaders,
  type ExistingTable,
  type ReadCell,
  type MergeReport,
} from "./merge";
export {
  readCatalogSheet,
  readCatalogHeader,
  buildCatalogSheet,
  serializeCatalog,
  chunkText,
  EmbeddedCatalogError,
  CATALOG_SHEET_NAME,
  CATALOG_MARKER,
  type EmbeddedCatalog,
} from "./catalogSheet";
export { REPORT_DATE_NAME } from "./layout";
export type * from "./plan";
