/** Reading a Duibiao workbook file back: the rows the progress counts and the 通报 take. */
export { loadWorkbookForReading, WorkbookReadError } from "./package";
export { readProgressRows, readReportDate, readEmbeddedCatalog, type ReadWorkbook } from "./workbook";
